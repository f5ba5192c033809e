/**
 * The authoring loop on the seed. Cold `pactgraph build` and `pactgraph validate` (whole-process
 * wall time, a new process each run) in this repository and in a user's project: a copy of the
 * seed's DSL modules, importing "pactgraph", in a folder outside the repository. Then
 * `build --watch` in that project: the time from saving a one-module edit (a label in one of the
 * seed's helper modules) to the line that reports it. `node -e 0` is the floor of any Node CLI.
 * A cold build reuses the last bundle when no module changed (src/build/bundle-cache.ts); the
 * build with the cache emptied first is what the first build after an edit costs.
 * The cold commands take turns, so machine noise hits all alike; the first round is not timed.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { median } from "./stats.js";

export interface AuthoringTiming {
  readonly name: "node" | "repo-build" | "repo-validate" | "project-build" | "project-build-uncached" | "project-validate";
  readonly command: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly times: readonly number[];
}

export interface WatchTiming {
  readonly edits: number;
  readonly medianMs: number;
  readonly maxMs: number;
  readonly times: readonly number[];
}

export interface AuthoringReport {
  readonly runs: number;
  readonly timings: readonly AuthoringTiming[];
  readonly watch: WatchTiming;
}

export interface AuthoringOptions {
  readonly root: string;
  readonly runs: number;
  readonly edits: number;
}

const EDITED = join("data", "turkey-security-alliances", "outlook.ts");
const LABEL = "Regional tensions are rising";

/** Copies the seed's modules into a project of their own, importing the library as users do. */
function userProject(root: string): string {
  const project = mkdtempSync(join(tmpdir(), "pactgraph-authoring-"));
  writeFileSync(join(project, "pactgraph.config.json"), "{}\n");
  cpSync(join(root, "data"), join(project, "data"), { recursive: true, filter: (path) => !/\.(ttl|trig)$/.test(path) || path.includes("/links/") });
  const rewrite = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) rewrite(path);
      else if (entry.name.endsWith(".ts")) writeFileSync(path, readFileSync(path, "utf8").replace(/"(\.\.\/)+src\/index\.js"/g, '"pactgraph"'));
    }
  };
  rewrite(join(project, "data"));
  return project;
}

