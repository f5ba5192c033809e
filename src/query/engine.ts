/**
 * The engine seam: run a prepared query over a source, or explain its plan, behind one narrow
 * interface. Local data goes to Oxigraph (oxigraph.ts) unless Comunica is asked for; remote
 * endpoints, SERVICE federation and plans go to Comunica. Comunica over a graph loaded into
 * Oxigraph sees it as a SPARQL endpoint answered in this thread (oxigraphFetch), so it plans and
 * federates while whole operations over the graph run in Oxigraph: all of a query that reads only
 * the graph, the largest local sub-queries of one that calls SERVICE. This is the one module that
 * imports Comunica, and it creates each Comunica engine once per process, on first use (loading
 * takes a few hundred milliseconds).
 */
import type { Quad, Term } from "@rdfjs/types";
import type { Store } from "n3";
import { PactgraphError } from "../errors.js";
import { quadKey } from "../rdf/terms.js";
import { loadComunica } from "./comunica-bundle.js";
import type sparqljs from "sparqljs";
import type { OxigraphGraph } from "./oxigraph.js";
import type { PreparedQuery } from "./prepare.js";
import { resultSize, type QueryResult, type Row } from "./results.js";
import { rewriteQuery, type QueryDataset } from "./rewrite.js";

/** The engines that can run queries over an in-memory store. */
export const LOCAL_ENGINES = ["oxigraph", "comunica"] as const;
export type LocalEngine = (typeof LOCAL_ENGINES)[number];

/** An in-memory store; queried with Oxigraph unless `engine` says Comunica (or the query calls SERVICE). */
export interface StoreSource {
  readonly kind: "store";
  readonly store: Store;
  /** Treat the union of all named graphs as the default graph. */
  readonly unionDefaultGraph?: boolean;
  readonly engine?: LocalEngine;
}

/** A graph already loaded into Oxigraph (the default for local data; see loadLocalSource). */
export interface OxigraphSource {
  readonly kind: "oxigraph";
  readonly graph: OxigraphGraph;
  readonly unionDefaultGraph?: boolean;
  /**
   * oxigraph (default): Oxigraph runs the query. comunica: Comunica plans it and hands whole
   * operations over the graph to Oxigraph. A query that calls SERVICE always goes the comunica way.
   */
  readonly engine?: LocalEngine;
}

/** A remote SPARQL 1.1 Protocol endpoint, queried through Comunica's full engine. */
export interface EndpointSource {
  readonly kind: "endpoint";
  readonly url: string;
  /** The fetch to use (authentication, User-Agent, per-request timeout). */
  readonly fetch?: typeof fetch;
  /** Retries of failed requests (network errors, 5xx), with Comunica's back-off. */
  readonly retries?: number;
}

/**
 * An in-memory store queried together with remote SPARQL endpoints in one Comunica query: the
 * endpoints are extra sources of every pattern (multi-source federation), or none when the query
 * reaches them through SERVICE; `fetch` carries every request either way (see federation.ts).
 */
export interface FederatedSource {
  readonly kind: "federated";
  readonly store: Store;
  readonly unionDefaultGraph?: boolean;
  readonly endpoints: readonly string[];
  readonly fetch?: typeof fetch;
}

export type QuerySource = StoreSource | OxigraphSource | EndpointSource | FederatedSource;
/** The sources Comunica runs queries over. */
type ComunicaSource = StoreSource | OxigraphSource | EndpointSource | FederatedSource;

export type ExplainMode = "parsed" | "logical" | "physical";

interface ComunicaLike {
  query(query: string, context: Record<string, unknown>): Promise<ComunicaResult>;
  explain(query: string, context: Record<string, unknown>, mode: ExplainMode): Promise<{ data: unknown }>;
}

type ComunicaResult =
  | { resultType: "bindings"; execute(): Promise<AsyncIterable<ComunicaBindings>>; metadata(): Promise<{ variables: ({ variable: Term } | Term)[] }> }
  | { resultType: "quads"; execute(): Promise<AsyncIterable<Quad>> }
  | { resultType: "boolean"; execute(): Promise<boolean> }
  | { resultType: "void" };

interface ComunicaBindings {
  [Symbol.iterator](): Iterator<[Term, Term]>;
}

let localEngine: Promise<ComunicaLike> | undefined;
let remoteEngine: Promise<ComunicaLike> | undefined;

/**
 * The engine for a source: the lean RDF/JS one for local stores, the full one (with HTTP)
 * otherwise. Both come from the vendored bundle (comunica-bundle.ts), which pins Comunica's
 * dependencies at build time.
 */
async function engineFor(source: ComunicaSource, services: readonly string[]): Promise<ComunicaLike> {
  if (source.kind === "store" && services.length === 0) {
    localEngine ??= loadComunica().then(({ RdfJsEngine }) => new RdfJsEngine() as ComunicaLike);
    return localEngine;
  }
  remoteEngine ??= loadComunica().then(({ SparqlEngine }) => new SparqlEngine() as ComunicaLike);
  return remoteEngine;
}

