/**
 * The one HTTP client: every request pactgraph makes (Wikidata lookups, Graph Store pushes,
 * remote SPARQL queries through Comunica, `--data <URL>` downloads) goes through an
 * {@link HttpClient}. Per attempt, one time limit covers connecting, sending, the headers and the
 * whole body, and the body is read only up to a size limit. Failures that can pass (429, 5xx
 * busy statuses, timeouts, broken connections) are retried when the request is safe to repeat,
 * after the server's Retry-After or an exponential back-off; every wait goes through a Clock.
 * Messages never contain credentials.
 *
 * Hand-written around fetch rather than p-retry or ky: p-retry cannot take its delay from a
 * response header, ky 2 needs Node 22, and neither lets tests drive the waits with a fake clock.
 */
import { isPactgraphError } from "../errors.js";
import { authTransport, type EndpointAuth, type Transport } from "./auth.js";
import { boundedBody, Deadline, readBoundedBody, readExcerpt } from "./bounded-body.js";
import type { CircuitBreaker } from "./breaker.js";
import { systemClock, type Clock } from "./clock.js";
import { fetchCall } from "./fetch-input.js";
import { CircuitOpenError, HttpError, networkReason, tooLargeError } from "./failure.js";
import { retryAfterMs } from "./retry-after.js";
import { backoffDelay, DEFAULT_RETRY_POLICY, isIdempotentMethod, isRetryableStatus, type RetryPolicy } from "./retry.js";
import { describeMs } from "./units.js";
import { displayUrl, redactCredentials, requireHttpUrl } from "./url.js";

export interface HttpClientOptions {
  /** The User-Agent of every request (see userAgent()). */
  readonly userAgent: string;
  /** Time limit of one attempt, body included. */
  readonly timeoutMs: number;
  /** The option that raises the time limit, named when it is hit (e.g. `--timeout`). */
  readonly timeoutOption?: string;
  /** Largest response body read. */
  readonly maxResponseBytes: number;
  /** The option that raises the size limit, named when it is hit (e.g. `--max-response`). */
  readonly limitOption: string;
  readonly retry?: Partial<RetryPolicy>;
  /** Minimum time between the starts of two attempts (default 0). */
  readonly minIntervalMs?: number;
  /** Credentials, sent only to these origins. */
  readonly auth?: { readonly credentials: EndpointAuth; readonly origins: readonly string[] };
  /** Stops asking after consecutive failures (CircuitOpenError). */
  readonly breaker?: CircuitBreaker;
  /** How messages name a request's target (default: its URL without credentials and query). */
  readonly describeTarget?: (url: URL) => string;
  /** POSTs carry only queries (the SPARQL endpoint fetch), so they may be repeated like GETs. */
  readonly postIsIdempotent?: boolean;
  readonly clock?: Clock;
  readonly signal?: AbortSignal;
}

export interface HttpRequest {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array | URLSearchParams;
  /** Safe to repeat although the method is not idempotent (a SPARQL query sent by POST). */
  readonly idempotent?: boolean;
  /** What messages call the target (default: see HttpClientOptions.describeTarget). */
  readonly name?: string;
}

/** A complete 2xx answer. */
export interface HttpResponse {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  readonly bytes: Uint8Array;
  text(): string;
}

type Outcome<T> = { readonly value: T } | { readonly failure: HttpError; readonly retryAfterMs?: number | undefined };
type Reader<T> = (response: Response, target: string, deadline: Deadline) => Promise<T>;

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const AUTH_HINT = "set PACTGRAPH_AUTH_USER/PACTGRAPH_AUTH_PASSWORD (PACTGRAPH_AUTH_SCHEME=digest for Virtuoso) or PACTGRAPH_AUTH_TOKEN";

/** Sends requests within the limits above; see the module comment. */
export class HttpClient {
  /** HTTP attempts sent so far (retries included). */
  requests = 0;
  readonly #policy: RetryPolicy;
  readonly #clock: Clock;
  readonly #transport: Transport;
  #lastStart = Number.NEGATIVE_INFINITY;

