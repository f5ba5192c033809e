/**
 * The fast local engine: Oxigraph (Rust compiled to WebAssembly). Files are checked by the
 * project's loader and streamed straight into an Oxigraph store, so a large graph is held once,
 * in Oxigraph's compact form. It loads in tens of milliseconds where Comunica takes most of a
 * second; the test suite runs every saved query on both engines and requires identical answers.
 * Queries run synchronously, so the long-running server keeps Comunica.
 */
import { readFile, stat } from "node:fs/promises";
import type { Quad, Term } from "@rdfjs/types";
import type { Store as N3Store } from "n3";
import type * as Oxigraph from "oxigraph";
import { PactgraphError } from "../errors.js";
import type { RdfFormat } from "../rdf/formats.js";
import { baseOf, toRdfInput } from "../rdf/input.js";
import { forEachRdfQuad, inputFormat, inputText, type RdfInputs } from "../rdf/load.js";
import type { PreparedQuery } from "./prepare.js";
import type { QueryResult } from "./results.js";

type OxigraphModule = typeof Oxigraph;
type OxigraphStore = InstanceType<OxigraphModule["Store"]>;

/** A graph loaded into Oxigraph; `size` counts its quads. */
export class OxigraphGraph {
  constructor(readonly store: OxigraphStore) {}

  get size(): number {
    return this.store.size;
  }
}

/**
 * For small inputs V8 compiles Oxigraph's WebAssembly with the baseline compiler only (Liftoff):
 * a cold `pactgraph query` on the seed graph then spends ~30 ms instead of ~200 ms getting the
 * engine ready. Large graphs keep the optimising tier, which loads a million triples about a
 * third faster. The flag must be set before the module is compiled, i.e. before the import.
 */
const BASELINE_ONLY_BELOW_BYTES = 16 * 1024 * 1024;
const BASELINE_ONLY_BELOW_QUADS = 200_000;

let oxigraph: Promise<OxigraphModule> | undefined;

async function loadOxigraph(small: boolean): Promise<OxigraphModule> {
  if (!oxigraph) {
    if (small) {
      const { setFlagsFromString } = await import("node:v8");
      setFlagsFromString("--liftoff-only");
    }
    oxigraph = import("oxigraph");
  }
  return oxigraph;
}

/**
 * Loads RDF files into a new Oxigraph store. Each file is first streamed through the project's
 * loader, which applies every check (bad IRIs, literals, syntax, with file:line:column) and keeps
 * nothing; a Turtle-family file is then parsed by Oxigraph's own native parser, several times
 * faster than handing it quad by quad across the WebAssembly boundary. Each file is loaded whole,
 * so its blank nodes stay one node each (Oxigraph relabels blank nodes per load, and pactgraph
 * keeps the blank nodes of different files apart anyway). RDF/XML and JSON-LD go quad by quad.
 */
export async function loadOxigraphGraph(files: RdfInputs): Promise<OxigraphGraph> {
  const inputs = files.map(toRdfInput);
  const sizes = await Promise.all(inputs.map((i) => ("bytes" in i.content ? Promise.resolve(i.content.bytes.byteLength) : stat(i.content.path).then((s) => s.size, () => 0))));
  const { Store } = await loadOxigraph(sizes.reduce((a, b) => a + b, 0) < BASELINE_ONLY_BELOW_BYTES);
  const store = new Store();
  for (const input of inputs) {
    const native = NATIVE_FORMATS[inputFormat(input)];
    if (native) {
      await forEachRdfQuad([input], () => undefined);
      const text = (await inputText(input)) ?? (await readFile((input.content as { path: string }).path, "utf8"));
      const base = baseOf(input);
      store.load(text, { format: native, ...(base === undefined ? {} : { base_iri: base }), lenient: true, no_transaction: true });
    } else {
      await forEachRdfQuad([input], (quad) => store.add(quad as Oxigraph.Quad));
    }
  }
  return new OxigraphGraph(store);
}

/** Formats Oxigraph parses itself, by the media type it expects. */
const NATIVE_FORMATS: Partial<Record<RdfFormat, string>> = {
  turtle: "text/turtle",
  ntriples: "application/n-triples",
  nquads: "application/n-quads",
  trig: "application/trig",
};

// One Oxigraph copy per n3 store (for callers who already hold one), made on first use.
const copies = new WeakMap<N3Store, OxigraphGraph>();

async function copyOf(store: N3Store): Promise<OxigraphGraph> {
  const cached = copies.get(store);
  if (cached) return cached;
  const { Store } = await loadOxigraph(store.size < BASELINE_ONLY_BELOW_QUADS);
  const copy = new OxigraphGraph(new Store(store.getQuads(null, null, null, null) as Oxigraph.Quad[]));
  copies.set(store, copy);
  return copy;
}

/** Runs a prepared query with Oxigraph, over an Oxigraph graph or a copy of an n3 store. */
export async function runWithOxigraph(query: PreparedQuery, graph: OxigraphGraph | N3Store, unionDefaultGraph: boolean): Promise<QueryResult> {
  const { store } = graph instanceof OxigraphGraph ? graph : await copyOf(graph);
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
