/**
 * Runs the saved-query suite on one engine in worker processes, with a timeout per run: a query
 * that overruns is recorded as a timeout, its worker is killed and a fresh one loads the graph
 * again for the remaining queries.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "./child.js";
import type { FromQueryWorker, RunPolicy, ToQueryWorker } from "./messages.js";
import { median } from "./stats.js";

export type EngineName = "pactgraph" | "pactgraph-comunica" | "comunica" | "oxigraph";
/** The engines compared: those run in worker processes, and Jena ARQ (bench/harness/jena-runner.ts). */
export type PeerName = EngineName | "jena";

/** A saved query ready to time: its name, bound parameters and prepared text. */
export interface SuiteQuery {
  readonly name: string;
  readonly text: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface QueryTiming {
  readonly status: "ok" | "timeout" | "error";
  readonly medianMs?: number;
  readonly times: readonly number[];
  /** The only time is the first (cold) run: the query was far slower than the run budget. */
  readonly coldOnly?: boolean;
  /** The worker's peak RSS after this query (peaks only grow: a jump points at this query). */
  readonly rssMb?: number;
  readonly results?: number;
  readonly message?: string;
  readonly answerFile: string;
}

export interface EngineRun {
  readonly engine: PeerName;
  readonly loadMs: number;
  /** Loading the engine's code and running a trivial query, after the data is loaded. */
  readonly engineInitMs: number;
  readonly triples: number;
  /** Peak RSS right after loading. */
  readonly loadRssMb: number;
  /** Peak RSS of the worker over loading and all queries (the largest of its workers). */
  readonly peakRssMb: number;
  readonly queries: ReadonlyMap<string, QueryTiming>;
}

export interface SuiteOptions {
  readonly files: readonly string[];
  readonly queriesDir: string;
  readonly answersDir: string;
  readonly policy: RunPolicy;
  readonly timeoutMs: number;
  readonly worker?: WorkerOptions;
  /** Called after each query, for progress output. */
  readonly onQuery?: (engine: EngineName, name: string, timing: QueryTiming) => void;
}

const WORKER = fileURLToPath(new URL("./query-worker.ts", import.meta.url));
const LOAD_TIMEOUT_MS = 15 * 60_000;

type QueryWorker = Worker<ToQueryWorker, FromQueryWorker>;

async function startLoaded(engine: EngineName, options: SuiteOptions): Promise<{ worker: QueryWorker; loaded: Extract<FromQueryWorker, { type: "loaded" }> }> {
  const worker: QueryWorker = new Worker(WORKER, [engine, options.queriesDir], options.worker);
  worker.send({ type: "load", files: options.files });
  const outcome = await worker.next(LOAD_TIMEOUT_MS);
  if (outcome.kind === "message" && outcome.message.type === "loaded") return { worker, loaded: outcome.message };
  worker.kill();
  const why = outcome.kind === "message" && outcome.message.type === "failed" ? outcome.message.message : outcome.kind;
  throw new Error(`${engine} could not load ${options.files.join(", ")}: ${why}`);
}

/** Times every query of `suite` on `engine`. */
export async function runSuite(engine: EngineName, suite: readonly SuiteQuery[], options: SuiteOptions): Promise<EngineRun> {
  let { worker, loaded } = await startLoaded(engine, options);
  const first = loaded;
  let peak = loaded.rssMb;
  const queries = new Map<string, QueryTiming>();
  for (const query of suite) {
    const answerFile = join(options.answersDir, engine, `${query.name}.txt`);
    worker.send({ type: "run", request: { ...query, answerFile, policy: options.policy } });
    const times: number[] = [];
    let timing: QueryTiming | undefined;
    while (!timing) {
      const outcome = await worker.next(options.timeoutMs);
      if (outcome.kind === "timeout" || outcome.kind === "exit") {
        const rss = worker.peakRssMb();
        peak = Math.max(peak, rss ?? 0);
        worker.kill();
        const message = outcome.kind === "timeout" ? `no answer within ${Math.round(options.timeoutMs / 1000)} s` : `worker exited (code ${outcome.code})`;
        timing = { status: outcome.kind === "timeout" ? "timeout" : "error", times, message, answerFile, ...(rss === undefined ? {} : { rssMb: rss }) };
        ({ worker, loaded } = await startLoaded(engine, options));
        peak = Math.max(peak, loaded.rssMb);
        continue;
      }
      const message = outcome.message;
      if (message.type === "tick") times.push(message.ms);
      else if (message.type === "done") {
        peak = Math.max(peak, message.rssMb);
        timing = {
          status: "ok", medianMs: median(message.times), times: message.times, results: message.results, answerFile, rssMb: message.rssMb,
          ...(message.coldOnly ? { coldOnly: true } : {}),
        };
      } else if (message.type === "failed") {
        timing = { status: "error", times, message: message.message, answerFile };
      }
    }
    queries.set(query.name, timing);
    options.onQuery?.(engine, query.name, timing);
  }
  await worker.close({ type: "exit" });
  return { engine, loadMs: first.ms, engineInitMs: first.engineInitMs, triples: first.triples, loadRssMb: first.rssMb, peakRssMb: peak, queries };
}
