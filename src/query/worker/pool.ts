/**
 * Queries that can be stopped. A pool of worker threads, each holding its own copy of the graph,
 * runs queries one per worker; the others wait in line. A query that runs past its time limit, is
 * abandoned by its caller or needs more memory than its ceiling is stopped by terminating its
 * worker, whatever the engine is doing (a synchronous Oxigraph query included): its CPU and memory
 * come back at once, and a fresh worker loads the graph in its place.
 *
 * What is bounded, per query:
 * - time: from the moment it is submitted (waiting in line included);
 * - result size: see RunQueryOptions.maxResults (a SELECT stops at maxResults + 1 solutions);
 * - memory: the worker's JS heap is capped by V8 (resourceLimits); Oxigraph's WebAssembly memory
 *   lies outside that heap, so the pool samples the process's resident memory while queries run
 *   and stops the longest-running query when the process holds more than the pool's idle footprint
 *   plus `memoryMb` per running query (see memory-watch.ts). A worker a query left holding more
 *   than a quarter of its ceiling (WebAssembly memory never shrinks) is replaced.
 */
import { isPactgraphError, PactgraphError } from "../../errors.js";
import type { ResultFormat } from "../../rdf/formats.js";
import type { RdfInputs } from "../../rdf/load.js";
import type { LocalEngine } from "../engine.js";
import type { PreparedQuery } from "../prepare.js";
import type { QueryResult } from "../results.js";
import type { QueryDataset } from "../rewrite.js";
import { MemoryWatch } from "./memory-watch.js";
import type { Answer, FormattedResult, RunRequest, WorkerSetup } from "./messages.js";
import { fromPlainResult } from "./plain-result.js";
import { snapshotInputs, workerHeapMb } from "./setup.js";
import { WorkerSlot, type RunOutcome, type SlotListener } from "./slot.js";

export interface QueryPoolOptions {
  readonly engine?: LocalEngine;
  readonly unionDefaultGraph?: boolean;
  /** Worker threads, each holding a copy of the graph (default 1). */
  readonly workers?: number;
  /** Memory in MiB one query may use beyond the loaded graph; default: no ceiling. */
  readonly memoryMb?: number;
  /**
   * Read the inputs into memory shared by every worker, once: workers started later (after a
   * stop) then load the same data without reading files again. For long-running pools.
   */
  readonly snapshot?: boolean;
  /** Told about workers replaced, for logs. */
  readonly onEvent?: (line: string) => void;
}

export interface BoundedRunOptions {
  /** Milliseconds the query may take, waiting in line included (E_TIMEOUT). */
  readonly timeoutMs?: number;
  /** Most rows or triples the result may hold (E_TOO_LARGE). */
  readonly maxResults?: number;
  /** Stops the query (E_ABORTED). */
  readonly signal?: AbortSignal;
  /** The dataset of a SPARQL Protocol request (replaces FROM and FROM NAMED). */
  readonly dataset?: QueryDataset;
}

interface Job {
  readonly id: number;
  readonly request: RunRequest;
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: PactgraphError) => void;
  readonly cleanup: () => void;
  slot?: WorkerSlot;
  done: boolean;
}

