/**
 * A polite SPARQL 1.1 Protocol client for the Wikidata Query Service (or any endpoint): a
 * descriptive User-Agent, one request at a time, a minimum interval between requests, a timeout
 * per request, HTTP 429/5xx retried a bounded number of times after `Retry-After` or an
 * exponential back-off.
 *
 * Hand-written around fetch rather than p-retry or ky: p-retry cannot take its delay from a
 * response header, ky 2 needs Node 22, and neither lets tests drive the waits with a fake clock,
 * which is how the tests check that `Retry-After` is honoured without sleeping.
 */
import { PactgraphError } from "../errors.js";
import { retryAfterMs } from "../remote/retry-after.js";

/** Time as the client sees it; tests pass a fake one that records the waits. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface HttpClientOptions {
  readonly endpoint: string;
  readonly userAgent: string;
  /** Minimum time between the starts of two requests (default 1000 ms). */
  readonly minIntervalMs?: number;
  /** Per-request timeout, response body included (default 30 000 ms). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default 4). */
  readonly maxRetries?: number;
  /** First back-off when the server gives no Retry-After; doubles each retry (default 1000 ms). */
  readonly backoffMs?: number;
  readonly maxBackoffMs?: number;
  /** A Retry-After longer than this makes the client give up rather than wait (default 300 000 ms). */
  readonly maxRetryAfterMs?: number;
  readonly clock?: Clock;
}

/** Error code of a request that failed: endpoint down, timeout, HTTP error, retries used up. */
export const E_ENDPOINT = "E_ENDPOINT" as const;

const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
// Longer queries go in a POST body; WDQS (and proxies in front of it) limit URL length.
const MAX_GET_URL = 2000;

class RetryableFailure {
  constructor(
    readonly reason: string,
    readonly retryAfterMs?: number,
  ) {}
}

/** Sends SELECT queries and returns the raw response body of each; see the module comment. */
export class SparqlHttpClient {
  /** HTTP requests sent so far (retries included). */
  requests = 0;
  private lastStart = Number.NEGATIVE_INFINITY;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: Clock;

  constructor(readonly options: HttpClientOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** The body of the endpoint's `application/sparql-results+json` answer to `query`. */
  select(query: string): Promise<string> {
    // Serial: each call starts after the previous one has finished, however callers await.
    const run = this.queue.then(() => this.withRetries(query));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async withRetries(query: string): Promise<string> {
    const { maxRetries = 4, backoffMs = 1000, maxBackoffMs = 60_000, maxRetryAfterMs = 300_000, endpoint } = this.options;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.attempt(query);
      if (!(outcome instanceof RetryableFailure)) return outcome;
      if (attempt >= maxRetries) {
        const tries = attempt + 1;
        throw new PactgraphError(`${endpoint}: ${outcome.reason}; gave up after ${tries} attempt${tries === 1 ? "" : "s"}`, E_ENDPOINT);
      }
      if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > maxRetryAfterMs) {
        throw new PactgraphError(
          `${endpoint}: ${outcome.reason} and asked to wait ${Math.ceil(outcome.retryAfterMs / 1000)} s (Retry-After); try again later`,
          E_ENDPOINT,
        );
      }
      await this.clock.sleep(outcome.retryAfterMs ?? Math.min(backoffMs * 2 ** attempt, maxBackoffMs));
    }
  }

  private async attempt(query: string): Promise<string | RetryableFailure> {
    const { endpoint, userAgent, minIntervalMs = 1000, timeoutMs = 30_000 } = this.options;
    const wait = this.lastStart + minIntervalMs - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait);
    this.lastStart = this.clock.now();
    this.requests++;

    const headers = { Accept: "application/sparql-results+json", "User-Agent": userAgent };
    const getUrl = `${endpoint}${endpoint.includes("?") ? "&" : "?"}query=${encodeURIComponent(query)}`;
    const init: RequestInit =
      getUrl.length <= MAX_GET_URL
        ? { method: "GET", headers }
        : { method: "POST", headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ query }).toString() };
    try {
      const response = await fetch(getUrl.length <= MAX_GET_URL ? getUrl : endpoint, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      const body = await response.text();
      if (response.ok) return body;
      const reason = `HTTP ${response.status} ${response.statusText}`.trim();
      if (RETRYABLE_STATUS.has(response.status)) return new RetryableFailure(reason, retryAfterMs(response.headers.get("retry-after"), this.clock.now()));
      throw new PactgraphError(`${endpoint}: ${reason}: ${excerpt(body)}`, E_ENDPOINT);
    } catch (error) {
      if (error instanceof PactgraphError) throw error;
      if (error instanceof Error && error.name === "TimeoutError") return new RetryableFailure(`timed out after ${timeoutMs} ms`);
      return new RetryableFailure(`request failed (${networkReason(error)})`);
    }
  }

}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || "(empty body)";
}

function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  if (typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string") return cause.code;
  return cause instanceof Error ? cause.message : String(cause);
}
