/**
 * The fast local engine: Oxigraph (Rust compiled to WebAssembly). Files are checked by the
 * project's loader and streamed straight into an Oxigraph store, so a large graph is held once,
 * in Oxigraph's compact form. It loads in tens of milliseconds where Comunica takes most of a
 * second; the test suite runs every saved query on both engines and requires identical answers.
 * Queries run synchronously; whoever needs to stop one runs it in a worker (./worker), which can
 * be terminated mid-query.
 *
 * This module sets no V8 flags: how V8 compiles Oxigraph's WebAssembly (baseline only, or with
 * the optimising tier) is a choice for whoever owns the process; bin/pactgraph.js makes it.
 */
import { readFile } from "node:fs/promises";
import type { Quad, Term } from "@rdfjs/types";
import type { Store as N3Store } from "n3";
import type * as Oxigraph from "oxigraph";
import { PactgraphError } from "../errors.js";
import type { RdfFormat } from "../rdf/formats.js";
import { baseOf, isGzip, toRdfInput, type RdfInput } from "../rdf/input.js";
import { forEachRdfQuad, inputFormat, inputText, type LoadOptions, type RdfInputs } from "../rdf/load.js";
import type { PreparedQuery } from "./prepare.js";
import type { QueryResult } from "./results.js";

type OxigraphModule = typeof Oxigraph;
type OxigraphStore = InstanceType<OxigraphModule["Store"]>;

/**
 * A graph loaded into Oxigraph; `size` counts its quads. The store itself stays inside this
 * module, so the package's type declarations never mention Oxigraph's own (whose declaration file
 * does not compile with skipLibCheck off).
 */
export class OxigraphGraph {
  readonly #store: OxigraphStore;

  private constructor(store: OxigraphStore) {
    this.#store = store;
  }

  /** @internal */
  static wrap(store: OxigraphStore): OxigraphGraph {
    return new OxigraphGraph(store);
  }

  /** @internal */
  static storeOf(graph: OxigraphGraph): OxigraphStore {
    return graph.#store;
  }

  get size(): number {
    return this.#store.size;
  }
}

let oxigraph: Promise<OxigraphModule> | undefined;

function loadOxigraph(): Promise<OxigraphModule> {
  oxigraph ??= import("oxigraph");
  return oxigraph;
}

export interface OxigraphLoadOptions {
  /**
   * The inputs already passed the loader's checks (a copy of data loaded before): parse them with
   * Oxigraph's own parser only, leniently. RDF/XML and JSON-LD still go through the loader.
   */
  readonly checked?: boolean;
  /** How the loader checks them: strict or not, where warnings go. */
  readonly load?: LoadOptions;
}

/**
 * Loads RDF files into a new Oxigraph store, parsing each file once. A Turtle-family file is
 * parsed by Oxigraph's own native parser in its strict mode, several times faster than the
 * project's loader and than handing quads across the WebAssembly boundary one by one. Strict
 * Oxigraph refuses everything the loader's term checks refuse (relative IRIs with no base,
 * characters RFC 3987 forbids, malformed language tags, lone surrogates) and a little more (bad
 * percent-encoding, language tags that are not BCP 47); only when it refuses a file does the
 * loader read that file, so the error is the loader's, at file:line:column. A file the loader
 * accepts though Oxigraph did not is valid RDF to pactgraph: Oxigraph then parses it leniently
 * (its refused transaction left nothing behind). `checked` inputs and strict loads (ill-typed
 * literals refused, which Oxigraph does not check) go through the loader, then Oxigraph leniently.
 *
 * Files are handed over in 1 MiB pieces: WebAssembly memory never shrinks, so a file copied in
 * whole would stay in the store's memory for good. Each file is loaded whole, so its blank nodes
 * stay one node each (Oxigraph relabels blank nodes per load, and pactgraph keeps the blank nodes
 * of different files apart anyway). RDF/XML and JSON-LD go through the loader, quad by quad.
 */
export async function loadOxigraphGraph(files: RdfInputs, options: OxigraphLoadOptions = {}): Promise<OxigraphGraph> {
  const { Store } = await loadOxigraph();
  const store = new Store();
  const checkFirst = options.checked === true || options.load?.strict === true;
  for (const input of files.map(toRdfInput)) {
    const native = NATIVE_FORMATS[inputFormat(input)];
    if (!native) await forEachRdfQuad([input], (quad) => store.add(quad as Oxigraph.Quad), options.load);
    else if (checkFirst) {
      if (options.checked !== true) await forEachRdfQuad([input], () => undefined, options.load);
      store.load(pieces(await inputBytes(input)), { ...nativeOptions(input, native), lenient: true });
    } else await loadOnce(store, input, native, options.load);
  }
  return OxigraphGraph.wrap(store);
}

/** One Turtle-family file, parsed by strict Oxigraph; the loader reads it only if Oxigraph refuses it, or to warn. */
async function loadOnce(store: OxigraphStore, input: RdfInput, format: string, load: LoadOptions | undefined): Promise<void> {
  const before = store.size;
  try {
    store.load(pieces(await inputBytes(input)), nativeOptions(input, format));
  } catch {
    await forEachRdfQuad([input], () => undefined, load); // throws the loader's error, if it has one
    store.load(pieces(await inputBytes(input)), { ...nativeOptions(input, format), lenient: true });
    return;
  }
  // No new quads: empty, comments only, or repeats of earlier files; the loader tells which (and warns).
  if (store.size === before) await forEachRdfQuad([input], () => undefined, load);
}