export class QueryPool {
  private readonly slots: WorkerSlot[] = [];
  private readonly queue: Job[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly watch: MemoryWatch | undefined;
  private nextId = 1;
  private closed = false;
  private loadedQuads = 0;
  private loadError: PactgraphError | undefined;
  private replacements = 0;

  private constructor(
    private setup: WorkerSetup,
    private readonly heapMb: number | undefined,
    private readonly options: QueryPoolOptions,
  ) {
    this.watch = options.memoryMb === undefined ? undefined : new MemoryWatch(options.memoryMb * 2 ** 20, () => this.slots, (slot) => this.stopRunning(slot, this.outOfMemory()));
  }

  /** Starts the workers and resolves once every one has loaded the graph; a load error rejects. */
  static async start(inputs: RdfInputs, options: QueryPoolOptions = {}): Promise<QueryPool> {
    const snapshot = await snapshotInputs(inputs, options.snapshot === true);
    const setup: WorkerSetup = { inputs: snapshot.inputs, engine: options.engine ?? "oxigraph", unionDefaultGraph: options.unionDefaultGraph === true, checked: false };
    const pool = new QueryPool(setup, workerHeapMb(options.memoryMb, snapshot.bytes, setup.engine), options);
    try {
      await pool.spawn(0); // the first worker checks the inputs; the others trust them
      pool.setup = { ...setup, checked: true };
      await Promise.all(Array.from({ length: Math.max(1, options.workers ?? 1) - 1 }, (_, i) => pool.spawn(i + 1)));
    } catch (error) {
      await pool.close();
      throw error;
    }
    pool.loadedQuads = pool.slots[0]!.quads;
    pool.watch?.resetFloor();
    return pool;
  }

  /** Quads in the loaded graph. */
  get quads(): number {
    return this.loadedQuads;
  }

  /** Workers replaced since the pool started (after a stop, a crash, or to return memory). */
  get replaced(): number {
    return this.replacements;
  }

  /** Runs a query and returns its result. */
  async run(query: PreparedQuery, options: BoundedRunOptions = {}): Promise<QueryResult> {
    const answer = await this.submit(query, options);
    if (answer.kind !== "result") throw new PactgraphError("the query worker answered in the wrong form", "E_QUERY");
    return fromPlainResult(answer.result);
  }

  /** Runs a query and returns its result serialised in `format` (done in the worker). */
  async runFormatted(query: PreparedQuery, format: ResultFormat, options: BoundedRunOptions = {}): Promise<FormattedResult> {
    const answer = await this.submit(query, options, format);
    if (answer.kind !== "formatted") throw new PactgraphError("the query worker answered in the wrong form", "E_QUERY");
    return answer.formatted;
  }

  /** Stops every query (rejected with E_ABORTED and `reason`) and every worker. */
  async close(reason = "the query pool was closed"): Promise<void> {
    this.closed = true;
    for (const job of [...this.jobs.values()]) this.settle(job, new PactgraphError(reason, "E_ABORTED"));
    this.watch?.stop();
    await Promise.all(this.slots.map((slot) => slot.stop()));
  }

  private submit(query: PreparedQuery, options: BoundedRunOptions, format?: ResultFormat): Promise<Answer> {
    if (this.closed) return Promise.reject(new PactgraphError("the query pool is closed", "E_ABORTED"));
    if (this.broken) return Promise.reject(this.loadError ?? new PactgraphError("no query worker could load the graph", "E_QUERY"));
    if (options.signal?.aborted) return Promise.reject(stopReason(options.signal));
    const id = this.nextId++;
    const request: RunRequest = {
      type: "run",
      id,
      query,
      ...(options.maxResults === undefined ? {} : { maxResults: options.maxResults }),
      ...(options.dataset ? { dataset: options.dataset } : {}),
      ...(format ? { format } : {}),
    };
    return new Promise<Answer>((resolve, reject) => {
      const timeoutMs = options.timeoutMs;
      const timer =
        timeoutMs === undefined ? undefined : setTimeout(() => this.stop(id, new PactgraphError(`the query ran past the time limit of ${timeoutMs} ms and was stopped`, "E_TIMEOUT")), timeoutMs);
      const onAbort = () => this.stop(id, stopReason(options.signal));
      options.signal?.addEventListener("abort", onAbort, { once: true });
      const cleanup = () => {
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
      };
      const job: Job = { id, request, resolve, reject, cleanup, done: false };
      this.jobs.set(id, job);
      this.queue.push(job);
      this.dispatch();
    });
  }

  /** Gives waiting queries to idle workers. */
  private dispatch(): void {
    // Every worker loaded and idle: what the process holds now is the floor the ceiling counts from.
    if (this.slots.every((slot) => slot.state === "idle")) this.watch?.resetFloor();
    for (const slot of this.slots) {
      if (slot.state !== "idle") continue;
      const job = this.queue.shift();
      if (!job) break;
      job.slot = slot;
      slot.run(job.request);
      this.watch?.start();
    }
  }

  /** Ends a query with `error`: taken out of the line, or its worker stopped and replaced. */
  private stop(id: number, error: PactgraphError): void {
    const job = this.jobs.get(id);
    if (!job) return;
    if (job.slot) this.stopRunning(job.slot, error);
    else this.settle(job, error);
  }

  private stopRunning(slot: WorkerSlot, error: PactgraphError): void {
    const job = slot.runningId === undefined ? undefined : this.jobs.get(slot.runningId);
    this.replace(slot, error.code === "E_MEMORY" ? "its query needed too much memory" : "its query was stopped");
    if (job) this.settle(job, error);
  }

  private settle(job: Job, outcome: PactgraphError | Answer): void {
    if (job.done) return;
    job.done = true;
    job.cleanup();
    this.jobs.delete(job.id);
    const waiting = this.queue.indexOf(job);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    if (outcome instanceof PactgraphError) job.reject(outcome);
    else job.resolve(outcome);
  }

  private outOfMemory(): PactgraphError {
    return new PactgraphError(`the query needed more than ${this.options.memoryMb} MiB of memory, its ceiling, and was stopped`, "E_MEMORY");
  }

  private spawn(index: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const cannotLoad = (error: PactgraphError) => {
        this.loadError = error;
        reject(error);
        this.failWaiting();
      };
      const listener: SlotListener = {
        ready: () => {
          resolve();
          this.dispatch();
        },
        loadFailed: (_slot, error) => cannotLoad(error),
        finished: (slot, id, outcome) => this.finished(slot, id, outcome),
        died: (slot, outOfMemory, message) => {
          const error = outOfMemory ? this.outOfMemory() : new PactgraphError(`the query engine stopped: ${message}`, "E_QUERY");
          // A worker that dies loading the graph would die again: it is not started again.
          if (!slot.loaded) return cannotLoad(outOfMemory ? new PactgraphError("a query worker ran out of memory loading the graph", "E_MEMORY") : error);
          const job = slot.runningId === undefined ? undefined : this.jobs.get(slot.runningId);
          if (job) this.settle(job, error);
          this.replace(slot, outOfMemory ? "it ran out of memory" : "it crashed");
        },
      };
      this.slots[index] = new WorkerSlot(this.setup, this.heapMb, listener);
    });
  }

  private finished(slot: WorkerSlot, id: number, outcome: RunOutcome): void {
    const job = this.jobs.get(id);
    if ("error" in outcome && outcome.broken) this.replace(slot, "its engine failed");
    else if (slot.retainedBytes > this.retainLimit()) this.replace(slot, `a query left it holding ${Math.round(slot.retainedBytes / 2 ** 20)} MiB`);
    if (job) this.settle(job, "error" in outcome ? outcome.error : outcome.answer);
    this.dispatch();
  }

  private retainLimit(): number {
    return this.options.memoryMb === undefined ? 256 * 2 ** 20 : (this.options.memoryMb * 2 ** 20) / 4;
  }

  /** Stops a worker and starts a fresh one in its place (unless the pool is closing). */
  private replace(slot: WorkerSlot, why: string): void {
    const index = this.slots.indexOf(slot);
    void slot.stop().then(() => {
      if (this.closed || index < 0 || this.slots[index] !== slot) return;
      this.replacements += 1;
      this.options.onEvent?.(`query worker replaced: ${why}`);
      this.spawn(index).catch((error: unknown) => this.options.onEvent?.(`a query worker could not be started: ${error instanceof Error ? error.message : String(error)}`));
    });
  }

  /** True when no worker holds the graph or is loading it, and none will be: queries cannot run. */
  private get broken(): boolean {
    return this.slots.every((slot) => slot.state === "stopped" && !slot.loaded);
  }

  /** When no worker can load the graph any more, the queries waiting for one fail. */
  private failWaiting(): void {
    if (!this.broken) return;
    for (const job of [...this.queue]) this.settle(job, this.loadError ?? new PactgraphError("no query worker could load the graph", "E_QUERY"));
  }
}

/** Why a query was stopped: the abort reason when it is a PactgraphError (it says who stopped it). */
function stopReason(signal: AbortSignal | undefined): PactgraphError {
  const reason: unknown = signal?.reason;
  return isPactgraphError(reason) ? reason : new PactgraphError("the query was stopped", "E_ABORTED");
}
