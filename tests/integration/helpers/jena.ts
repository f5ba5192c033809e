/**
 * Apache Jena's command-line tools (riot, shacl) for the cross-checks, through scripts/jena.sh:
 * runs that never overlap more than the machine has cores, the first one alone (it writes the
 * class-data-sharing archive the others start from), and readers for what the tools print.
 */
import { execFile } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { bytesInput, loadRdfFile, serializeRdf } from "../../../src/rdf/index.js";
import { compactIri, formatPath, readShaclReport, type ShaclReport, type ShaclResult } from "../../../src/validate/index.js";
import rdf from "@zazuko/env";
import { ROOT } from "../../helpers/project.js";

export const JENA_SCRIPT = join(ROOT, "scripts", "jena.sh");

export interface JenaRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs scripts/jena.sh; `cacheDir` keeps its class-data-sharing archive (remove it when done). */
export class Jena {
  readonly #cacheDir: string;
  readonly #slots = Math.max(1, Math.min(2, availableParallelism()));
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  #first: Promise<unknown> | undefined;

  constructor(cacheDir: string) {
    this.#cacheDir = cacheDir;
  }

  /** `jena.sh <tool> <args…>`, with `input` on standard input; resolves with whatever exit status. */
  async run(tool: "riot" | "shacl", args: readonly string[], input?: string): Promise<JenaRun> {
    if (!this.#first) {
      const first = this.#exec(tool, args, input);
      this.#first = first.catch(() => undefined);
      return first;
    }
    await this.#first;
    await this.#acquire();
    try {
      return await this.#exec(tool, args, input);
    } finally {
      this.#release();
    }
  }

  #exec(tool: string, args: readonly string[], input: string | undefined): Promise<JenaRun> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        JENA_SCRIPT,
        [tool, ...args],
        { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, JENA_CACHE_DIR: this.#cacheDir } },
        (error, stdout, stderr) => {
          const status = error === null ? 0 : typeof error.code === "number" ? error.code : undefined;
          if (status === undefined) reject(new Error(`jena.sh ${tool} did not run: ${error?.message ?? ""}\n${stderr}`, { cause: error }));
          else resolve({ status, stdout, stderr });
        },
      );
      child.stdin?.end(input ?? "");
    });
  }

  async #acquire(): Promise<void> {
    if (this.#running < this.#slots) {
      this.#running++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#running--;
  }
}

const COUNT_LINE = /^(\S+)\s+: (?:Triples|Quads) = ([\d,]+)$/;
const LOG_INFO = /^\[[^\]]+\] INFO /;
const TOTAL_LINE = /^Total\s+:/;

/** riot --count's per-input counts, by absolute path (`stdin` as is). */
export function riotCounts(stderr: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of stderr.split("\n")) {
    const match = COUNT_LINE.exec(line.trim());
    if (!match?.[1] || !match[2]) continue;
    const name = match[1].startsWith("file:") ? fileURLToPath(match[1]) : match[1];
    counts.set(name, Number(match[2].replaceAll(",", "")));
  }
  return counts;
}

/** Lines of riot's stderr that are neither progress (INFO), counts nor the total: warnings and errors. */
export function riotProblems(stderr: string): string[] {
  return stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !LOG_INFO.test(line) && !COUNT_LINE.test(line) && !TOTAL_LINE.test(line));
}

/** Reads the sh:ValidationReport `shacl validate` prints (Turtle) with pactgraph's report reader. */
export async function readJenaReport(run: JenaRun): Promise<ShaclReport> {
  const quads = await loadRdfFile(bytesInput("jena-report.ttl", new TextEncoder().encode(run.stdout), { format: "turtle" }));
  return readShaclReport(rdf.dataset(quads));
}

/**
 * A result as the engines can be compared on it: focus node, path, constraint component,
 * severity and value. Blank nodes are `_:` (each engine labels them its own way).
 */
export function resultKey(result: ShaclResult): string {
  const focus = result.focusIsBlank ? "_:" : compactIri(result.focusNode);
  const path = result.path === undefined ? "-" : formatPath(result.path);
  const constraint = result.constraint === undefined ? "?" : compactIri(result.constraint);
  const value = result.value === undefined ? "" : result.valueType === "BlankNode" ? " _:" : result.valueType === "Literal" ? ` "${result.value}"` : ` ${compactIri(result.value)}`;
  return `${focus} ${path} ${constraint} ${result.severity}${value}`;
}

/** A report's results as a sorted set of {@link resultKey}s. */
export function resultKeys(report: ShaclReport): string[] {
  return [...new Set(report.results.map(resultKey))].sort();
}

/**
 * True when two graphs are isomorphic. pactgraph's N-Quads writer labels blank nodes by their
 * surroundings, so equal output proves it in a second; only when the labels differ does
 * rdf-isomorphic search (which takes over half a minute on the shapes' thousands of look-alike
 * blank nodes).
 */
export async function sameGraph(a: readonly Quad[], b: readonly Quad[]): Promise<boolean> {
  if ((await serializeRdf(a, "nquads")) === (await serializeRdf(b, "nquads"))) return true;
  return isomorphic([...a], [...b]);
}
