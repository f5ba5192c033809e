/** `pactgraph enrich`: Wikidata facts of the linked items, with their provenance, beside the corpus. */
export { enrichItems } from "./enrich.js";
export type { EnrichOptions, EnrichReport, ItemOutcome } from "./enrich.js";
export { diffFacts, sameFacts } from "./diff.js";
export type { FactsDiff } from "./diff.js";
export { readFactsFile, renderFactsFile } from "./facts-file.js";
export { FACT_PROPERTIES, factsQuery, QUALIFIERS, WIKIDATA_PREFIXES } from "./facts-query.js";
export { FACTS_GRAPH_BASE, factsFromResults, RETRIEVAL_BASE } from "./item-facts.js";
export type { ItemFacts } from "./item-facts.js";
