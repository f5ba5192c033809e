/** SELECT queries answered from the response cache when possible, else by the polite HTTP client. */
import type { ResponseCache } from "./cache.js";
import type { SparqlHttpClient } from "./http-client.js";
import { parseSparqlJson, type SparqlResults } from "./results.js";

/** Where the linker gets query results from. */
export interface SparqlSource {
  readonly endpoint: string;
  /** Rejects with a CircuitOpenError, without a request, once the endpoint has failed too often in a row. */
  select(query: string): Promise<SparqlResults>;
}

/** Reads the cache first (unless `refresh`), fetches on a miss, and caches only complete responses that parse. */
export class CachedSparqlSource implements SparqlSource {
  constructor(
    readonly client: SparqlHttpClient,
    readonly cache: ResponseCache | undefined,
    readonly refresh = false,
  ) {}

  get endpoint(): string {
    return this.client.options.endpoint;
  }

  async select(query: string): Promise<SparqlResults> {
    if (this.cache && !this.refresh) {
      const cached = await this.cache.get(this.endpoint, query);
      if (cached !== undefined) {
        try {
          return parseSparqlJson(cached, `cached response of ${this.endpoint}`);
        } catch {
          // Only parsed responses are stored, so this entry was damaged on disk: fetch it again.
        }
      }
    }
    // The client returns only complete bodies (within the time and size limits) or throws.
    const body = await this.client.select(query);
    const results = parseSparqlJson(body, this.endpoint);
    await this.cache?.set(this.endpoint, query, body);
    return results;
  }
}
