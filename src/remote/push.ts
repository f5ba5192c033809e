/**
 * Pushing a graph into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol. PUT replaces
 * the named graph as a whole — the store applies it only once the whole body has arrived — so a
 * failed or interrupted push leaves the previous graph intact. The count is verified afterwards.
 */
import type { Quad } from "@rdfjs/types";
import { Parser, Writer } from "n3";
import { PactgraphError } from "../errors.js";
import { retryAfterMs } from "./retry-after.js";

export interface PushOptions {
  /** The store's Graph Store Protocol URL (Virtuoso: …/sparql-graph-crud, Fuseki: …/<dataset>/data). */
  readonly graphStore: string;
  /** IRI of the named graph to replace. */
  readonly graph: string;
  readonly quads: readonly Quad[];
  readonly fetch: typeof fetch;
  /** A SPARQL endpoint of the same store for the count; without it the graph is read back with GET. */
  readonly sparql?: string | undefined;
  /** Attempts for the PUT when the store is busy (429, 503) or the connection fails. */
  readonly attempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface PushReport {
  readonly sent: number;
  readonly stored: number;
  readonly pushMs: number;
  readonly verifyMs: number;
}

/** Replaces `graph` in the store with `quads` and checks the store holds as many triples as were sent. */
export async function pushGraph(options: PushOptions): Promise<PushReport> {
  const body = toNTriples(options.quads);
  const sent = body.length === 0 ? 0 : body.split("\n").length - 1;
  const started = performance.now();
  await putWithRetry(graphUrl(options.graphStore, options.graph), body, options);
  const pushMs = performance.now() - started;
  const verifyStart = performance.now();
  const stored = options.sparql ? await countBySparql(options) : await countByGet(options);
  const verifyMs = performance.now() - verifyStart;
  if (stored !== sent) {
    throw new PactgraphError(`pushed ${sent} triples to <${options.graph}> but the store reports ${stored}`, "E_PUSH");
  }
  return { sent, stored, pushMs, verifyMs };
}

/** Default-graph triples as sorted, de-duplicated N-Triples (named graphs are flattened into the target graph). */
function toNTriples(quads: readonly Quad[]): string {
  const writer = new Writer({ format: "N-Triples" });
  const lines = new Set(quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object)));
  return [...lines].sort().join("");
}

function graphUrl(graphStore: string, graph: string): string {
  const url = new URL(graphStore);
  url.searchParams.set("graph", graph);
  return url.toString();
}

async function putWithRetry(url: string, body: string, options: PushOptions): Promise<void> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      // N-Triples is Turtle; every Graph Store implementation accepts text/turtle.
      response = await options.fetch(url, { method: "PUT", headers: { "Content-Type": "text/turtle; charset=utf-8" }, body });
    } catch (error) {
      if (attempt < attempts) {
        await sleep(backoff(attempt));
        continue;
      }
      throw new PactgraphError(`cannot push to ${options.graphStore}: ${networkReason(error)}`, "E_PUSH", { cause: error });
    }
    if (response.ok) return;
    const text = (await response.text()).trim().slice(0, 200);
    if ((response.status === 429 || response.status === 503) && attempt < attempts) {
      await sleep(retryAfterMs(response.headers.get("retry-after"), Date.now()) ?? backoff(attempt));
      continue;
    }
    if (response.status === 401 || response.status === 403) {
      throw new PactgraphError(
        `the store rejected the push: HTTP ${response.status} (authentication); set PACTGRAPH_AUTH_USER/PACTGRAPH_AUTH_PASSWORD (PACTGRAPH_AUTH_SCHEME=digest for Virtuoso) or PACTGRAPH_AUTH_TOKEN`,
        "E_AUTH",
      );
    }
    throw new PactgraphError(`the store rejected the push: HTTP ${response.status}${text ? `: ${text}` : ""}`, "E_PUSH");
  }
}

function backoff(attempt: number): number {
  return 500 * 2 ** (attempt - 1);
}

/** The innermost reason of a fetch failure (ECONNREFUSED, timeout…). */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (current instanceof Error && current.name === "TimeoutError") return "timed out";
  return current instanceof Error ? current.message : String(current);
}

async function countBySparql(options: PushOptions): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${options.graph}> { ?s ?p ?o } }`;
  const response = await options.fetch(options.sparql!, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
    body: new URLSearchParams({ query }).toString(),
  });
  if (!response.ok) throw new PactgraphError(`cannot verify the push: the SPARQL endpoint answered HTTP ${response.status}`, "E_PUSH");
  const json = (await response.json()) as { results?: { bindings?: { n?: { value?: string } }[] } };
  const value = json.results?.bindings?.[0]?.n?.value;
  if (value === undefined) throw new PactgraphError("cannot verify the push: the count query returned no value", "E_PUSH");
  return Number(value);
}

async function countByGet(options: PushOptions): Promise<number> {
  const response = await options.fetch(graphUrl(options.graphStore, options.graph), { headers: { Accept: "application/n-triples, text/turtle;q=0.9" } });
  if (!response.ok) throw new PactgraphError(`cannot verify the push: reading the graph back answered HTTP ${response.status}`, "E_PUSH");
  const type = response.headers.get("content-type") ?? "text/turtle";
  return new Parser({ format: type.includes("n-triples") ? "N-Triples" : "text/turtle" }).parse(await response.text()).length;
}
