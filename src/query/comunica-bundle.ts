/**
 * The vendored Comunica engines (dist/vendor/comunica.js, built by scripts/bundle-cli.mjs from
 * scripts/vendor/comunica.mjs). The bundle fixes Comunica's dependency tree at build time, so an
 * installed pactgraph never resolves Comunica's packages itself. Loaded by path, once, on first use.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PactgraphError } from "../errors.js";
import { PACKAGE_ROOT } from "../project/index.js";

export interface ComunicaBundle {
  /** `@comunica/query-sparql`: every source type, HTTP included. */
  readonly SparqlEngine: new () => unknown;
  /** `@comunica/query-sparql-rdfjs`: in-memory RDF/JS sources only, lighter to start. */
  readonly RdfJsEngine: new () => unknown;
}

const BUNDLE = join(PACKAGE_ROOT, "dist", "vendor", "comunica.js");
let bundle: Promise<ComunicaBundle> | undefined;

/** Imports the bundle; a missing bundle (a clone that was never compiled) says how to make it. */
export function loadComunica(): Promise<ComunicaBundle> {
  if (!bundle) {
    if (!existsSync(BUNDLE)) throw new PactgraphError(`the Comunica engine is missing (${BUNDLE}); run \`npm run compile\` in the pactgraph folder`, "E_IO");
    bundle = import(pathToFileURL(BUNDLE).href) as Promise<ComunicaBundle>;
  }
  return bundle;
}
