/** Queries that can be stopped: a pool of worker threads holding the graph (see pool.ts). */
export { QueryPool } from "./pool.js";
export type { BoundedRunOptions, QueryPoolOptions } from "./pool.js";
export type { FormattedResult } from "./messages.js";
export { runQueryBounded } from "./bounded.js";
export type { RunQueryBoundedOptions } from "./bounded.js";
