/**
 * The benchmark's results as data (what bench/results.json holds) and the targets they are judged
 * against. Every number is a median in milliseconds unless its name says otherwise.
 */
import type { Verdict } from "./canonical.js";
import type { AuthoringReport } from "./authoring-loop.js";
import type { CliReport } from "./cli-latency.js";
import type { Machine } from "./machine.js";
import type { EngineRun, PeerName, QueryTiming } from "./query-runner.js";
import type { WriteReport } from "./messages.js";
import { round } from "./stats.js";

export interface WriteResult {
  readonly agreements: number;
  readonly documents: number;
  readonly quads: number;
  readonly declareMs: number;
  readonly buildMs: number;
  readonly prettyMs: number;
  readonly n3WriterMs: number;
  readonly repeats: number;
  readonly dslTriplesPerS: number;
  readonly prettyTriplesPerS: number;
  readonly n3TriplesPerS: number;
  /** Declaring, building and pretty-writing together. */
  readonly endToEndTriplesPerS: number;
  /** Pretty Turtle throughput over n3 Writer throughput (target ≥ 0.4). */
  readonly prettyVsN3: number;
  readonly prettyBytes: number;
  readonly n3Bytes: number;
  readonly peakRssMb: number;
}

export interface EngineSummary {
  readonly loadMs: number;
  readonly engineInitMs: number;
  readonly loadRssMb: number;
  readonly peakRssMb: number;
}

export interface QueryRow {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly pactgraph: QueryTiming;
  readonly oxigraph: QueryTiming;
  /** pactgraph median over Oxigraph median. */
  readonly ratio?: number;
  readonly answers: Verdict | "not compared";
  readonly detail?: string;
}

/** One peer engine's run on a size, each query's answer compared with Oxigraph's. */
export interface PeerResult {
  readonly engine: PeerName;
  /** Load time (for Jena: JVM start and load, the `ASK {}` baseline every query pays). */
  readonly loadMs: number;
  readonly peakRssMb: number;
  readonly queries: Readonly<Record<string, { readonly timing: QueryTiming; readonly answers: Verdict | "not compared"; readonly detail?: string }>>;
}

export interface SizeResult {
  readonly name: string;
  readonly targetTriples?: number;
  readonly triples: number;
  readonly file: string;
  readonly write?: WriteResult;
  readonly pactgraph: EngineSummary;
  readonly oxigraph: EngineSummary;
  readonly queries: readonly QueryRow[];
  /** The other engines of the side-by-side comparison (absent in results from before it existed). */
  readonly peers?: readonly PeerResult[];
  readonly totals: {
    readonly pactgraphMs: number;
    readonly oxigraphMs: number;
    readonly ratio: number;
    /** Geometric mean of the per-query ratios (queries both engines answered): the typical query, not the slowest. */
    readonly geometricMeanRatio: number;
    /** True when a pactgraph query timed out that Oxigraph answered: it counts at the timeout, so the total is a lower bound. */
    readonly lowerBound: boolean;
    readonly timeouts: number;
    readonly errors: number;
    readonly allIdentical: boolean;
    /** Queries whose answers differ only by GROUP_CONCAT conventions. */
    readonly concatConventions: number;
  };
}

export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  /** "partly": met on every query both engines answered, but some took longer than the timeout on both. */
  readonly met: boolean | "partly" | "not measured";
}

export interface BenchResults {
  readonly machine: Machine;
  /** Wall time of the whole run so far, in seconds. */
  readonly elapsedS: number;
  readonly config: Readonly<Record<string, unknown>>;
  readonly sizes: readonly SizeResult[];
  readonly cli?: CliReport & { readonly ratioToComunica: number };
  readonly authoring?: AuthoringReport;
  readonly targets: readonly TargetResult[];
  readonly notes: readonly string[];
}

