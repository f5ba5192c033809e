/**
 * One bounded HTTP GET: a timeout that covers the headers and the whole body, a response-size
 * limit enforced while reading, and no credentials in URLs. The body comes back as bytes.
 */
import { PactgraphError, UsageError } from "../errors.js";

export interface HttpGetOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface HttpGetResult {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly bytes: Uint8Array;
}

/** Refuses URLs that are not http(s) or that carry a user name or password. */
export function requireHttpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} must be an http(s) URL, not ${JSON.stringify(value)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError(`${what} must be an http(s) URL, not ${JSON.stringify(value)}`);
  if (url.username || url.password) {
    throw new UsageError(`${what} must not carry a user name or password; put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN`);
  }
  return url;
}

/** GETs `url`; non-2xx answers, timeouts and oversized bodies are errors. */
export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpGetResult> {
  const target = requireHttpUrl(url, "the URL");
  const timer = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timer, options.signal]) : timer;
  let response: Response;
  try {
    response = await fetch(target, { headers: options.headers, signal, redirect: "follow" });
  } catch (error) {
    throw networkError(target.href, error, options.timeoutMs, timer);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new PactgraphError(`${target.href}: HTTP ${response.status} ${response.statusText}`.trim(), "E_ENDPOINT");
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(target.href, options.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of (response.body ?? []) as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > options.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(target.href, options.maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof PactgraphError) throw error;
    throw networkError(target.href, error, options.timeoutMs, timer);
  }
  return { url: response.url || target.href, status: response.status, contentType: response.headers.get("content-type") ?? undefined, bytes: Buffer.concat(chunks) };
}

function tooLarge(url: string, maxBytes: number): PactgraphError {
  return new PactgraphError(`${url}: the response is larger than the limit of ${maxBytes} bytes; raise it with --max-download`, "E_TOO_LARGE");
}

function networkError(url: string, error: unknown, timeoutMs: number, timer: AbortSignal): PactgraphError {
  if (timer.aborted) return new PactgraphError(`${url}: no complete answer within ${timeoutMs / 1000} s`, "E_TIMEOUT", { cause: error });
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
  return new PactgraphError(`${url}: ${cause}`, "E_ENDPOINT", { cause: error });
}
