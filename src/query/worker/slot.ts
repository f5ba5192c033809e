/**
 * One query worker as the pool sees it: a worker thread that loads the graph, then runs the
 * queries it is given one at a time, and can be terminated at any moment. The slot turns the
 * thread's messages and exits into calls on its listener.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { messageOf, PactgraphError } from "../../errors.js";
import { PACKAGE_ROOT } from "../../project/index.js";
import { errorFromInfo, type Answer, type FromWorker, type RunRequest, type WorkerSetup } from "./messages.js";

/**
 * The worker's entry point: the compiled module, in every layout (the sources under test, the
 * compiled tree and the bundle all run the same dist/query/worker/main.js).
 */
const SCRIPT = join(PACKAGE_ROOT, "dist", "query", "worker", "main.js");

export type SlotState = "loading" | "idle" | "busy" | "stopping" | "stopped";

export type RunOutcome = { readonly answer: Answer } | { readonly error: PactgraphError; readonly broken: boolean };

export interface SlotListener {
  ready(slot: WorkerSlot): void;
  loadFailed(slot: WorkerSlot, error: PactgraphError): void;
  finished(slot: WorkerSlot, id: number, outcome: RunOutcome): void;
  /** The thread died on its own: out of JS heap (`outOfMemory`), or a crash. */
  died(slot: WorkerSlot, outOfMemory: boolean, message: string): void;
}

export class WorkerSlot {
  state: SlotState = "loading";
  /** The graph was loaded (a slot whose worker died before that is not started again). */
  loaded = false;
  /** Quads in the graph, once loaded. */
  quads = 0;
  /** Engine memory after loading, and after the last query (see main.ts). */
  loadedEngineBytes = 0;
  engineBytes = 0;
  /** The query running, and when it started (performance.now()). */
  runningId: number | undefined;
  runningSince = 0;
  private readonly worker: Worker;

  constructor(setup: WorkerSetup, heapMb: number | undefined, private readonly listener: SlotListener) {
    if (!existsSync(SCRIPT)) throw new PactgraphError(`the query worker is missing (${SCRIPT}); run \`npm run compile\` in the pactgraph folder`, "E_IO");
    this.worker = new Worker(SCRIPT, {
      workerData: setup,
      // The worker's output is the engine's own chatter (panic messages are caught in main.ts).
      stdout: true,
      stderr: true,
      ...(heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
    });
    this.worker.stdout.resume();
    this.worker.stderr.resume();
    let failure: NodeJS.ErrnoException | undefined;
    this.worker.on("message", (message: FromWorker) => this.receive(message));
    this.worker.on("error", (error) => (failure = error));
    this.worker.on("exit", () => {
      const expected = this.state === "stopping" || this.state === "stopped";
      this.state = "stopped";
      if (expected) return;
      const outOfMemory = failure?.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.listener.died(this, outOfMemory, failure ? messageOf(failure) : "the query worker exited");
    });
  }

  /** Hands the slot a query; it must be idle. */
  run(request: RunRequest): void {
    this.state = "busy";
    this.runningId = request.id;
    this.runningSince = performance.now();
    this.worker.postMessage(request);
  }

  /** Terminates the thread, whatever it is doing; resolves once it has exited and its memory is returned. */
  async stop(): Promise<void> {
    if (this.state === "stopped") return;
    this.state = "stopping";
    this.runningId = undefined;
    await this.worker.terminate();
    this.state = "stopped";
  }

  /** Engine memory the last query left behind (WebAssembly memory never shrinks). */
  get retainedBytes(): number {
    return Math.max(0, this.engineBytes - this.loadedEngineBytes);
  }

  private receive(message: FromWorker): void {
    if (this.state === "stopping" || this.state === "stopped") return;
    switch (message.type) {
      case "ready":
        this.quads = message.quads;
        this.loadedEngineBytes = this.engineBytes = message.engineBytes;
        this.loaded = true;
        this.state = "idle";
        this.listener.ready(this);
        return;
      case "load-failed":
        this.state = "stopping";
        void this.stop();
        this.listener.loadFailed(this, errorFromInfo(message.error));
        return;
      case "answer":
      case "failed": {
        if (message.id !== this.runningId) return;
        this.engineBytes = message.engineBytes;
        this.runningId = undefined;
        this.state = "idle";
        const outcome: RunOutcome = message.type === "answer" ? { answer: message.answer } : { error: errorFromInfo(message.error), broken: message.broken };
        this.listener.finished(this, message.id, outcome);
        return;
      }
    }
  }
}
