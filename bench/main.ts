/**
 * `npm run bench`: for each size, generate a graph through the DSL and time writing it, then load
 * it and time every saved query on pactgraph's default path and on Oxigraph (answers compared),
 * and time the cold CLI against Comunica's. Writes RESULTS.md and results.json; see --help.
 */
import { mkdir, readFile, rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listSavedQueries, prepareSavedQuery, type SavedQuery } from "../src/query/index.js";
import { writeFileAtomically } from "../src/io/index.js";
import { compareLines, queryShape } from "./harness/canonical.js";
import { Worker } from "./harness/child.js";
import { judgeAuthoring, timeAuthoringLoop } from "./harness/authoring-loop.js";
import { timeColdCli } from "./harness/cli-latency.js";
import { describeMachine } from "./harness/machine.js";
import type { WriteReport } from "./harness/messages.js";
import { parseBenchOptions, USAGE, type BenchOptions, type SizeSpec } from "./harness/options.js";
import { jenaAvailable, runJenaSuite } from "./harness/jena-runner.js";
import { runSuite, type EngineRun, type SuiteQuery } from "./harness/query-runner.js";
import { renderMarkdown } from "./harness/markdown.js";
import { judgeTargets, queryRow, suiteTotals, tidyTiming, writeResult, type BenchResults, type PeerResult, type SizeResult } from "./harness/results.js";
import { ms, round } from "./harness/stats.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED_FILE = "data/turkey-security-alliances.ttl";
const WRITE_WORKER = fileURLToPath(new URL("./harness/write-worker.ts", import.meta.url));

const progress = (line: string) => {
  if (process.stderr.isTTY) process.stderr.write(`${line}\n`);
};

/** Binds each saved query's parameters for a graph (defaults unless the graph names its own). */
function prepareSuite(saved: readonly SavedQuery[], params: Readonly<Record<string, Readonly<Record<string, string>>>>): SuiteQuery[] {
  return saved.map((query) => {
    const bound = params[query.name] ?? {};
    return { name: query.name, params: bound, text: prepareSavedQuery(query, { params: new Map(Object.entries(bound)) }).text };
  });
}

async function writePhase(size: SizeSpec, options: BenchOptions, outDir: string): Promise<WriteReport> {
  const repeats = options.quick ? 1 : 3;
  const worker = new Worker<never, WriteReport>(WRITE_WORKER, [String(size.triples), String(options.seed), outDir, String(repeats)], {
    ...(options.profile ? { cpuProfileDir: join(outDir, "profiles") } : {}),
  });
  const outcome = await worker.next(30 * 60_000);
  if (outcome.kind !== "message") {
    worker.kill();
    throw new Error(`generating ${size.name} failed (${outcome.kind === "exit" ? `worker exited with ${outcome.code}` : "timeout"})`);
  }
  return outcome.message;
}