/** Times the cold commands `runs` times each after one warm-up round, then the watch loop. */
export async function timeAuthoringLoop(options: AuthoringOptions): Promise<AuthoringReport> {
  const cli = join(options.root, "bin", "pactgraph.js");
  const project = userProject(options.root);
  const commands = [
    { name: "node", argv: ["-e", "0"], cwd: options.root, shown: "node -e 0" },
    { name: "repo-build", argv: [cli, "build"], cwd: options.root, shown: "pactgraph build (this repository)" },
    { name: "repo-validate", argv: [cli, "validate"], cwd: options.root, shown: "pactgraph validate (this repository)" },
    { name: "project-build", argv: [cli, "build"], cwd: project, shown: "pactgraph build (a user's project)" },
    // The first build after a change, or in a fresh clone: the bundle cache is empty and esbuild runs.
    { name: "project-build-uncached", argv: [cli, "build"], cwd: project, shown: "pactgraph build (a user's project, bundle cache emptied)", before: () => rmSync(join(project, ".cache", "pactgraph", "modules", "bundle-cache.json"), { force: true }) },
    { name: "project-validate", argv: [cli, "validate"], cwd: project, shown: "pactgraph validate (a user's project)" },
  ] as const;
  const times = new Map<string, number[]>(commands.map((c) => [c.name, []]));
  let watch: WatchTiming;
  try {
    for (let round = 0; round <= options.runs; round++) {
      for (const command of commands) {
        if ("before" in command) command.before();
        const start = performance.now();
        const result = spawnSync(process.execPath, command.argv, { cwd: command.cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
        const elapsed = performance.now() - start;
        if (result.status !== 0) throw new Error(`${command.shown} exited with ${result.status}: ${result.stderr.slice(0, 500)}`);
        if (round > 0) times.get(command.name)?.push(elapsed);
      }
    }
    watch = await timeWatch(cli, project, options.edits);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  return {
    runs: options.runs,
    timings: commands.map((c) => {
      const list = times.get(c.name) ?? [];
      return { name: c.name, command: c.shown, medianMs: median(list), minMs: Math.min(...list), times: list };
    }),
    watch,
  };
}

/** `build --watch` in the project: from writing an edited module to the line that reports its build. */
async function timeWatch(cli: string, project: string, edits: number): Promise<WatchTiming> {
  const child = spawn(process.execPath, [cli, "build", "--watch"], { cwd: project, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let waiting: ((line: string) => void) | undefined;
  const onLine = (line: string) => {
    const take = waiting;
    waiting = undefined; // a line that is not a report sets it again
    if (take) take(line);
    else lines.push(line);
  };
  createInterface({ input: child.stdout }).on("line", onLine);
  createInterface({ input: child.stderr }).on("line", onLine);
  const nextReport = (ms: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`build --watch said nothing for ${ms} ms`)), ms);
      const take = (line: string) => {
        if (/module\(s\) run|^pactgraph:/.test(line)) {
          clearTimeout(timer);
          resolve(line);
        } else waiting = take;
      };
      const queued = lines.shift();
      if (queued !== undefined) take(queued);
      else waiting = take;
    });
  const quiet = () => new Promise((resolve) => setTimeout(resolve, 400));
  try {
    await nextReport(30_000); // the first build
    const file = join(project, EDITED);
    const original = readFileSync(file, "utf8");
    if (!original.includes(`"${LABEL}"`)) throw new Error(`${EDITED} no longer holds the label "${LABEL}" the watch benchmark edits`);
    const times: number[] = [];
    for (let edit = 1; edit <= edits; edit++) {
      await quiet();
      lines.length = 0;
      const start = performance.now();
      writeFileSync(file, original.replace(`"${LABEL}"`, `"${LABEL} (${edit})"`));
      const line = await nextReport(10_000);
      times.push(performance.now() - start);
      if (!line.startsWith("written")) throw new Error(`the edit was not built: ${line}`);
    }
    return { edits, medianMs: median(times), maxMs: Math.max(...times), times };
  } finally {
    // Wait for it to stop, so that the project can be removed after.
    const exited = new Promise((resolve) => child.once("close", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

/** The authoring-loop targets: cold build ≤ 0.35 s, cold validate ≤ 0.45 s, watch < 150 ms. */
export function judgeAuthoring(report: AuthoringReport | undefined): { target: string; measured: string; met: boolean | "not measured" }[] {
  const timing = (name: AuthoringTiming["name"]) => report?.timings.find((t) => t.name === name);
  const cold = (what: "build" | "validate", limitMs: number) => {
    const target = `cold \`pactgraph ${what}\` of the seed ≤ ${limitMs / 1000} s (median)`;
    const [project, repo, node] = [timing(`project-${what}`), timing(`repo-${what}`), timing("node")];
    if (!project || !repo || !node) return { target, measured: "–", met: "not measured" as const };
    return { target, measured: `${Math.round(project.medianMs)} ms in a user's project, ${Math.round(repo.medianMs)} ms in this repository (\`node -e 0\`: ${Math.round(node.medianMs)} ms)`, met: Math.max(project.medianMs, repo.medianMs) <= limitMs };
  };
  const watchTarget = "`build --watch`: a one-module edit of the seed reported < 150 ms after the save (median)";
  return [
    cold("build", 350),
    cold("validate", 450),
    report ? { target: watchTarget, measured: `median ${Math.round(report.watch.medianMs)} ms, slowest ${Math.round(report.watch.maxMs)} ms over ${report.watch.edits} edits`, met: report.watch.medianMs < 150 } : { target: watchTarget, measured: "–", met: "not measured" },
  ];
}
