/** Saved analytical queries: the catalogue, typed parameters, the engine seam and result formats. */
export { findSavedQuery, inlineQuery, listSavedQueries, parseSavedQuery } from "./catalogue.js";
export type { QueryLibrary, Requirement, SavedQuery } from "./catalogue.js";
export { REQUIREMENTS } from "./catalogue.js";
export { FEDERATION_STRATEGIES, LINKED_ITEMS, linkedWikidataItems, planWikidataQuery, requiresWikidata, WIKIDATA_SERVICE } from "./federation.js";
export type { FederationStrategy, WikidataPlan } from "./federation.js";
export { parseParamArguments, PARAM_TYPES, resolveParams, toParamValue } from "./params.js";
export type { ParamSpec, ParamType, ParamValue } from "./params.js";
export { bindParameter, parameterVariables, parseSparql, prepareQuery } from "./prepare.js";
export type { PreparedQuery, PrepareOptions, QueryForm } from "./prepare.js";
export type { EndpointSource, ExplainMode, FederatedSource, LocalEngine, OxigraphSource, QuerySource, RunQueryOptions, StoreSource } from "./engine.js";
export { LOCAL_ENGINES } from "./engine.js";
export { resultSize } from "./results.js";
export type { QueryResult, Row } from "./results.js";
export { explainSavedQuery, prepareSavedQuery, runSavedQuery } from "./run.js";
export type { RunOptions } from "./run.js";
export { loadLocalSource, loadStore } from "./dataset.js";
export type { LocalSourceOptions } from "./dataset.js";
export { OxigraphGraph } from "./oxigraph.js";
export { formatResult, listColumns, sortListCells } from "./format/index.js";
export type { FormatOptions } from "./format/index.js";
export { rewriteQuery } from "./rewrite.js";
export type { QueryDataset, QueryRewrite } from "./rewrite.js";
export { QueryPool, runQueryBounded } from "./worker/index.js";
export type { BoundedRunOptions, FormattedResult, QueryPoolOptions, RunQueryBoundedOptions } from "./worker/index.js";

