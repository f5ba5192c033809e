/**
 * What a `fetch` caller (Comunica) hands over, as one URL and one RequestInit for Node's fetch.
 * Comunica's FetchInitPreprocessor adds fields of its own (`agent` for node-fetch, `keepalive`,
 * `duplex`, `dispatcher`); only what Node's fetch understands is passed on, and a Request given
 * as input contributes its method, headers, body and signal.
 */
import { requireHttpUrl } from "./url.js";

const PASSED = ["method", "headers", "body", "redirect", "keepalive", "duplex", "dispatcher", "integrity", "referrer", "referrerPolicy", "mode", "credentials"] as const;

export interface FetchCall {
  readonly url: URL;
  readonly init: RequestInit;
  /** False when the body is a stream: it can be sent only once. */
  readonly replayable: boolean;
}

/** Normalises fetch's arguments; a URL with credentials in it is refused (a usage error). */
export function fetchCall(input: string | URL | Request, init: RequestInit = {}): FetchCall {
  const href = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
  const url = requireHttpUrl(href, "a request URL");
  const merged: Record<string, unknown> = {};
  if (input instanceof Request) Object.assign(merged, { method: input.method, headers: input.headers, body: input.body, redirect: input.redirect });
  for (const key of PASSED) if (init[key] !== undefined) merged[key] = init[key];
  const streamed = merged.body instanceof ReadableStream;
  // Node's fetch sends a stream body only half-duplex and never with keepalive.
  if (streamed) Object.assign(merged, { duplex: "half", keepalive: false });
  const signal = init.signal ?? (input instanceof Request ? input.signal : undefined);
  return { url, init: { ...(merged as RequestInit), ...(signal ? { signal } : {}) }, replayable: !streamed };
}
