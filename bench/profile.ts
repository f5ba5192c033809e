/**
 * Where the time goes: runs one saved query on one graph under `node --cpu-prof`, or summarises a
 * .cpuprofile as self time per function and per package.
 *
 *   node --cpu-prof --cpu-prof-dir=bench/out/profiles --import tsx bench/profile.ts run <graph.ttl> <query> [key=value…] [--seconds 60]
 *   tsx bench/profile.ts summary <file.cpuprofile> [--top 25]
 *
 * `run` loads the graph with loadLocalSource, runs the query once to warm up and once more, and exits
 * after --seconds at the latest (process.exit, so the profile is still written).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findSavedQuery, loadLocalSource, runSavedQuery, resultSize } from "../src/query/index.js";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The package a profiled function belongs to: an npm package, a pactgraph folder, or a V8 pseudo-frame. */
export function packageOf(url: string, functionName: string): string {
  if (url === "") return functionName.startsWith("(") ? functionName : "(native)";
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (npm) return npm[1] as string;
  const own = /\/(src|bench)\/([^/]+)\//.exec(url);
  if (own) return `pactgraph ${own[1]}/${own[2]}`;
  return url.startsWith("node:") ? "node internals" : url;
}

/** Self time (ms) per function and per package, largest first. */
export function summarise(profile: CpuProfile): { total: number; functions: [string, number][]; packages: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    total += ms;
    const where = frame.url ? `${frame.url.replace(/^file:\/\//, "").replace(ROOT, "")}:${frame.lineNumber + 1}` : "";
    const name = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + ms);
    const pkg = packageOf(frame.url, frame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, functions: sorted(functions), packages: sorted(packages) };
}

async function run(args: readonly string[]): Promise<void> {
  const [file, name, ...rest] = args;
  if (!file || !name) throw new Error("usage: profile.ts run <graph.ttl> <query> [key=value…] [--seconds 60]");
  const secondsAt = rest.indexOf("--seconds");
  const seconds = secondsAt >= 0 ? Number(rest[secondsAt + 1]) : 60;
  const params = new Map(rest.filter((a, i) => a.includes("=") && i !== secondsAt + 1).map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] as [string, string]));
  setTimeout(() => {
    process.stderr.write(`stopped after ${seconds} s\n`);
    process.exit(124);
  }, seconds * 1000).unref();
  let start = performance.now();
  const { source, quads } = await loadLocalSource([file]);
  process.stderr.write(`loaded ${quads} triples in ${Math.round(performance.now() - start)} ms\n`);
  const query = await findSavedQuery(join(ROOT, "queries"), name);
  for (const label of ["warm-up", "run"]) {
    start = performance.now();
    const result = await runSavedQuery(query, source, { params });
    process.stderr.write(`${label}: ${resultSize(result)} results in ${Math.round(performance.now() - start)} ms\n`);
  }
}

function summary(args: readonly string[]): void {
  const [file] = args;
  if (!file) throw new Error("usage: profile.ts summary <file.cpuprofile> [--top 25]");
  const topAt = args.indexOf("--top");
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const { total, functions, packages } = summarise(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const line = ([name, ms]: [string, number]) => `${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`;
  process.stdout.write(`total sampled: ${total.toFixed(0)} ms\n\nself time by package:\n${packages.slice(0, top).map(line).join("\n")}\n\n`);
  process.stdout.write(`self time by function:\n${functions.slice(0, top).map(line).join("\n")}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  const done = command === "run" ? run(args) : command === "summary" ? Promise.resolve(summary(args)) : Promise.reject(new Error("usage: profile.ts run|summary …"));
  done.catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