async function contextFor(source: ComunicaSource, services: readonly string[]): Promise<Record<string, unknown>> {
  if (source.kind === "store") return { sources: [source.store], unionDefaultGraph: source.unionDefaultGraph === true };
  if (source.kind === "federated") {
    const endpoints = source.endpoints.map((url) => ({ type: "sparql", value: url }));
    return { sources: [source.store, ...endpoints], unionDefaultGraph: source.unionDefaultGraph === true, ...(source.fetch ? { fetch: source.fetch } : {}), httpRetryCount: 0 };
  }
  if (source.kind === "oxigraph") {
    const endpoint = await localEndpoint(source);
    return {
      sources: [{ type: "sparql", value: endpoint.url }],
      fetch: endpoint.fetch,
      // Comunica hands the whole query to a lone SPARQL source, SERVICE clauses included, as an
      // endpoint federates by itself; Oxigraph does not. Comunica only does so when the source is
      // also the update destination, so a query that calls SERVICE names another one (nothing is
      // ever written: pactgraph runs no updates) and is split: SERVICE to its endpoint, the
      // largest local sub-queries to Oxigraph.
      ...(services.length > 0 ? { destination: { type: "sparql", value: NO_DESTINATION } } : {}),
    };
  }
  return {
    sources: [{ type: "sparql", value: source.url }],
    ...(source.fetch ? { fetch: joinQueryStrings(source.fetch) } : {}),
    httpRetryCount: source.retries ?? 2,
    httpRetryDelayFallback: 500,
    httpRetryDelayLimit: 5000,
  };
}

const NO_DESTINATION = "http://no-updates.oxigraph.invalid/sparql";

interface LocalEndpoint {
  readonly url: string;
  readonly fetch: typeof fetch;
}

// One endpoint URL per graph and default-graph choice, so Comunica's caches (by URL) never mix graphs.
const localEndpoints = new WeakMap<OxigraphGraph, Map<boolean, LocalEndpoint>>();
let endpointCount = 0;

/**
 * The graph as a SPARQL endpoint: a URL under the reserved .invalid domain and a fetch that
 * answers it from Oxigraph in this thread; any other URL (a SERVICE target) goes to the network.
 */
async function localEndpoint(source: OxigraphSource): Promise<LocalEndpoint> {
  const union = source.unionDefaultGraph === true;
  const forGraph = localEndpoints.get(source.graph) ?? new Map<boolean, LocalEndpoint>();
  localEndpoints.set(source.graph, forGraph);
  const known = forGraph.get(union);
  if (known) return known;
  const { oxigraphFetch } = await import("./oxigraph.js");
  const answer = oxigraphFetch(source.graph, union);
  endpointCount += 1;
  const host = `graph-${endpointCount}.oxigraph.invalid`;
  const endpoint: LocalEndpoint = {
    url: `http://${host}/sparql`,
    fetch: (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      return new URL(url).host === host ? answer(new Request(input, init)) : fetch(input, init);
    },
  };
  forGraph.set(union, endpoint);
  return endpoint;
}

/**
 * Comunica sends short queries by GET to `${endpoint}?query=…`, even when the endpoint URL has a
 * query string of its own (`?default-graph-uri=…`), which makes a URL with two `?`: the query then
 * reads as part of the graph IRI. Join the two query strings with `&`.
 */
function joinQueryStrings(fetcher: typeof fetch): typeof fetch {
  return (input, init) => {
    if (typeof input === "string") {
      const first = input.indexOf("?");
      const appended = first < 0 ? -1 : input.indexOf("?query=", first + 1);
      if (appended > 0) return fetcher(`${input.slice(0, appended)}&${input.slice(appended + 1)}`, init);
    }
    return fetcher(input, init);
  };
}

/** Turns Comunica's errors about unreachable or failing endpoints into one clear line. */
function queryError(error: unknown, source: ComunicaSource): PactgraphError {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  if (source.kind === "endpoint" || source.kind === "federated") {
    const timedOut = /abort|timeout|timed out/i.test(message + cause);
    const reason = timedOut ? "timed out" : message.split("\n")[0]! + cause;
    const where = source.kind === "endpoint" ? `endpoint ${source.url}` : "federated query";
    return new PactgraphError(`${where}: ${reason}`, timedOut ? "E_TIMEOUT" : "E_ENDPOINT", { cause: error });
  }
  return new PactgraphError(`query failed: ${message}`, "E_QUERY", { cause: error });
}

export interface RunQueryOptions {
  /** Stops a running query (its streams are destroyed). */
  readonly signal?: AbortSignal;
  /**
   * Most rows (or triples) the result may hold; a larger one is refused (E_TOO_LARGE). A SELECT
   * gets `LIMIT maxResults + 1`, so the engine stops there; Comunica's graph results are counted
   * as they stream in, Oxigraph's once it has built them.
   */
  readonly maxResults?: number;
  /** The dataset of a SPARQL Protocol request; replaces the query's FROM and FROM NAMED. */
  readonly dataset?: QueryDataset;
}

