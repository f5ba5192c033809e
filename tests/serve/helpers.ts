/** An endpoint in this process (a QueryPool and an EndpointServer on a free loopback port), for tests. */
import { join } from "node:path";
import { builtGraphFiles } from "../../src/build/index.js";
import { QueryPool, type QueryPoolOptions } from "../../src/query/index.js";
import { createEndpointServer, type EndpointServer } from "../../src/serve/index.js";
import { ROOT } from "../helpers/project.js";

export interface TestEndpoint {
  readonly url: string;
  readonly pool: QueryPool;
  readonly endpoint: EndpointServer;
  /** Drains (within `graceMs`) and stops everything. */
  close(graceMs?: number): Promise<void>;
}

export interface TestEndpointOptions extends Pick<QueryPoolOptions, "workers" | "memoryMb"> {
  readonly files?: readonly string[];
  readonly timeoutMs?: number;
  readonly maxResults?: number;
  readonly maxBodyBytes?: number;
}

/** Starts an endpoint over `files` (default: the seed graph). */
export async function startEndpoint(options: TestEndpointOptions = {}): Promise<TestEndpoint> {
  const files = options.files ?? (await builtGraphFiles(join(ROOT, "data")));
  const pool = await QueryPool.start(files, { workers: options.workers ?? 1, snapshot: true, ...(options.memoryMb ? { memoryMb: options.memoryMb } : {}) });
  const endpoint = createEndpointServer({
    pool,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResults: options.maxResults ?? 10_000,
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
  });
  const url = await endpoint.listen(0, "127.0.0.1");
  let closed = false;
  return {
    url,
    pool,
    endpoint,
    async close(graceMs = 0) {
      if (closed) return;
      closed = true;
      await endpoint.close(graceMs);
      await pool.close();
    },
  };
}

/** A query that runs until it is stopped: a three-way cross product of the graph, counted. */
export const RUNAWAY_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

/** GET of a query at `url`. */
export function getQuery(url: string, query: string, headers: Record<string, string> = {}, init: RequestInit = {}): Promise<Response> {
  return fetch(`${url}?query=${encodeURIComponent(query)}`, { ...init, headers });
}
