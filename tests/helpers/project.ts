/** Paths and loaders shared by the tests: the repository root, the seed graph, the CLI. */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SEED_MODULE = join(ROOT, "data", "turkey-security-alliances.ts");
export const SEED_TTL = join(ROOT, "data", "turkey-security-alliances.ttl");
export const SEED_TEXT = join(ROOT, "data", "sources", "turkey-security-alliances.txt");
export const CLI = join(ROOT, "bin", "pactgraph.js");

/**
 * A new folder under the repository's .tmp/ (created if missing: a fresh clone has none). Tests that
 * import the repository's src/ by relative path need their files inside the repository.
 */
export function repoTempDir(prefix: string): string {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  return mkdtempSync(join(ROOT, ".tmp", prefix));
}

/** Parses a Turtle file of the repository with n3. */
export function parseTurtleFile(path: string): Quad[] {
  return new Parser({ format: "text/turtle" }).parse(readFileSync(path, "utf8"));
}

/** Quads of the seed graph, built from the DSL module. */
export async function buildSeedQuads(): Promise<Quad[]> {
  const module = (await import("../../data/turkey-security-alliances.js")) as { graph: { build(): Quad[] } };
  return module.graph.build();
}

export { runCli, runCliProcess } from "./cli.js";
export type { CliResult } from "./cli.js";
