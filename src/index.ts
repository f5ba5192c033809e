/**
 * pactgraph's public API: the schema, the typed DSL, RDF input and output, building, validation,
 * export, saved queries, Wikidata linking, the HTTP client, remote stores, the local endpoint, and the errors.
 * Heavy engines (Comunica, tsx) are loaded only when a function that needs them runs.
 * @example
 * import { createGraph } from "pactgraph";
 * const g = createGraph();
 * const turkey = g.add("State", "turkey", { label: "Turkey", cowCode: 640 });
 */
export * from "./errors.js";
export * from "./schema/index.js";
export * from "./dsl/index.js";
export * from "./rdf/index.js";
export * from "./build/index.js";
export * from "./inspect/index.js";
export * from "./validate/index.js";
export * from "./export/index.js";
export * from "./query/index.js";
export * from "./link/index.js";
export * from "./net/index.js";
export * from "./remote/index.js";
export * from "./serve/index.js";