/** Throughputs and ratios of the write phase. */
export function writeResult(report: WriteReport): WriteResult {
  const perSecond = (ms: number) => round((report.triples / ms) * 1000, 0);
  return {
    agreements: report.agreements,
    documents: report.documents,
    quads: report.triples,
    declareMs: round(report.declareMs),
    buildMs: round(report.buildMs),
    prettyMs: round(report.prettyMs),
    n3WriterMs: round(report.n3WriterMs),
    repeats: report.repeats,
    dslTriplesPerS: perSecond(report.declareMs + report.buildMs),
    prettyTriplesPerS: perSecond(report.prettyMs),
    n3TriplesPerS: perSecond(report.n3WriterMs),
    endToEndTriplesPerS: perSecond(report.declareMs + report.buildMs + report.prettyMs),
    prettyVsN3: round(report.n3WriterMs / report.prettyMs, 3),
    prettyBytes: report.prettyBytes,
    n3Bytes: report.n3Bytes,
    peakRssMb: report.rssMb,
  };
}

const ACCEPTED: readonly string[] = ["identical", "identical-ties-reordered"];

/** Totals over the suite: queries both engines answered, plus pactgraph timeouts counted at the timeout. */
export function suiteTotals(rows: readonly QueryRow[], timeoutMs: number): SizeResult["totals"] {
  let pactgraphMs = 0;
  let oxigraphMs = 0;
  let timeouts = 0;
  let errors = 0;
  for (const row of rows) {
    if (row.pactgraph.status === "timeout" || row.oxigraph.status === "timeout") timeouts++;
    if (row.pactgraph.status === "error" || row.oxigraph.status === "error") errors++;
    if (row.oxigraph.status !== "ok") continue;
    oxigraphMs += row.oxigraph.medianMs ?? 0;
    pactgraphMs += row.pactgraph.status === "ok" ? (row.pactgraph.medianMs ?? 0) : timeoutMs;
  }
  const lowerBound = rows.some((r) => r.pactgraph.status === "timeout" && r.oxigraph.status === "ok");
  const ratios = rows.flatMap((r) => (r.ratio !== undefined && r.ratio > 0 ? [r.ratio] : []));
  const geometricMeanRatio = ratios.length === 0 ? Number.NaN : Math.exp(ratios.reduce((sum, x) => sum + Math.log(x), 0) / ratios.length);
  return {
    pactgraphMs: round(pactgraphMs),
    oxigraphMs: round(oxigraphMs),
    ratio: round(pactgraphMs / oxigraphMs, 3),
    geometricMeanRatio: round(geometricMeanRatio, 3),
    lowerBound,
    timeouts,
    errors,
    allIdentical: rows.every((r) => ACCEPTED.includes(r.answers)),
    concatConventions: rows.filter((r) => r.answers === "group-concat-convention").length,
  };
}

/** A query's timing as results.json keeps it: rounded, its answer file relative to `root` ("not run" when missing). */
export function tidyTiming(timing: QueryTiming | undefined, root: string): QueryTiming {
  const t = timing ?? { status: "error", times: [], message: "not run", answerFile: "" };
  return {
    ...t,
    ...(t.medianMs === undefined ? {} : { medianMs: round(t.medianMs, 3) }),
    times: t.times.map((x) => round(x, 3)),
    answerFile: t.answerFile.startsWith(root) ? t.answerFile.slice(root.length) : t.answerFile,
  };
}

/** Builds a size's row for one query from both engines' timings (answer files shown relative to `root`). */
export function queryRow(
  name: string,
  params: Readonly<Record<string, string>>,
  runs: readonly EngineRun[],
  verdict: { verdict: Verdict; detail?: string } | undefined,
  root: string,
): QueryRow {
  const timing = (engine: string): QueryTiming => tidyTiming(runs.find((r) => r.engine === engine)?.queries.get(name), root);
  const pactgraph = timing("pactgraph");
  const oxigraph = timing("oxigraph");
  const ratio = pactgraph.medianMs !== undefined && oxigraph.medianMs !== undefined ? round(pactgraph.medianMs / Math.max(oxigraph.medianMs, 0.001), 3) : undefined;
  return {
    name, params, pactgraph, oxigraph,
    ...(ratio === undefined ? {} : { ratio }),
    answers: verdict?.verdict ?? "not compared",
    ...(verdict?.detail ? { detail: verdict.detail } : {}),
  };
}

