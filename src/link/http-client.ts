/**
 * The polite SPARQL 1.1 Protocol client for the Wikidata Query Service (or any endpoint): one
 * request at a time, a minimum interval between requests, and the network module's rules for the
 * rest — a descriptive User-Agent, a time limit and a size limit that cover the whole body,
 * retries after 429/5xx (Retry-After honoured), and a circuit breaker that stops asking an
 * endpoint that failed several lookups in a row.
 */
import { CircuitBreaker, HttpClient, type Clock } from "../net/index.js";

export interface SparqlClientOptions {
  readonly endpoint: string;
  readonly userAgent: string;
  /** Minimum time between the starts of two requests (default 1000 ms). */
  readonly minIntervalMs?: number;
  /** Time limit of one request, response body included (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** Largest response read (default 50 MiB); `--max-response` raises it. */
  readonly maxResponseBytes?: number;
  /** Retries after the first attempt (default 4). */
  readonly maxRetries?: number;
  /** First back-off when the server gives no Retry-After; doubles each retry (default 1000 ms). */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** A Retry-After longer than this makes the client give up rather than wait (default 300 000 ms). */
  readonly maxRetryAfterMs?: number;
  /** Lookups failed in a row after which the endpoint is not asked again (default 3; 0: never give up). */
  readonly giveUpAfter?: number;
  readonly clock?: Clock;
}

/** The default size limit of one answer (`--max-response`). */
export const DEFAULT_MAX_RESPONSE = 50 * 1024 * 1024;

// Longer queries go in a POST body; WDQS (and proxies in front of it) limit URL length.
const MAX_GET_URL = 2000;

/** Sends SELECT queries and returns the raw response body of each; see the module comment. */
export class SparqlHttpClient {
  /** Gives up on the endpoint after `giveUpAfter` failed lookups in a row. */
  readonly breaker: CircuitBreaker;
  readonly #http: HttpClient;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(readonly options: SparqlClientOptions) {
    this.breaker = new CircuitBreaker(options.giveUpAfter ?? 3);
    this.#http = new HttpClient({
      userAgent: options.userAgent,
      timeoutMs: options.timeoutMs ?? 30_000,
      timeoutOption: "--timeout",
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE,
      limitOption: "--max-response",
      minIntervalMs: options.minIntervalMs ?? 1000,
      retry: {
        retries: options.maxRetries ?? 4,
        ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
        ...(options.maxBackoffMs !== undefined ? { maxBackoffMs: options.maxBackoffMs } : {}),
        ...(options.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: options.maxRetryAfterMs } : {}),
      },
      breaker: this.breaker,
      describeTarget: () => options.endpoint,
      ...(options.clock ? { clock: options.clock } : {}),
    });
  }

  /** HTTP requests sent so far (retries included). */
  get requests(): number {
    return this.#http.requests;
  }

  /** The body of the endpoint's `application/sparql-results+json` answer to `query`. */
  select(query: string): Promise<string> {
    // Serial: each call starts after the previous one has finished, however callers await.
    const run = this.#queue.then(() => this.#send(query));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #send(query: string): Promise<string> {
    const { endpoint } = this.options;
    const headers = { Accept: "application/sparql-results+json" };
    const getUrl = `${endpoint}${endpoint.includes("?") ? "&" : "?"}query=${encodeURIComponent(query)}`;
    const response =
      getUrl.length <= MAX_GET_URL
        ? await this.#http.send(getUrl, { headers })
        : await this.#http.send(endpoint, {
            method: "POST",
            headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ query }).toString(),
            idempotent: true,
          });
    return response.text();
  }
}
