/**
 * pactgraph's public API: the schema, the typed DSL, RDF input/output and the errors they raise.
 * @example
 * import { createGraph } from "pactgraph";
 * const g = createGraph();
 * const turkey = g.add("State", "turkey", { label: "Turkey", cowCode: 640 });
 */
export * from "./schema/index.js";
export * from "./dsl/index.js";
export * from "./errors.js";
