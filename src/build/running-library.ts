/**
 * DSL modules import pactgraph's library: `"pactgraph"` in a user's project, `src/index.js` inside
 * pactgraph's own repository. When the CLI runs from its bundle, `build` links those imports to the
 * library in that same bundle instead of bundling or resolving them again: the modules share the
 * DSL, schema and RDF code the CLI has already loaded (a second copy of the library, with n3's
 * CommonJS build, took about half of a cold build), and a corpus is always built by the pactgraph
 * that runs. The import becomes a module that re-exports each name from its facet of the bundle
 * (api-dsl.js, api-query.js, … as dist/bundle/api-facets.json lists them); esbuild drops the
 * facets a module does not use, so importing createGraph loads no query, site or server code.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";
import { PACKAGE_ROOT } from "../project/index.js";

const BUNDLE_DIR = join(PACKAGE_ROOT, "dist", "bundle");
const FACETS_FILE = join(BUNDLE_DIR, "api-facets.json");
/** The repository's library entry as modules import it (they name the compiled `.js` file). */
const SOURCE_ENTRY = join(PACKAGE_ROOT, "src", "index.js");
const NAMESPACE = "pactgraph-running-library";

/** The esbuild plugin, or undefined when this code does not run from the bundle (tests, tsc's output). */
export function runningLibraryPlugin(): Plugin | undefined {
  if (dirname(fileURLToPath(import.meta.url)) !== BUNDLE_DIR || !existsSync(FACETS_FILE)) return undefined;
  const library = { path: "pactgraph", namespace: NAMESPACE };
  return {
    name: NAMESPACE,
    setup(build) {
      build.onResolve({ filter: /^pactgraph$/ }, () => library);
      build.onResolve({ filter: /[/\\]index\.[jt]s$/ }, (args) => (resolve(args.resolveDir, args.path.replace(/\.ts$/, ".js")) === SOURCE_ENTRY ? library : undefined));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: facadeSource(), loader: "js" }));
      // A facet no name is used from is dropped from the module's bundle.
      build.onResolve({ filter: /^file:/, namespace: NAMESPACE }, (args) => ({ path: args.path, external: true, sideEffects: false }));
    },
  };
}

/** The module the import becomes: one re-export per facet of the bundle. */
export function facadeSource(): string {
  const facets = JSON.parse(readFileSync(FACETS_FILE, "utf8")) as Record<string, string[]>;
  return Object.entries(facets)
    .map(([file, names]) => `export { ${names.join(", ")} } from ${JSON.stringify(pathToFileURL(join(BUNDLE_DIR, file)).href)};`)
    .join("\n");
}
