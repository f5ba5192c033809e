/**
 * Apache Jena ARQ as a peer: Debian's libapache-jena-java through scripts/jena.sh (`arq.sparql`),
 * one JVM per query, since ARQ's command line loads the data for every query it runs. A run of
 * `ASK {}` over the same file measures what every query pays first (JVM start and loading the
 * file); a query's time is its whole process minus that baseline, its answer compared like any
 * other engine's. A query past the timeout is killed and reported as a timeout.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Parser } from "n3";
import { canonicalLines, queryShape, type EngineAnswer, type TermLike } from "./canonical.js";
import type { EngineRun, QueryTiming, SuiteQuery } from "./query-runner.js";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

export interface JenaOptions {
  readonly root: string;
  readonly file: string;
  readonly answersDir: string;
  readonly timeoutMs: number;
  readonly onQuery?: (name: string, timing: QueryTiming) => void;
}

/** True when Debian's Jena jars and a JVM are installed. */
export function jenaAvailable(): boolean {
  return existsSync("/usr/share/java/jena-arq.jar") && spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0;
}

interface JenaTerm {
  readonly type: string;
  readonly value: string;
  readonly "xml:lang"?: string;
  readonly datatype?: string;
}

function term(json: JenaTerm): TermLike {
  if (json.type === "uri") return { termType: "NamedNode", value: json.value };
  if (json.type === "bnode") return { termType: "BlankNode", value: json.value };
  const language = json["xml:lang"];
  if (language) return { termType: "Literal", value: json.value, language, datatype: { value: RDF_LANG_STRING } };
  return { termType: "Literal", value: json.value, datatype: { value: json.datatype ?? XSD_STRING } };
}

function answerOf(stdout: string, form: string): EngineAnswer {
  if (form === "CONSTRUCT" || form === "DESCRIBE") return { kind: "graph", quads: new Parser({ format: "N-Triples" }).parse(stdout) };
  const json = JSON.parse(stdout) as { boolean?: boolean; results?: { bindings: Record<string, JenaTerm>[] } };
  if (typeof json.boolean === "boolean") return { kind: "boolean", value: json.boolean };
  return { kind: "bindings", rows: (json.results?.bindings ?? []).map((row) => new Map(Object.entries(row).map(([name, value]) => [name, term(value)]))) };
}

function runJena(options: JenaOptions, queryFile: string, form: string): { ms: number; status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const results = form === "CONSTRUCT" || form === "DESCRIBE" ? "NT" : "JSON";
  const start = performance.now();
  const child = spawnSync(join(options.root, "scripts", "jena.sh"), ["sparql", "--data", options.file, "--query", queryFile, `--results=${results}`], {
    encoding: "utf8",
    timeout: options.timeoutMs,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, JENA_CACHE_DIR: join(options.answersDir, "..", "jena-cache") },
  });
  const ms = performance.now() - start;
  return { ms, status: child.status, stdout: child.stdout ?? "", stderr: child.stderr ?? "", timedOut: child.error !== undefined && "code" in child.error && child.error.code === "ETIMEDOUT" };
}

/** Times every query of `suite` on Jena ARQ. */
export async function runJenaSuite(suite: readonly SuiteQuery[], options: JenaOptions): Promise<EngineRun> {
  const dir = join(options.answersDir, "jena");
  await mkdir(dir, { recursive: true });
  const baselineFile = join(dir, "baseline.rq");
  await writeFile(baselineFile, "ASK {}\n");
  runJena(options, baselineFile, "ASK"); // writes the class-data-sharing archive; not timed
  const baselines = [runJena(options, baselineFile, "ASK"), runJena(options, baselineFile, "ASK")].map((r) => r.ms).sort((a, b) => a - b);
  const baselineMs = baselines[0] ?? 0;
  const queries = new Map<string, QueryTiming>();
  for (const query of suite) {
    const queryFile = join(dir, `${query.name}.rq`);
    const answerFile = join(dir, `${query.name}.txt`);
    await writeFile(queryFile, query.text);
    const shape = queryShape(query.text);
    const run = runJena(options, queryFile, shape.form);
    let timing: QueryTiming;
    if (run.timedOut) timing = { status: "timeout", times: [], message: `no answer within ${Math.round(options.timeoutMs / 1000)} s (JVM start and load included)`, answerFile };
    else if (run.status !== 0) timing = { status: "error", times: [], message: run.stderr.split("\n").find((l) => l.trim() !== "")?.slice(0, 200) ?? `exit ${run.status}`, answerFile };
    else {
      const answer = answerOf(run.stdout, shape.form);
      const lines = canonicalLines(answer, shape);
      await mkdir(dirname(answerFile), { recursive: true });
      await writeFile(answerFile, lines.length > 0 ? `${lines.join("\n")}\n` : "");
      const queryMs = Math.max(0, run.ms - baselineMs);
      const results = answer.kind === "bindings" ? answer.rows.length : answer.kind === "graph" ? answer.quads.length : 1;
      timing = { status: "ok", medianMs: queryMs, times: [queryMs], results, answerFile, coldOnly: true };
    }
    queries.set(query.name, timing);
    options.onQuery?.(query.name, timing);
  }
  return { engine: "jena", loadMs: baselineMs, engineInitMs: 0, triples: Number.NaN, loadRssMb: 0, peakRssMb: 0, queries };
}