/** The suite target on one size: speed and identical answers, with queries too slow for both engines set apart. */
function suiteMet(size: SizeResult): TargetResult["met"] {
  const t = size.totals;
  const bothTimedOut = (q: QueryRow) => q.pactgraph.status === "timeout" && q.oxigraph.status === "timeout";
  const compared = size.queries.filter((q) => !bothTimedOut(q));
  const ok = t.ratio <= 3 && t.errors === 0 && compared.every((q) => ACCEPTED.includes(q.answers));
  if (!ok) return false;
  return compared.length === size.queries.length ? true : "partly";
}

/** A peer's suite total over the queries the default path answered, and how many it did not answer. */
function peerTotal(size: SizeResult, engine: PeerName, timeoutMs: number): { ms: number; timeouts: number; errors: number; different: number } | undefined {
  const peer = size.peers?.find((p) => p.engine === engine);
  if (!peer) return undefined;
  let ms = 0;
  let timeouts = 0;
  let errors = 0;
  let different = 0;
  for (const row of size.queries) {
    if (row.pactgraph.status !== "ok") continue;
    const cell = peer.queries[row.name];
    if (cell?.timing.status === "ok") ms += cell.timing.medianMs ?? 0;
    else {
      ms += timeoutMs;
      if (cell?.timing.status === "timeout") timeouts++;
      else errors++;
    }
    if (cell && cell.answers !== "not compared" && !ACCEPTED.includes(cell.answers)) different++;
  }
  return { ms, timeouts, errors, different };
}

/** The targets of the second performance round (issue 16). */
function roundTwoTargets(sizes: readonly SizeResult[], cli: BenchResults["cli"], timeoutMs: number): TargetResult[] {
  const targets: TargetResult[] = [];
  const cliMedian = (name: string) => cli?.timings.find((t) => t.name === name)?.medianMs;
  const [node, pactgraph, planned, comunica] = [cliMedian("node"), cliMedian("pactgraph"), cliMedian("pactgraph-comunica"), cliMedian("comunica")];
  targets.push(
    node !== undefined && pactgraph !== undefined
      ? { target: "cold `pactgraph query` ≤ 2.5× `node -e 0`", measured: `${round(pactgraph / node, 2)}× (${Math.round(pactgraph)} ms vs ${Math.round(node)} ms)`, met: pactgraph / node <= 2.5 }
      : { target: "cold `pactgraph query` ≤ 2.5× `node -e 0`", measured: "–", met: "not measured" },
  );
  targets.push(
    planned !== undefined && comunica !== undefined
      ? { target: "cold `pactgraph query --engine comunica` ≤ 0.5× comunica-sparql-file", measured: `${round(planned / comunica, 2)}× (${Math.round(planned)} ms vs ${Math.round(comunica)} ms)`, met: planned / comunica <= 0.5 }
      : { target: "cold `pactgraph query --engine comunica` ≤ 0.5× comunica-sparql-file", measured: "–", met: "not measured" },
  );
  for (const [name, limit] of [["100k", 1.3], ["1m", 1.1]] as const) {
    const size = sizes.find((s) => s.name === name);
    const target = `load ≤ ${limit}× plain Oxigraph \`Store.load\` at ${name}`;
    if (!size) targets.push({ target, measured: "–", met: "not measured" });
    else {
      const ratio = size.pactgraph.loadMs / size.oxigraph.loadMs;
      targets.push({ target, measured: `${round(ratio, 2)}× (${Math.round(size.pactgraph.loadMs)} ms vs ${Math.round(size.oxigraph.loadMs)} ms)`, met: ratio <= limit });
    }
  }
  for (const [name, limit] of [["100k", 2], ["1m", 3]] as const) {
    const size = sizes.find((s) => s.name === name);
    const target = `saved suite with \`--engine comunica\` ≤ ${limit}× the default (Oxigraph) path at ${name}, identical answers, no timeouts`;
    const total = size ? peerTotal(size, "pactgraph-comunica", timeoutMs) : undefined;
    if (!size || !total) targets.push({ target, measured: "–", met: "not measured" });
    else {
      const base = size.queries.reduce((sum, q) => sum + (q.pactgraph.status === "ok" ? (q.pactgraph.medianMs ?? 0) : 0), 0);
      const ratio = total.ms / base;
      targets.push({
        target,
        measured: `${total.timeouts + total.errors > 0 ? "≥ " : ""}${round(ratio, 2)}× (${Math.round(total.ms)} ms vs ${Math.round(base)} ms); ${total.timeouts} timeout(s), ${total.errors} error(s), ${total.different} different answer(s)`,
        met: ratio <= limit && total.timeouts === 0 && total.errors === 0 && total.different === 0,
      });
    }
  }
  return targets;
}