/**
 * Oxigraph's options for one file. Each file loads in one transaction: in Oxigraph's JavaScript
 * build that is 2–3× faster than `no_transaction` at 100k triples, with a lower peak RSS at 1M
 * (measured, see bench/RESULTS.md), and a refused file leaves the store as it was.
 */
function nativeOptions(input: RdfInput, format: string): { format: string; base_iri?: string } {
  const base = baseOf(input);
  return { format, ...(base === undefined ? {} : { base_iri: base }) };
}

/** Formats Oxigraph parses itself, by the media type it expects. */
const NATIVE_FORMATS: Partial<Record<RdfFormat, string>> = {
  turtle: "text/turtle",
  ntriples: "application/n-triples",
  nquads: "application/n-quads",
  trig: "application/trig",
};

/** An input's uncompressed bytes (bytes in memory are used as they are, shared memory included). */
async function inputBytes(input: RdfInput): Promise<Uint8Array> {
  if ("bytes" in input.content && !isGzip(input.name, input.content.bytes)) return input.content.bytes;
  const text = await inputText(input);
  return text === undefined ? readFile((input.content as { path: string }).path) : Buffer.from(text, "utf8");
}

const PIECE_BYTES = 1 << 20;

function* pieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.byteLength; start += PIECE_BYTES) yield bytes.subarray(start, start + PIECE_BYTES);
}

// One Oxigraph copy per n3 store (for callers who already hold one), made on first use.
const copies = new WeakMap<N3Store, OxigraphGraph>();

async function copyOf(store: N3Store): Promise<OxigraphGraph> {
  const cached = copies.get(store);
  if (cached) return cached;
  const { Store } = await loadOxigraph();
  const copy = OxigraphGraph.wrap(new Store(store.getQuads(null, null, null, null) as Oxigraph.Quad[]));
  copies.set(store, copy);
  return copy;
}

/** Runs a prepared query with Oxigraph, over an Oxigraph graph or a copy of an n3 store. */
export async function runWithOxigraph(query: PreparedQuery, graph: OxigraphGraph | N3Store, unionDefaultGraph: boolean): Promise<QueryResult> {
  const store = OxigraphGraph.storeOf(graph instanceof OxigraphGraph ? graph : await copyOf(graph));
  let answer: ReturnType<OxigraphStore["query"]>;
  try {
    answer = store.query(query.text, { use_default_graph_as_union: unionDefaultGraph });
  } catch (error) {
    throw new PactgraphError(`query failed: ${error instanceof Error ? error.message : String(error)}`, "E_QUERY", { cause: error });
  }
  if (typeof answer === "boolean") return { kind: "boolean", value: answer };
  if (typeof answer === "string") throw new PactgraphError("Oxigraph returned serialised results unexpectedly", "E_QUERY");
  if (query.form === "CONSTRUCT" || query.form === "DESCRIBE") {
    return { kind: "graph", quads: answer as unknown as Quad[] };
  }
  const solutions = answer as Map<string, Term>[];
  const variables = query.variables.length > 0 ? query.variables : [...new Set(solutions.flatMap((s) => [...s.keys()]))].sort();
  return { kind: "bindings", variables, rows: solutions };
}

/**
 * A `fetch` that answers SPARQL 1.1 Protocol query requests (GET `?query=`, form or direct POST)
 * from an Oxigraph graph, in this thread, with no network: it lets Comunica treat the graph as a
 * SPARQL endpoint, so whole queries, or whole sub-queries of a federated one, run in Oxigraph.
 * Results come back as SPARQL JSON; graph results as N-Triples (which is Turtle too, so it suits
 * whichever of the two Comunica asks for). A query Oxigraph refuses gets a 400 with its message.
 */
export function oxigraphFetch(graph: OxigraphGraph, unionDefaultGraph: boolean): (request: Request) => Promise<Response> {
  const store = OxigraphGraph.storeOf(graph);
  return async (request) => {
    const query = await protocolQuery(request);
    if (query === undefined) return new Response("no query in the request", { status: 400 });
    const accept = request.headers.get("accept") ?? "";
    const graphResult = !accept.includes("application/sparql-results+json");
    const type = !graphResult ? "application/sparql-results+json" : accept.includes("application/n-triples") ? "application/n-triples" : "text/turtle";
    try {
      const body = store.query(query, { use_default_graph_as_union: unionDefaultGraph, results_format: graphResult ? "application/n-triples" : type });
      return new Response(body as string, { status: 200, headers: { "content-type": `${type}; charset=utf-8` } });
    } catch (error) {
      return new Response(error instanceof Error ? error.message : String(error), { status: 400, headers: { "content-type": "text/plain" } });
    }
  };
}

/** The query text of a SPARQL Protocol request. */
async function protocolQuery(request: Request): Promise<string | undefined> {
  const fromUrl = new URL(request.url).searchParams.get("query");
  if (fromUrl !== null || request.method !== "POST") return fromUrl ?? undefined;
  const body = await request.text();
  if ((request.headers.get("content-type") ?? "").startsWith("application/sparql-query")) return body;
  return new URLSearchParams(body).get("query") ?? undefined;
}
