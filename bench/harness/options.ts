/** Command-line options of `npm run bench`. */
import { parseArgs } from "node:util";
import type { PeerName } from "./query-runner.js";

/** The engines compared with pactgraph's default path and Oxigraph, side by side. */
export const PEERS: readonly PeerName[] = ["pactgraph-comunica", "comunica", "jena"];

export interface BenchOptions {
  /** Sizes to run: "seed" (the committed seed graph) or a triple count. */
  readonly sizes: readonly SizeSpec[];
  readonly seed: number;
  readonly quick: boolean;
  readonly timeoutMs: number;
  readonly cliRuns: number;
  readonly cliQuery: string;
  readonly skipCli: boolean;
  /** Timed runs of each cold authoring-loop command, and edits timed in watch mode. */
  readonly authoringRuns: number;
  readonly skipAuthoring: boolean;
  /** Only these saved queries (all when empty). */
  readonly queries: readonly string[];
  /** The peers to run, and the largest size (in triples) they run on. */
  readonly peers: readonly PeerName[];
  readonly peersMaxTriples: number;
  readonly outDir: string;
  readonly resultsDir: string;
  readonly profile: boolean;
  /** Only re-render RESULTS.md from an existing results.json. */
  readonly renderOnly: boolean;
  readonly help: boolean;
}

export interface SizeSpec {
  readonly name: string;
  /** Target triples; undefined for the seed graph. */
  readonly triples?: number;
}

export const USAGE = `Usage: npm run bench -- [options]

Generates synthetic graphs through the DSL and measures writing, loading, memory, every saved
query (pactgraph's default path against Oxigraph, answers compared) and cold CLI latency.
Writes bench/RESULTS.md and bench/results.json.

Options:
  --sizes <list>      sizes to run, e.g. seed,10k,100k,1m, or none (default: all four)
  --quick             a fast partial run: seed and 10k unless --sizes is given, fewer repeats
  --seed <n>          generator seed (default 1)
  --timeout <s>       per-run query timeout in seconds (default 60)
  --queries <list>    only these saved queries
  --peers <list>      engines to compare side by side, or none (default: pactgraph-comunica,comunica,jena)
  --peers-max <size>  run the peers on sizes up to this one only (default: every size)
  --cli-runs <n>      timed runs per cold CLI command (default 20, quick 10)
  --cli-query <name>  saved query for the cold CLI comparison (default defence-obligations)
  --skip-cli          skip the cold CLI comparison
  --authoring-runs <n> timed runs of cold build/validate, and watched edits (default 10, quick 5)
  --skip-authoring    skip the authoring loop (cold build and validate, build --watch)
  --profile           write worker CPU profiles (node --cpu-prof) to <out-dir>/<size>/profiles
  --out-dir <dir>     generated graphs, answers and profiles (default bench/out)
  --results-dir <dir> where RESULTS.md and results.json go (default bench)
  --render-only       measure nothing: re-render RESULTS.md from results.json

Examples:
  npm run bench
  npm run bench -- --quick
  npm run bench -- --sizes 10k,100k --queries timeline,defence-obligations
  npm run bench -- --sizes 1m --timeout 60 --skip-cli --profile
  npm run bench -- --sizes none --skip-cli --results-dir /tmp/authoring   # the authoring loop alone`;

/** "10k" → 10 000, "1m" → 1 000 000, "2500" → 2 500, "seed" → the seed graph. */
export function parseSize(text: string): SizeSpec {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "seed") return { name: "seed" };
  const match = /^(\d+(?:\.\d+)?)([km]?)$/.exec(trimmed);
  if (!match) throw new Error(`--sizes: "${text}" is not a size (use seed, 10k, 100k, 1m or a number of triples)`);
  const factor = match[2] === "k" ? 1e3 : match[2] === "m" ? 1e6 : 1;
  const triples = Math.round(Number(match[1]) * factor);
  if (triples < 500) throw new Error(`--sizes: ${text} is too small; the generator needs at least 500 triples`);
  return { name: trimmed, triples };
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} takes a positive number, got "${value}"`);
  return n;
}

function parsePeers(text: string | undefined): PeerName[] {
  if (text === undefined) return [...PEERS];
  if (text.trim() === "none") return [];
  const names = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
  const unknown = names.filter((n) => !(PEERS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new Error(`--peers: unknown engine ${unknown.join(", ")} (use ${PEERS.join(", ")} or none)`);
  return names as PeerName[];
}

/** Parses `argv` (without node and script). Throws with a message on bad usage. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: "string" },
      quick: { type: "boolean", default: false },
      seed: { type: "string" },
      timeout: { type: "string" },
      queries: { type: "string" },
      peers: { type: "string" },
      "peers-max": { type: "string" },
      "cli-runs": { type: "string" },
      "cli-query": { type: "string" },
      "skip-cli": { type: "boolean", default: false },
      "authoring-runs": { type: "string" },
      "skip-authoring": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      "out-dir": { type: "string" },
      "results-dir": { type: "string" },
      "render-only": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const quick = values.quick === true;
  const sizeList = values.sizes ?? (quick ? "seed,10k" : "seed,10k,100k,1m");
  const sizes = sizeList.trim() === "none" ? [] : sizeList.split(",").filter((s) => s.trim() !== "").map(parseSize);
  return {
    sizes,
    seed: positive("seed", values.seed, 1),
    quick,
    timeoutMs: positive("timeout", values.timeout, 60) * 1000,
    cliRuns: Math.max(1, Math.round(positive("cli-runs", values["cli-runs"], quick ? 10 : 20))),
    cliQuery: values["cli-query"] ?? "defence-obligations",
    skipCli: values["skip-cli"] === true,
    authoringRuns: Math.max(1, Math.round(positive("authoring-runs", values["authoring-runs"], quick ? 5 : 10))),
    skipAuthoring: values["skip-authoring"] === true,
    queries: (values.queries ?? "").split(",").map((q) => q.trim()).filter((q) => q !== ""),
    peers: parsePeers(values.peers),
    peersMaxTriples: values["peers-max"] === undefined ? Number.POSITIVE_INFINITY : (parseSize(values["peers-max"]).triples ?? 0),
    outDir: values["out-dir"] ?? "bench/out",
    resultsDir: values["results-dir"] ?? "bench",
    profile: values.profile === true,
    renderOnly: values["render-only"] === true,
    help: values.help === true,
  };
}