/** Judges the targets; sizes are looked up by name ("1m" for the suite and memory). */
export function judgeTargets(sizes: readonly SizeResult[], cli: BenchResults["cli"], timeoutMs = 60_000): TargetResult[] {
  const targets: TargetResult[] = [...roundTwoTargets(sizes, cli, timeoutMs)];
  const pactgraphCli = cli?.timings.find((t) => t.name === "pactgraph");
  const comunicaCli = cli?.timings.find((t) => t.name === "comunica");
  targets.push(
    cli && pactgraphCli && comunicaCli
      ? { target: "cold `pactgraph query` ≤ 0.3× comunica-sparql-file", measured: `${round(cli.ratioToComunica, 2)}× (${Math.round(pactgraphCli.medianMs)} ms vs ${Math.round(comunicaCli.medianMs)} ms)`, met: cli.ratioToComunica <= 0.3 }
      : { target: "cold `pactgraph query` ≤ 0.3× comunica-sparql-file", measured: "–", met: "not measured" },
  );
  const million = sizes.find((s) => s.name === "1m");
  if (million) {
    const t = million.totals;
    const tally = (verdicts: readonly string[]) => million.queries.filter((q) => verdicts.includes(q.answers)).length;
    const answers = t.allIdentical
      ? "answers identical"
      : `answers: ${tally(ACCEPTED)} identical, ${t.concatConventions} same up to GROUP_CONCAT conventions, ` +
        `${tally(["different", "order-differs"])} different, ${tally(["not compared"])} not compared`;
    targets.push({
      target: "saved-query suite on ~1M triples ≤ 3× Oxigraph, identical answers",
      measured: `${t.lowerBound ? "≥ " : ""}${round(t.ratio, 2)}× in total (${Math.round(t.pactgraphMs)} ms vs ${Math.round(t.oxigraphMs)} ms), geometric mean ${round(t.geometricMeanRatio, 1)}× per query; ${t.timeouts} timeout(s); ${answers}`,
      met: suiteMet(million),
    });
    targets.push({ target: "peak RSS on ~1M triples ≤ 1.5 GiB", measured: `${million.pactgraph.peakRssMb} MiB (pactgraph load + queries)`, met: million.pactgraph.peakRssMb <= 1536 });
  } else {
    targets.push({ target: "saved-query suite on ~1M triples ≤ 3× Oxigraph, identical answers", measured: "–", met: "not measured" });
    targets.push({ target: "peak RSS on ~1M triples ≤ 1.5 GiB", measured: "–", met: "not measured" });
  }
  const written = sizes.filter((s) => s.write);
  const largest = written[written.length - 1];
  targets.push(
    largest?.write
      ? { target: "pretty Turtle ≥ 0.4× raw n3 Writer throughput", measured: `${round(largest.write.prettyVsN3, 2)}× at ${largest.name} (${written.map((s) => `${s.name}: ${round(s.write?.prettyVsN3 ?? 0, 2)}×`).join(", ")})`, met: largest.write.prettyVsN3 >= 0.4 }
      : { target: "pretty Turtle ≥ 0.4× raw n3 Writer throughput", measured: "–", met: "not measured" },
  );
  return targets;
}