  constructor(readonly options: HttpClientOptions) {
    this.#policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    this.#clock = options.clock ?? systemClock;
    this.#transport = authTransport(options.auth?.credentials ?? { scheme: "none" }, options.auth?.origins ?? []);
  }

  /** Sends one request and reads the whole answer; anything but a complete 2xx answer is an HttpError. */
  async send(url: string | URL, request: HttpRequest = {}): Promise<HttpResponse> {
    const target = requireHttpUrl(String(url), "a request URL");
    const method = request.method ?? "GET";
    const replayable = isIdempotentMethod(method) || request.idempotent === true;
    const init: RequestInit = { method, ...(request.headers ? { headers: request.headers } : {}), ...(request.body !== undefined ? { body: request.body } : {}) };
    return await this.#exchange(target, init, request.name ?? this.#describe(target), replayable, () => false, (response, name, deadline) => this.#readAll(response, name, deadline));
  }

  /**
   * A `fetch` for Comunica: the same limits and retries, but the answer is handed over as soon as
   * its headers are in, with a body that stays bounded in time and size while Comunica streams it.
   * Statuses other than busy ones and 401/403 go to Comunica, which reads the endpoint's message.
   */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const call = fetchCall(input, init);
    const method = call.init.method ?? "GET";
    const replayable = call.replayable && (isIdempotentMethod(method) || (method.toUpperCase() === "POST" && this.options.postIsIdempotent === true));
    const passed = (status: number) => !isRetryableStatus(status) && status !== 401 && status !== 403;
    return await this.#exchange(call.url, call.init, this.#describe(call.url), replayable, passed, (response, name, deadline) => this.#streamed(response, name, deadline));
  };

  async #exchange<T>(url: URL, init: RequestInit, target: string, replayable: boolean, passed: (status: number) => boolean, read: Reader<T>): Promise<T> {
    const { breaker } = this.options;
    if (breaker?.open) throw new CircuitOpenError(target, breaker.threshold);
    for (let retry = 0; ; retry++) {
      await this.#pace();
      const outcome = await this.#attempt(url, init, target, passed, read);
      if ("value" in outcome) {
        breaker?.success();
        return outcome.value;
      }
      const { failure, retryAfterMs: wait } = outcome;
      const again = replayable && retry < this.#policy.retries && isRetryable(failure);
      if (again && wait !== undefined && wait > this.#policy.maxRetryAfterMs) {
        throw this.#gaveUp(new HttpError(target, `${failure.reason} and asked to wait ${Math.ceil(wait / 1000)} s (Retry-After); try again later`, failure.code, { status: failure.status, cause: failure }));
      }
      if (!again) throw this.#gaveUp(retry === 0 ? failure : new HttpError(target, `${failure.reason}; gave up after ${retry + 1} attempts`, failure.code, { status: failure.status, cause: failure }));
      await this.#clock.sleep(wait ?? backoffDelay(this.#policy, retry), this.options.signal);
    }
  }

  async #attempt<T>(url: URL, init: RequestInit, target: string, passed: (status: number) => boolean, read: Reader<T>): Promise<Outcome<T>> {
    const deadline = new Deadline(this.options.timeoutMs, [this.options.signal, init.signal]);
    const headers = new Headers(init.headers);
    headers.set("User-Agent", this.options.userAgent);
    this.requests++;
    try {
      const response = await this.#transport(url, { ...init, headers, signal: deadline.signal });
      if (response.ok || passed(response.status)) return { value: await read(response, target, deadline) };
      const excerpt = await readExcerpt(response.body);
      deadline.clear();
      return { failure: this.#statusError(target, response, excerpt), retryAfterMs: retryAfterMs(response.headers.get("retry-after"), this.#clock.now()) };
    } catch (error) {
      deadline.clear();
      if (error instanceof HttpError) return { failure: error };
      if (isPactgraphError(error) && !deadline.timedOut) throw error;
      return { failure: this.#failureOf(target, error, deadline, "request failed") };
    }
  }

  async #readAll(response: Response, target: string, deadline: Deadline): Promise<HttpResponse> {
    this.#refuseDeclaredSize(response, target, deadline);
    const bytes = response.body ? await readBoundedBody(response.body, this.#limits(target, deadline)) : new Uint8Array();
    deadline.clear();
    return { url: response.url, status: response.status, headers: response.headers, bytes, text: () => Buffer.from(bytes).toString("utf8") };
  }

  #streamed(response: Response, target: string, deadline: Deadline): Promise<Response> {
    this.#refuseDeclaredSize(response, target, deadline);
    if (!response.body || NULL_BODY_STATUSES.has(response.status)) {
      deadline.clear();
      return Promise.resolve(response);
    }
    const body = boundedBody(response.body, this.#limits(target, deadline));
    const wrapped = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(wrapped, "url", { value: response.url });
    return Promise.resolve(wrapped);
  }

  #refuseDeclaredSize(response: Response, target: string, deadline: Deadline): void {
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (!(declared > this.options.maxResponseBytes)) return;
    deadline.clear();
    void response.body?.cancel().catch(() => undefined);
    throw tooLargeError(target, this.options.maxResponseBytes, this.options.limitOption);
  }

  #limits(target: string, deadline: Deadline) {
    return {
      maxBytes: this.options.maxResponseBytes,
      tooLarge: () => tooLargeError(target, this.options.maxResponseBytes, this.options.limitOption),
      broken: (cause: unknown) => this.#failureOf(target, cause, deadline, "the answer broke off"),
      done: () => deadline.clear(),
    };
  }

  #failureOf(target: string, error: unknown, deadline: Deadline, what: string): HttpError {
    if (error instanceof HttpError) return error;
    if (deadline.timedOut) {
      const hint = this.options.timeoutOption ? `; raise the limit with ${this.options.timeoutOption}` : "";
      return new HttpError(target, `no complete answer within ${describeMs(deadline.ms)}${hint}`, "E_TIMEOUT", { cause: error });
    }
    if (deadline.stopped) return new HttpError(target, "stopped", "E_ABORTED", { cause: error });
    return new HttpError(target, `${what}: ${networkReason(error)}`, "E_ENDPOINT", { cause: error });
  }

  #statusError(target: string, response: Response, excerpt: string): HttpError {
    const { status } = response;
    const options = { status };
    if (status === 401 || status === 403) {
      const sent = this.options.auth && this.options.auth.credentials.scheme !== "none";
      const hint = !this.options.auth ? "" : sent ? ": the credentials from PACTGRAPH_AUTH_* were refused" : `; ${AUTH_HINT}`;
      return new HttpError(target, `HTTP ${status} (authentication)${hint}`, "E_AUTH", options);
    }
    const line = `HTTP ${status} ${response.statusText}`.trim();
    if (isRetryableStatus(status)) return new HttpError(target, line, "E_ENDPOINT", options);
    const flat = redactCredentials(excerpt.replace(/\s+/g, " ").trim());
    return new HttpError(target, `${line}: ${flat.length > 200 ? `${flat.slice(0, 200)}…` : flat || "(empty body)"}`, "E_ENDPOINT", options);
  }

  /** Counts a final failure against the circuit breaker (the endpoint did not answer as asked). */
  #gaveUp(failure: HttpError): HttpError {
    if (failure.code === "E_ENDPOINT" || failure.code === "E_TIMEOUT" || failure.code === "E_AUTH") this.options.breaker?.failure();
    return failure;
  }

  async #pace(): Promise<void> {
    const interval = this.options.minIntervalMs ?? 0;
    const wait = this.#lastStart + interval - this.#clock.now();
    if (interval > 0 && wait > 0) await this.#clock.sleep(wait, this.options.signal);
    this.#lastStart = this.#clock.now();
  }

  #describe(url: URL): string {
    return this.options.describeTarget ? this.options.describeTarget(url) : displayUrl(url);
  }
}

/** Busy statuses, timeouts and broken connections may pass; a refusal or an oversized answer will not. */
function isRetryable(failure: HttpError): boolean {
  if (failure.code === "E_TIMEOUT") return true;
  if (failure.code !== "E_ENDPOINT") return false;
  return failure.status === undefined || isRetryableStatus(failure.status);
}
