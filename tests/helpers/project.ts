/** Paths and loaders shared by the tests: the repository root, the seed graph, the CLI. */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SEED_MODULE = join(ROOT, "data", "turkey-security-alliances.ts");
export const SEED_TTL = join(ROOT, "data", "turkey-security-alliances.ttl");
export const SEED_TEXT = join(ROOT, "data", "sources", "turkey-security-alliances.txt");
export const CLI = join(ROOT, "bin", "pactgraph.js");

/** Parses a Turtle file of the repository with n3. */
export function parseTurtleFile(path: string): Quad[] {
  return new Parser({ format: "text/turtle" }).parse(readFileSync(path, "utf8"));
}

/** Quads of the seed graph, built from the DSL module. */
export async function buildSeedQuads(): Promise<Quad[]> {
  const module = (await import("../../data/turkey-security-alliances.js")) as { graph: { build(): Quad[] } };
  return module.graph.build();
}

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the compiled CLI as a subprocess (`npm test` compiles first). */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    input: options.input,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Like {@link runCli}, without blocking the event loop: for tests that serve requests in-process
 * (a proxy, a fixture endpoint), which `spawnSync` would deadlock.
 */
export function runCliAsync(args: readonly string[], options: { cwd?: string; env?: Readonly<Record<string, string>> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
