/** One bounded GET whose whole answer comes back as bytes: `--data <URL>` downloads. */
import { HttpClient } from "./client.js";
import { userAgent } from "./user-agent.js";
import { requireHttpUrl } from "./url.js";

export interface HttpGetOptions {
  /** What the URL is, in messages about it (default `--data`). */
  readonly what?: string;
  /** Time limit of each attempt, body included. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  /** The options that raise the limits, named when one is hit (default `--max-download`, `--download-timeout`). */
  readonly limitOption?: string;
  readonly timeoutOption?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Retries after busy answers, timeouts and broken connections (default 2). */
  readonly retries?: number;
  readonly signal?: AbortSignal;
}

export interface HttpGetResult {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  readonly bytes: Uint8Array;
}

/** GETs `url`; anything but a complete 2xx answer within the limits is an error. */
export async function httpGet(url: string, options: HttpGetOptions): Promise<HttpGetResult> {
  const target = requireHttpUrl(url, options.what ?? "--data");
  const client = new HttpClient({
    userAgent: userAgent("data download"),
    timeoutMs: options.timeoutMs,
    timeoutOption: options.timeoutOption ?? "--download-timeout",
    maxResponseBytes: options.maxBytes,
    limitOption: options.limitOption ?? "--max-download",
    retry: { retries: options.retries ?? 2 },
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const response = await client.send(target, { ...(options.headers ? { headers: options.headers } : {}), name: target.href.replace(target.hash, "") });
  return { url: response.url || target.href, status: response.status, contentType: response.headers.get("content-type") ?? undefined, bytes: response.bytes };
}
