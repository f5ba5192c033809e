/**
 * pactgraph's public API, as `import { … } from "pactgraph"` sees it: named exports only, each a
 * promise the package keeps. Internals (term helpers, retry rules, the worker protocol) stay
 * internal. Heavy engines (Comunica, Oxigraph, esbuild, jsonld.js) load only when a function that
 * needs them runs.
 * @example
 * import { createGraph } from "pactgraph";
 * const g = createGraph();
 * const turkey = g.add("State", "turkey", { label: "Turkey", cowCode: 640 });
 */

// Errors: one family, a code per kind, the exit code and HTTP status each code maps to.
export { DslError, ERROR_CODES, ExitCode, IoError, isPactgraphError, PactgraphError, ParseError, UsageError } from "./errors.js";
export type { DslIssue, ErrorCode, TextLocation } from "./errors.js";

// The typed DSL and the types the schema gives it.
export { createGraph, GraphBuilder } from "./dsl/index.js";
export type { AddInput, Assertion, BuildContext, ClaimInput, GraphOptions, QuotedText, SourceInput } from "./dsl/index.js";
export type { AncestorsOf, ClassName, ConceptKey, FieldsOf, FieldValue, InputOf, InstantiableClass, PartialDate, PropertyName, Ref, SchemeName, SubclassesOf, WikidataId } from "./schema/index.js";

// The ontology, generated from the schema.
export { generateContext, generateOwl, generateShapes } from "./schema/index.js";

// RDF in and out: inputs, the loader, the six serialisations, the format table, the prefixes.
export { bytesInput, fileInput, forEachRdfQuad, formatOfPath, loadRdfFile, loadRdfFiles, parseFormatName, PREFIXES, RDF_FORMATS, serializeRdf, writeTurtle } from "./rdf/index.js";
export type { LoadOptions, RdfFormat, RdfInput, RdfInputs, SerializeOptions } from "./rdf/index.js";

// Projects, building a corpus, watching it.
export { findProject, scaffoldFiles } from "./project/index.js";
export type { Project, ProjectConfig } from "./project/index.js";
export { build, builtGraphFiles, watchBuild } from "./build/index.js";
export type { BuildOptions, BuildReport, WatchOptions, WatchReport } from "./build/index.js";

// Validation, export, summary.
export { formatResults, validateGraph } from "./validate/index.js";
export type { GraphValidation, ValidateGraphOptions, ValidationResult } from "./validate/index.js";
export { exportGraph, mergeGraphs } from "./export/index.js";
export type { ExportOptions, ExportResult } from "./export/index.js";
export { formatSummary, summarizeGraph } from "./inspect/index.js";
export type { GraphSummary } from "./inspect/index.js";

// Saved queries and the engines.
export { findSavedQuery, formatResult, inlineQuery, listSavedQueries, loadLocalSource, prepareQuery, prepareSavedQuery, QueryPool, runQueryBounded, runSavedQuery } from "./query/index.js";
export type { LocalSourceOptions, PreparedQuery, QueryLibrary, QueryPoolOptions, QueryResult, QuerySource, Row, RunOptions, RunQueryBoundedOptions, SavedQuery } from "./query/index.js";

// Wikidata linking, remote stores, the local endpoint.
export { checkLinks, linkEntities } from "./link/index.js";
export type { CheckOptions, CheckResult, LinkOptions, LinkReport } from "./link/index.js";
export { HttpClient } from "./net/index.js";
export type { HttpClientOptions } from "./net/index.js";
export { endpointSource, pushGraph } from "./remote/index.js";
export type { EndpointOptions, PushOptions, PushReport } from "./remote/index.js";
export { createEndpointServer } from "./serve/index.js";
export type { EndpointServerOptions } from "./serve/index.js";

// The command line, to embed it: main(argv, io) returns the exit code.
export { main } from "./cli/main.js";
export type { CliIo } from "./cli/io.js";
