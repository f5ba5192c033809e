/**
 * The fast local engine: Oxigraph (Rust compiled to WebAssembly) over a copy of the in-memory
 * graph. It loads in tens of milliseconds where Comunica takes most of a second, and answers
 * local queries many times faster; the test suite runs every saved query on both engines and
 * requires identical answers. Queries run synchronously, so long-running servers keep Comunica.
 */
import type { Quad, Term } from "@rdfjs/types";
import { Writer, type Store as N3Store } from "n3";
import type * as Oxigraph from "oxigraph";
import { PactgraphError } from "../errors.js";
import type { PreparedQuery } from "./prepare.js";
import type { QueryResult } from "./results.js";

type OxigraphModule = typeof Oxigraph;
type OxigraphStore = InstanceType<OxigraphModule["Store"]>;

let oxigraph: Promise<OxigraphModule> | undefined;
// One Oxigraph copy per n3 store, made on first use and reused by every later query.
const copies = new WeakMap<N3Store, OxigraphStore>();

/**
 * Imports Oxigraph. For small graphs V8 is told to compile its WebAssembly with the baseline
 * compiler only (Liftoff): a cold `pactgraph query` on the seed graph then spends ~30 ms instead of
 * ~200 ms getting the engine ready. Large graphs keep the optimising tier, which loads a
 * million triples about a third faster. The flag must be set before the module is compiled.
 */
const BASELINE_ONLY_BELOW = 200_000;

async function loadOxigraph(quads: number): Promise<OxigraphModule> {
  if (quads < BASELINE_ONLY_BELOW) {
    const { setFlagsFromString } = await import("node:v8");
    setFlagsFromString("--liftoff-only");
  }
  return import("oxigraph");
}

async function storeFor(store: N3Store): Promise<OxigraphStore> {
  const cached = copies.get(store);
  if (cached) return cached;
  oxigraph ??= loadOxigraph(store.size);
  const { Store } = await oxigraph;
  const copy = new Store();
  // The graph was checked when it was loaded; N-Quads text is the fastest way across the wasm boundary.
  const text = new Writer({ format: "N-Quads" }).quadsToString(store.getQuads(null, null, null, null));
  copy.load(text, { format: "application/n-quads", lenient: true, no_transaction: true });
  copies.set(store, copy);
  return copy;
}

/** Runs a prepared query over an in-memory store with Oxigraph. */
export async function runWithOxigraph(query: PreparedQuery, store: N3Store, unionDefaultGraph: boolean): Promise<QueryResult> {
  const copy = await storeFor(store);
  let answer: ReturnType<OxigraphStore["query"]>;
  try {
    answer = copy.query(query.text, { use_default_graph_as_union: unionDefaultGraph });
  } catch (error) {
    throw new PactgraphError(`query failed: ${error instanceof Error ? error.message : String(error)}`, "E_QUERY", 1, { cause: error });
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
