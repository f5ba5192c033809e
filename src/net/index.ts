/**
 * The one home of network I/O: the HTTP client every request goes through (time and size limits
 * that cover the body, retries, Retry-After, a circuit breaker), credentials from the
 * environment, URL checks and redaction, the User-Agent.
 */
export { authFromEnvironment, describeAuth } from "./auth.js";
export type { EndpointAuth } from "./auth.js";
export { CircuitBreaker } from "./breaker.js";
export { HttpClient } from "./client.js";
export type { HttpClientOptions, HttpRequest, HttpResponse } from "./client.js";
export { systemClock } from "./clock.js";
export type { Clock } from "./clock.js";
export { CircuitOpenError, HttpError, networkReason } from "./failure.js";
export { httpGet } from "./http-get.js";
export type { HttpGetOptions, HttpGetResult } from "./http-get.js";
export { retryAfterMs } from "./retry-after.js";
export { backoffDelay, DEFAULT_RETRY_POLICY, isIdempotentMethod, isRetryableStatus } from "./retry.js";
export type { RetryPolicy } from "./retry.js";
export { describeBytes, describeMs } from "./units.js";
export { displayUrl, redactCredentials, requireHttpUrl } from "./url.js";
export { DEFAULT_CONTACT, userAgent } from "./user-agent.js";