/** Runs a prepared query and collects its results. */
export async function runQuery(prepared: PreparedQuery, source: QuerySource, options: RunQueryOptions = {}): Promise<QueryResult> {
  const { signal, maxResults } = options;
  const query = rewriteQuery(prepared, { ...(maxResults === undefined ? {} : { solutionLimit: maxResults + 1 }), ...(options.dataset ? { dataset: options.dataset } : {}) });
  if (query.services.length === 0 && (source.kind === "oxigraph" || source.kind === "store") && (source.engine ?? "oxigraph") === "oxigraph") {
    const { runWithOxigraph } = await import("./oxigraph.js");
    const result = await runWithOxigraph(query, source.kind === "oxigraph" ? source.graph : source.store, source.unionDefaultGraph === true);
    if (maxResults !== undefined && resultSize(result) > maxResults) throw tooLarge(maxResults, result.kind);
    return result;
  }
  const engine = await engineFor(source, query.services);
  try {
    if (query.form === "ASK" && source.kind === "endpoint") return await askThroughSelect(engine, query, source, signal);
    return await collect(await engine.query(query.text, await contextFor(source, query.services)), query, signal, maxResults);
  } catch (error) {
    throw error instanceof PactgraphError ? error : queryError(error, source);
  }
}

/** The error for a result over its size limit. */
function tooLarge(maxResults: number, kind: QueryResult["kind"]): PactgraphError {
  const unit = kind === "graph" ? "triples" : "rows";
  return new PactgraphError(`the result has more than ${maxResults} ${unit}, the limit; add a LIMIT to the query or narrow it`, "E_TOO_LARGE");
}

/**
 * Some stores (Virtuoso 7.2) answer ASK with a one-row SELECT result that Comunica rejects, so
 * remote ASK queries are sent as `SELECT * … LIMIT 1`: true when a row comes back. Any endpoint
 * gives the same answer.
 */
async function askThroughSelect(engine: ComunicaLike, query: PreparedQuery, source: EndpointSource, signal?: AbortSignal): Promise<QueryResult> {
  const { default: parser } = await import("sparqljs");
  const ask = new parser.Parser().parse(query.text) as sparqljs.AskQuery;
  const select = { ...ask, queryType: "SELECT", variables: [new parser.Wildcard()], limit: 1 } as unknown as sparqljs.SelectQuery;
  const result = await collect(await engine.query(new parser.Generator().stringify(select), await contextFor(source, [])), { ...query, variables: [] }, signal);
  return { kind: "boolean", value: result.kind === "bindings" && result.rows.length > 0 };
}

async function collect(result: ComunicaResult, query: PreparedQuery, signal?: AbortSignal, maxResults = Number.POSITIVE_INFINITY): Promise<QueryResult> {
  switch (result.resultType) {
    case "bindings": {
      const { variables } = await result.metadata();
      // Comunica's metadata gives { variable } objects for local sources and bare variables for some remote ones.
      const names = query.variables.length > 0 ? query.variables : variables.map((v) => ("variable" in v ? v.variable.value : v.value));
      const rows: Row[] = [];
      for await (const bindings of cancellable(await result.execute(), signal)) {
        const row = new Map<string, Term>();
        for (const [variable, term] of bindings) row.set(variable.value, term);
        rows.push(row);
        if (rows.length > maxResults) throw tooLarge(maxResults, "bindings");
      }
      return { kind: "bindings", variables: names, rows };
    }
    case "quads": {
      // A CONSTRUCT result is a set of triples; Comunica streams duplicates, so drop them here.
      const quads = new Map<string, Quad>();
      for await (const quad of cancellable(await result.execute(), signal)) {
        quads.set(quadKey(quad), quad);
        if (quads.size > maxResults) throw tooLarge(maxResults, "graph");
      }
      return { kind: "graph", quads: [...quads.values()] };
    }
    case "boolean":
      return { kind: "boolean", value: await result.execute() };
    case "void":
      throw new PactgraphError("the query returned no result (an update?)", "E_QUERY");
  }
}

/**
 * Iterates a Comunica result stream until `signal` aborts or the reader stops early; then destroys
 * the stream, which stops the operators feeding it, so an abandoned query stops using CPU.
 */
async function* cancellable<T>(stream: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  const destroy = () => (stream as { destroy?: (error?: Error) => void }).destroy?.();
  signal?.addEventListener("abort", destroy, { once: true });
  let finished = false;
  try {
    for await (const item of stream) {
      if (signal?.aborted) break;
      yield item;
    }
    if (signal?.aborted) throw new PactgraphError("the query was stopped", "E_ABORTED");
    finished = true;
  } finally {
    signal?.removeEventListener("abort", destroy);
    if (!finished) destroy();
  }
}

/** Comunica's plan for a query, as text (Oxigraph has no plan output, so plans are always Comunica's). */
export async function explainQuery(query: PreparedQuery, source: ComunicaSource, mode: ExplainMode): Promise<string> {
  const engine = await engineFor(source, query.services);
  const explained = await engine.explain(query.text, await contextFor(source, query.services), mode);
  if (typeof explained.data === "string") return explained.data;
  const { renderAlgebra } = await import("./explain.js");
  return renderAlgebra(explained.data);
}
