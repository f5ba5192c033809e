/**
 * Pushing a graph into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol. PUT replaces
 * the named graph as a whole — the store applies it only once the whole body has arrived — so a
 * failed or interrupted push leaves the previous graph intact, and repeating a PUT is safe (the
 * client retries it when the store is busy or the connection breaks). The count is verified
 * afterwards.
 */
import type { Quad } from "@rdfjs/types";
import { Parser, Writer } from "n3";
import { PactgraphError } from "../errors.js";
import { displayUrl, HttpError, type HttpClient } from "../net/index.js";

export interface PushOptions {
  /** The store's Graph Store Protocol URL (Virtuoso: …/sparql-graph-crud, Fuseki: …/<dataset>/data). */
  readonly graphStore: string;
  /** IRI of the named graph to replace. */
  readonly graph: string;
  readonly quads: readonly Quad[];
  /** The client every request goes through (limits, retries, credentials). */
  readonly client: HttpClient;
  /** A SPARQL endpoint of the same store for the count; without it the graph is read back with GET. */
  readonly sparql?: string | undefined;
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
  await put(graphUrl(options.graphStore, options.graph), body, options);
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

function graphUrl(graphStore: string, graph: string): URL {
  const url = new URL(graphStore);
  url.searchParams.set("graph", graph);
  return url;
}

async function put(url: URL, body: string, options: PushOptions): Promise<void> {
  const store = displayUrl(new URL(options.graphStore));
  try {
    // N-Triples is Turtle; every Graph Store implementation accepts text/turtle.
    await options.client.send(url, { method: "PUT", headers: { "Content-Type": "text/turtle; charset=utf-8" }, body, name: store });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    // The store answered: it rejected the graph. Otherwise the push never completed.
    const message = error.status !== undefined ? `the store rejected the push: ${error.reason}` : `cannot push to ${store}: ${error.reason}`;
    throw new PactgraphError(message, error.code === "E_ENDPOINT" ? "E_PUSH" : error.code, { cause: error });
  }
}

async function countBySparql(options: PushOptions): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${options.graph}> { ?s ?p ?o } }`;
  const response = await verifying(() =>
    options.client.send(options.sparql!, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
      body: new URLSearchParams({ query }).toString(),
      idempotent: true,
    }),
  );
  let json: { results?: { bindings?: { n?: { value?: string } }[] } };
  try {
    json = JSON.parse(response.text()) as typeof json;
  } catch (error) {
    throw new PactgraphError("cannot verify the push: the count query did not return SPARQL results JSON", "E_RESPONSE", { cause: error });
  }
  const value = json.results?.bindings?.[0]?.n?.value;
  if (value === undefined) throw new PactgraphError("cannot verify the push: the count query returned no value", "E_PUSH");
  return Number(value);
}

async function countByGet(options: PushOptions): Promise<number> {
  const response = await verifying(() => options.client.send(graphUrl(options.graphStore, options.graph), { headers: { Accept: "application/n-triples, text/turtle;q=0.9" } }));
  const type = response.headers.get("content-type") ?? "text/turtle";
  return new Parser({ format: type.includes("n-triples") ? "N-Triples" : "text/turtle" }).parse(response.text()).length;
}

async function verifying<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    throw new PactgraphError(`cannot verify the push: ${error.message}`, error.code === "E_ENDPOINT" ? "E_PUSH" : error.code, { cause: error });
  }
}
