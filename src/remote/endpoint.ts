/** Building the source for a remote SPARQL endpoint: URL checks, credentials, timeout, retries. */
import { UsageError } from "../errors.js";
import type { EndpointSource } from "../query/engine.js";
import { authenticatedFetch, authFromEnvironment } from "./auth.js";

/** The User-Agent of every request pactgraph makes to a store or endpoint. */
export const USER_AGENT = "pactgraph/0.1 (+https://w3id.org/pactgraph)";

export interface EndpointOptions {
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly env?: NodeJS.ProcessEnv;
}

/** Checks that `url` is an http(s) URL, naming the option in the error. */
export function requireHttpUrl(url: string, option: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${option} must be an http(s) URL, got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new UsageError(`${option} must be an http(s) URL, got ${JSON.stringify(url)}`);
  if (parsed.username || parsed.password) {
    throw new UsageError(`put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD (or PACTGRAPH_AUTH_TOKEN), not in the ${option} URL`);
  }
  return parsed;
}

/** A query source for a SPARQL 1.1 Protocol endpoint, authenticated from the environment. */
export function endpointSource(url: string, options: EndpointOptions = {}): EndpointSource {
  requireHttpUrl(url, "--endpoint");
  const fetch = authenticatedFetch({ auth: authFromEnvironment(options.env), timeoutMs: options.timeoutMs ?? 60_000, userAgent: USER_AGENT });
  return { kind: "endpoint", url, fetch, retries: options.retries ?? 2 };
}
