/** One query with a time limit, a result limit and a memory ceiling, in a worker of its own. */
import type { RdfInputs } from "../../rdf/load.js";
import type { PreparedQuery } from "../prepare.js";
import type { QueryResult } from "../results.js";
import { QueryPool, type BoundedRunOptions, type QueryPoolOptions } from "./pool.js";

export type RunQueryBoundedOptions = BoundedRunOptions & Pick<QueryPoolOptions, "engine" | "unionDefaultGraph" | "memoryMb">;

/**
 * Loads `inputs` in a worker thread and runs `query` there; past `timeoutMs`, over `memoryMb` or
 * when `signal` aborts, the worker is terminated and the query rejects (E_TIMEOUT, E_MEMORY,
 * E_ABORTED), with its CPU and memory returned. The time limit counts from when the graph is
 * loaded. Load errors reject as they would in this thread (ParseError, IoError…).
 *
 * @example
 * const result = await runQueryBounded(prepared, ["data/graph.ttl"], { timeoutMs: 10_000, maxResults: 1000, memoryMb: 512 });
 */
export async function runQueryBounded(query: PreparedQuery, inputs: RdfInputs, options: RunQueryBoundedOptions = {}): Promise<QueryResult> {
  const pool = await QueryPool.start(inputs, {
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.unionDefaultGraph ? { unionDefaultGraph: true } : {}),
    ...(options.memoryMb === undefined ? {} : { memoryMb: options.memoryMb }),
  });
  try {
    return await pool.run(query, options);
  } finally {
    await pool.close();
  }
}
