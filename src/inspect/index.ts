/** Looking into a graph without a query engine. */
export { formatSummary, summarizeGraph } from "./summary.js";
export type { GraphSummary } from "./summary.js";