async function measureSize(size: SizeSpec, saved: readonly SavedQuery[], options: BenchOptions): Promise<SizeResult> {
  const outDir = join(options.outDir, size.name);
  let file = join(ROOT, SEED_FILE);
  let params: WriteReport["params"] = {};
  let write: WriteReport | undefined;
  if (size.triples !== undefined) {
    progress(`[${size.name}] generating ~${size.triples} triples through the DSL…`);
    write = await writePhase(size, options, outDir);
    file = write.turtleFile;
    params = write.params;
    progress(`[${size.name}] ${write.triples} quads; pretty Turtle ${ms(write.prettyMs)} ms, n3 Writer ${ms(write.n3WriterMs)} ms`);
  }
  const suite = prepareSuite(saved, params);
  const answersDir = join(outDir, "answers");
  await rm(answersDir, { recursive: true, force: true });
  const policy = options.quick ? { minRuns: 1, maxRuns: 3, budgetMs: 1000 } : { minRuns: 3, maxRuns: 9, budgetMs: 5000 };
  const runs: EngineRun[] = [];
  for (const engine of ["pactgraph", "oxigraph"] as const) {
    progress(`[${size.name}] loading into ${engine} and running ${suite.length} queries…`);
    runs.push(
      await runSuite(engine, suite, {
        files: [file], queriesDir: join(ROOT, "queries"), answersDir, policy, timeoutMs: options.timeoutMs,
        ...(options.profile ? { worker: { cpuProfileDir: join(outDir, "profiles") } } : {}),
        onQuery: (e, name, t) => progress(`  ${e} ${name}: ${t.status === "ok" ? `${ms(t.medianMs)} ms, ${t.results} results` : t.status}`),
      }),
    );
  }
  const [pactgraph, oxigraph] = runs as [EngineRun, EngineRun];
  const lines = async (f: string) => (await readFile(f, "utf8")).split("\n").filter((l) => l !== "");
  const compare = async (query: SuiteQuery, run: EngineRun) => {
    const a = run.queries.get(query.name);
    const b = oxigraph.queries.get(query.name);
    return a?.status === "ok" && b?.status === "ok" ? compareLines(await lines(a.answerFile), await lines(b.answerFile), queryShape(query.text)) : undefined;
  };
  const rows = [];
  for (const query of suite) rows.push(queryRow(query.name, query.params, runs, await compare(query, pactgraph), ROOT));
  const peers: PeerResult[] = [];
  for (const engine of options.peers) {
    if (engine === "jena" && !jenaAvailable()) {
      progress(`[${size.name}] Jena ARQ is not installed (libapache-jena-java and a JRE): skipped`);
      continue;
    }
    if ((size.triples ?? 0) > options.peersMaxTriples) continue;
    progress(`[${size.name}] ${engine}: loading and running ${suite.length} queries…`);
    const onQuery = (name: string, t: { status: string; medianMs?: number; results?: number }) => progress(`  ${engine} ${name}: ${t.status === "ok" ? `${ms(t.medianMs)} ms, ${t.results} results` : t.status}`);
    const run =
      engine === "jena"
        ? await runJenaSuite(suite, { root: ROOT, file, answersDir, timeoutMs: options.timeoutMs, onQuery })
        : await runSuite(engine, suite, { files: [file], queriesDir: join(ROOT, "queries"), answersDir, policy, timeoutMs: options.timeoutMs, onQuery: (_e, name, t) => onQuery(name, t) });
    const queries: Record<string, PeerResult["queries"][string]> = {};
    for (const query of suite) {
      const verdict = await compare(query, run);
      queries[query.name] = { timing: tidyTiming(run.queries.get(query.name), ROOT), answers: verdict?.verdict ?? "not compared", ...(verdict?.detail ? { detail: verdict.detail } : {}) };
    }
    peers.push({ engine, loadMs: round(run.loadMs), peakRssMb: run.peakRssMb, queries });
  }
  if (write && pactgraph.triples !== oxigraph.triples) throw new Error(`${size.name}: pactgraph loaded ${pactgraph.triples} triples, Oxigraph ${oxigraph.triples}`);
  const summary = (r: EngineRun) => ({ loadMs: round(r.loadMs), engineInitMs: round(r.engineInitMs), loadRssMb: r.loadRssMb, peakRssMb: r.peakRssMb });
  return {
    name: size.name,
    ...(size.triples !== undefined ? { targetTriples: size.triples } : {}),
    triples: pactgraph.triples,
    file: relative(ROOT, file),
    ...(write ? { write: writeResult(write) } : {}),
    pactgraph: summary(pactgraph),
    oxigraph: summary(oxigraph),
    queries: rows,
    peers,
    totals: suiteTotals(rows, options.timeoutMs),
  };
}

