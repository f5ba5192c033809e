/**
 * When to try a request again: only what can succeed on a second try (HTTP 429, 500, 502, 503,
 * 504, timeouts, connection failures), only requests that are safe to repeat (idempotent methods,
 * or a query sent by POST), after the server's Retry-After or an exponential back-off with a cap.
 */

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly retries: number;
  /** The first back-off when the server gives no Retry-After; it doubles with each retry. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
  /** A Retry-After longer than this is not waited for: the request fails, saying to try later. */
  readonly maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 2, backoffMs: 1000, maxBackoffMs: 60_000, maxRetryAfterMs: 300_000 };

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** True for the statuses that say "busy, try again". */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** True for methods that may be repeated without changing the outcome (RFC 9110, 9.2.2). */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** The wait before retry number `retry` (0 for the first): backoffMs, doubled each time, at most maxBackoffMs. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  return Math.min(policy.backoffMs * 2 ** retry, policy.maxBackoffMs);
}
