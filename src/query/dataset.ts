/** The graph queries run over: RDF files loaded into memory, for Oxigraph or for Comunica. */
import type { Store } from "n3";
import { loadRdfFiles, type LoadOptions, type RdfInputs } from "../rdf/load.js";
import type { LocalEngine, OxigraphSource, StoreSource } from "./engine.js";

/** Loads `files` (format from each extension) into a new n3 store (what Comunica and the validator use). */
export async function loadStore(files: RdfInputs, load: LoadOptions = {}): Promise<Store> {
  // n3's store brings a stream library along; the default (Oxigraph) path never needs it.
  const { Store } = await import("n3");
  const store = new Store();
  store.addQuads(await loadRdfFiles(files, load));
  return store;
}

export interface LocalSourceOptions {
  /**
   * Either way the files are parsed once, into Oxigraph. oxigraph (default): Oxigraph runs each
   * query; comunica: Comunica plans it and hands whole operations over the graph to Oxigraph.
   */
  readonly engine?: LocalEngine;
  readonly unionDefaultGraph?: boolean;
  /** How to load: strict or not, where warnings go. */
  readonly load?: LoadOptions;
}

/** Loads files into the store the chosen engine queries, and reports its size. */
export async function loadLocalSource(files: RdfInputs, options: LocalSourceOptions = {}): Promise<{ source: OxigraphSource | StoreSource; quads: number }> {
  const unionDefaultGraph = options.unionDefaultGraph === true;
  const engine = options.engine ?? "oxigraph";
  const { loadOxigraphGraph } = await import("./oxigraph.js");
  const graph = await loadOxigraphGraph(files, options.load ? { load: options.load } : {});
  return { source: { kind: "oxigraph", graph, unionDefaultGraph, engine }, quads: graph.size };
}
