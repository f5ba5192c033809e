/** Exporting the graph in the RDF formats other tools read. */
export { exportGraph, mergeGraphs, readJsonLdContext } from "./export.js";
export type { ExportOptions, ExportResult } from "./export.js";