async function writeResults(options: BenchOptions, results: BenchResults): Promise<void> {
  await mkdir(options.resultsDir, { recursive: true });
  await writeFileAtomically(join(options.resultsDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await writeFileAtomically(join(options.resultsDir, "RESULTS.md"), renderMarkdown(results));
}

/** Runs the benchmark; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(argv);
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  options = { ...options, outDir: resolve(options.outDir), resultsDir: resolve(options.resultsDir) };
  if (options.renderOnly) {
    const results = JSON.parse(await readFile(join(options.resultsDir, "results.json"), "utf8")) as BenchResults;
    await writeFileAtomically(join(options.resultsDir, "RESULTS.md"), renderMarkdown(results));
    return 0;
  }
  const started = performance.now();
  const machine = describeMachine();
  const all = await listSavedQueries(join(ROOT, "queries"));
  const unknown = options.queries.filter((q) => !all.some((s) => s.name === q));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no saved query named ${unknown.join(", ")} (see \`pactgraph queries\`)\n`);
    return 2;
  }
  const saved = options.queries.length > 0 ? all.filter((q) => options.queries.includes(q.name)) : all;
  const config = {
    seed: options.seed, sizes: options.sizes.map((s) => s.name), quick: options.quick, timeoutS: options.timeoutMs / 1000,
    queries: saved.length, cliRuns: options.skipCli ? 0 : options.cliRuns, authoringRuns: options.skipAuthoring ? 0 : options.authoringRuns,
  };
  const notes: string[] = [];
  if (machine.loadAverage[0] !== undefined && machine.loadAverage[0] > machine.cores * 0.75) {
    notes.push(`The machine was busy when the run started (1-minute load ${machine.loadAverage[0]} on ${machine.cores} cores): timings are noisy.`);
  }
  const sizes: SizeResult[] = [];
  let cli: BenchResults["cli"];
  let authoring: BenchResults["authoring"];
  const snapshot = (): BenchResults => ({
    machine, elapsedS: Math.round((performance.now() - started) / 1000), config, sizes, ...(cli ? { cli } : {}), ...(authoring ? { authoring } : {}),
    targets: [...judgeTargets(sizes, cli, options.timeoutMs), ...judgeAuthoring(authoring)], notes,
  });

  if (!options.skipCli) {
    const query = all.find((q) => q.name === options.cliQuery);
    if (!query) throw new Error(`--cli-query: no saved query named ${options.cliQuery}`);
    progress(`cold CLI: ${options.cliRuns} runs each of pactgraph, comunica-sparql-file and node -e 0…`);
    const report = timeColdCli({ root: ROOT, query: prepareSuite([query], {})[0]!, dataFile: SEED_FILE, outDir: join(options.outDir, "cli"), runs: options.cliRuns });
    const median = (name: string) => report.timings.find((t) => t.name === name)?.medianMs ?? Number.NaN;
    cli = { ...report, ratioToComunica: median("pactgraph") / median("comunica") };
    const counted = report.timings.filter((t) => t.rows !== undefined);
    if (new Set(counted.map((t) => t.rows)).size > 1) notes.push(`The CLIs printed different row counts for ${report.query}: ${counted.map((t) => `${t.name} ${t.rows}`).join(", ")}.`);
    await writeResults(options, snapshot());
  }
  if (!options.skipAuthoring) {
    progress(`authoring loop: ${options.authoringRuns} cold runs each of build and validate, ${options.authoringRuns} watched edits…`);
    authoring = await timeAuthoringLoop({ root: ROOT, runs: options.authoringRuns, edits: options.authoringRuns });
    await writeResults(options, snapshot());
  }
  for (const size of options.sizes) {
    sizes.push(await measureSize(size, saved, options));
    await writeResults(options, snapshot()); // partial results survive an interrupted run
  }
  const results = snapshot();
  await writeResults(options, results);
  const verdicts = { true: "met    ", false: "MISSED ", partly: "partly ", "not measured": "n/a    " } as const;
  for (const t of results.targets) process.stdout.write(`${verdicts[String(t.met) as keyof typeof verdicts]} ${t.target}: ${t.measured}\n`);
  process.stdout.write(`wrote ${relative(ROOT, join(options.resultsDir, "RESULTS.md")) || "RESULTS.md"} and results.json\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
