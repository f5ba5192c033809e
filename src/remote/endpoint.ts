/**
 * The source for a remote SPARQL endpoint. Comunica sends its requests through the HttpClient's
 * fetch, so they get the same limits as every other request (time and size, body included), the
 * same retries (Comunica's own are turned off: one retry rule), the User-Agent, and the
 * credentials from PACTGRAPH_AUTH_*, which go to the endpoint's origin only, never to a SERVICE.
 */
import { authFromEnvironment, displayUrl, HttpClient, requireHttpUrl, userAgent, type Clock } from "../net/index.js";
import type { EndpointSource } from "../query/engine.js";

/** The default size limit of one answer from an endpoint. */
export const DEFAULT_ENDPOINT_MAX_RESPONSE = 256 * 1024 * 1024;

export interface EndpointOptions {
  /** Time limit of one request, body included (default 60 s). */
  readonly timeoutMs?: number;
  /** Retries after busy answers, timeouts and broken connections (default 2). */
  readonly retries?: number;
  /** Largest answer read (default 256 MiB), and the option that raises it, named when it is hit. */
  readonly maxResponseBytes?: number;
  readonly limitOption?: string;
  readonly timeoutOption?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock?: Clock;
}

/** A query source for a SPARQL 1.1 Protocol endpoint, authenticated from the environment. */
export function endpointSource(url: string, options: EndpointOptions): EndpointSource {
  const endpoint = requireHttpUrl(url, "--endpoint");
  const client = new HttpClient({
    userAgent: userAgent("SPARQL queries", options.env.PACTGRAPH_CONTACT),
    timeoutMs: options.timeoutMs ?? 60_000,
    timeoutOption: options.timeoutOption ?? "--timeout",
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_ENDPOINT_MAX_RESPONSE,
    limitOption: options.limitOption ?? "--max-response",
    retry: { retries: options.retries ?? 2 },
    auth: { credentials: authFromEnvironment(options.env), origins: [endpoint.origin] },
    describeTarget: (target) => `endpoint ${displayUrl(target)}`,
    postIsIdempotent: true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { kind: "endpoint", url, fetch: client.fetch, retries: 0 };
}

/**
 * The same fetch, one request starting at a time: each is sent once the previous one's answer has
 * begun (its headers are in). Comunica sends a federated query's requests in parallel; public
 * endpoints such as the Wikidata Query Service ask for fewer. Waiting for whole bodies instead
 * could deadlock a pipelined join that reads one answer while it needs the next.
 */
export function serialFetch(fetcher: typeof fetch): typeof fetch {
  let queue: Promise<unknown> = Promise.resolve();
  return (input, init) => {
    const run = queue.then(() => fetcher(input, init));
    queue = run.catch(() => undefined);
    return run;
  };
}
