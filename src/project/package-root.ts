/** The installed pactgraph package's own folder: its ontology files and its saved-query library. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package root. Every module that asks sits two folders below it (src/project, dist/project,
 * dist/bundle), so the same expression holds in the sources, the compiled files and the bundle.
 */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The package's ontology files: OWL, SHACL shapes, JSON-LD context. */
export const PACKAGE_ONTOLOGY = {
  owl: join(PACKAGE_ROOT, "ontology", "pactgraph.ttl"),
  shapes: join(PACKAGE_ROOT, "ontology", "shapes.ttl"),
  context: join(PACKAGE_ROOT, "ontology", "context.jsonld"),
} as const;

/** The package's library of saved queries. */
export const PACKAGE_QUERIES = join(PACKAGE_ROOT, "queries");

let version: string | undefined;

/** The package version from its package.json. */
export function packageVersion(): string {
  if (version === undefined) {
    const manifest: unknown = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8"));
    version = typeof manifest === "object" && manifest !== null && "version" in manifest ? String(manifest.version) : "0.0.0";
  }
  return version;
}
