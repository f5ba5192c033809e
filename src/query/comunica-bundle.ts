/** The vendored Comunica engines (dist/vendor/comunica.js; see src/project/vendored.ts). */
import { loadVendored } from "../project/vendored.js";

export interface ComunicaBundle {
  /** `@comunica/query-sparql`: every source type, HTTP included. */
  readonly SparqlEngine: new () => unknown;
  /** `@comunica/query-sparql-rdfjs`: in-memory RDF/JS sources only, lighter to start. */
  readonly RdfJsEngine: new () => unknown;
}

/** Imports the bundle, once. */
export function loadComunica(): Promise<ComunicaBundle> {
  return loadVendored("comunica") as Promise<ComunicaBundle>;
}
