/** Building the source for a remote SPARQL endpoint: URL checks, credentials, timeout, retries. */
import { requireHttpUrl } from "../net/index.js";
import type { EndpointSource } from "../query/engine.js";
import { authenticatedFetch, authFromEnvironment } from "./auth.js";

/** The User-Agent of every request pactgraph makes to a store or endpoint. */
export const USER_AGENT = "pactgraph/0.1 (+https://w3id.org/pactgraph)";

export interface EndpointOptions {
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A query source for a SPARQL 1.1 Protocol endpoint, authenticated from the environment. */
export function endpointSource(url: string, options: EndpointOptions): EndpointSource {
  requireHttpUrl(url, "--endpoint");
  const fetch = authenticatedFetch({ auth: authFromEnvironment(options.env), timeoutMs: options.timeoutMs ?? 60_000, userAgent: USER_AGENT });
  return { kind: "endpoint", url, fetch, retries: options.retries ?? 2 };
}
