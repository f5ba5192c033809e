/**
 * The bundles the package ships in dist/vendor/ (built by scripts/bundle-cli.mjs from
 * scripts/vendor/*.mjs): Comunica, shacl-engine with its RDF environment, and jsonld.js, each with
 * its dependencies fixed at build time, so an installed pactgraph never resolves their packages
 * itself. Each loads by path, once, on first use.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PactgraphError } from "../errors.js";
import { PACKAGE_ROOT } from "./package-root.js";

export type VendoredBundle = "comunica" | "shacl" | "jsonld";

const loading = new Map<VendoredBundle, Promise<unknown>>();

/** Imports a vendored bundle; a missing one (a clone never compiled) says how to make it. */
export function loadVendored(name: VendoredBundle): Promise<unknown> {
  let bundle = loading.get(name);
  if (!bundle) {
    const path = join(PACKAGE_ROOT, "dist", "vendor", `${name}.js`);
    if (!existsSync(path)) throw new PactgraphError(`the bundled ${name} is missing (${path}); run \`npm run compile\` in the pactgraph folder`, "E_IO");
    bundle = import(pathToFileURL(path).href);
    loading.set(name, bundle);
  }
  return bundle;
}
