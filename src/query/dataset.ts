/** The graph queries run over: RDF files loaded into one in-memory n3 Store. */
import { Store } from "n3";
import { loadRdfFiles } from "../rdf/load.js";

/** Loads `files` (format from each extension) into a new store. */
export async function loadStore(files: readonly string[]): Promise<Store> {
  const store = new Store();
  store.addQuads(await loadRdfFiles(files));
  return store;
}
