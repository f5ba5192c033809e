/**
 * Cold command-line latency: whole-process wall time of `pactgraph query <name>` (on its default
 * path and with `--engine comunica`), of the stock
 * Comunica CLI (`comunica-sparql-file <file> -f <query>`) on the same file and query text, and of
 * `node -e 0`, the floor of any Node CLI. The commands take turns, so machine noise hits all alike.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SuiteQuery } from "./query-runner.js";
import { median } from "./stats.js";

export interface CliTiming {
  readonly name: "pactgraph" | "pactgraph-comunica" | "comunica" | "node";
  readonly command: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly times: readonly number[];
  /** Result rows printed (bindings queries), to check both CLIs answered alike. */
  readonly rows?: number;
}

export interface CliReport {
  readonly query: string;
  readonly dataFile: string;
  readonly runs: number;
  readonly timings: readonly CliTiming[];
}

export interface CliOptions {
  readonly root: string;
  readonly query: SuiteQuery;
  /** The graph both CLIs query (relative to root). */
  readonly dataFile: string;
  readonly outDir: string;
  readonly runs: number;
}

/** Times the four commands `runs` times each after one warm-up round. */
export function timeColdCli(options: CliOptions): CliReport {
  const { root, query, dataFile } = options;
  mkdirSync(options.outDir, { recursive: true });
  const queryFile = join(options.outDir, `${query.name}.rq`);
  writeFileSync(queryFile, query.text);
  const params = Object.entries(query.params).flatMap(([k, v]) => ["--param", `${k}=${v}`]);
  const comunica = realpathSync(join(root, "node_modules", ".bin", "comunica-sparql-file"));
  const commands = [
    { name: "pactgraph", argv: [join(root, "bin", "pactgraph.js"), "query", query.name, "--data", dataFile, ...params], shown: `pactgraph query ${query.name} --data ${dataFile}` },
    { name: "pactgraph-comunica", argv: [join(root, "bin", "pactgraph.js"), "query", query.name, "--data", dataFile, "--engine", "comunica", ...params], shown: `pactgraph query ${query.name} --data ${dataFile} --engine comunica` },
    { name: "comunica", argv: [comunica, dataFile, "-f", queryFile], shown: `comunica-sparql-file ${dataFile} -f ${query.name}.rq` },
    { name: "node", argv: ["-e", "0"], shown: "node -e 0" },
  ] as const;
  const times = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  const rows = new Map<string, number>();
  for (let round = 0; round <= options.runs; round++) {
    for (const command of commands) {
      const start = performance.now();
      const result = spawnSync(process.execPath, command.argv, { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
      const elapsed = performance.now() - start;
      if (result.status !== 0) {
        throw new Error(`${command.shown} exited with ${result.status}: ${result.stderr.slice(0, 500)}`);
      }
      if (round === 0) {
        const counted = countRows(command.name, result.stdout);
        if (counted !== undefined) rows.set(command.name, counted);
        continue; // the warm-up round fills the file cache and is not timed
      }
      times.get(command.name)?.push(elapsed);
    }
  }
  return {
    query: query.name,
    dataFile,
    runs: options.runs,
    timings: commands.map((c) => {
      const list = times.get(c.name) ?? [];
      const counted = rows.get(c.name);
      return { name: c.name, command: c.shown, medianMs: median(list), minMs: Math.min(...list), times: list, ...(counted === undefined ? {} : { rows: counted }) };
    }),
  };
}

/** Rows in pactgraph's TSV (header line first) or Comunica's JSON array of bindings. */
function countRows(name: string, stdout: string): number | undefined {
  if (name === "pactgraph" || name === "pactgraph-comunica") return stdout.split("\n").filter((line) => line !== "").length - 1;
  if (name === "comunica") {
    const parsed: unknown = JSON.parse(stdout);
    return Array.isArray(parsed) ? parsed.length : undefined;
  }
  return undefined;
}
