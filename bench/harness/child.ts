/**
 * A worker process running a TypeScript module through tsx, talked to over IPC. Each benchmark
 * phase runs in a fresh worker so its peak RSS is its own, and a worker stuck in a query can be
 * killed without losing the rest of the run.
 */
import { fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

export interface WorkerOptions {
  /** V8 heap limit in MB. */
  readonly maxOldSpaceMb?: number;
  /** Write a CPU profile (`node --cpu-prof`) to this directory when the worker exits normally. */
  readonly cpuProfileDir?: string;
}

/** What waiting for a message can end with besides a message. */
export type WaitOutcome<M> = { readonly kind: "message"; readonly message: M } | { readonly kind: "timeout" } | { readonly kind: "exit"; readonly code: number | null };

/** A forked worker with a queue of the messages it sent. */
export class Worker<In, Out> {
  readonly #child: ChildProcess;
  readonly #queue: Out[] = [];
  #waiter: ((outcome: WaitOutcome<Out>) => void) | undefined;
  #exited: number | null | undefined;

  constructor(script: string, args: readonly string[], options: WorkerOptions = {}) {
    const execArgv = ["--import", "tsx", `--max-old-space-size=${options.maxOldSpaceMb ?? 8192}`];
    if (options.cpuProfileDir) execArgv.push("--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`);
    this.#child = fork(script, [...args], { execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    this.#child.on("message", (message) => {
      const waiter = this.#waiter;
      this.#waiter = undefined;
      if (waiter) waiter({ kind: "message", message: message as Out });
      else this.#queue.push(message as Out);
    });
    this.#child.on("exit", (code) => {
      this.#exited = code;
      const waiter = this.#waiter;
      this.#waiter = undefined;
      waiter?.({ kind: "exit", code });
    });
  }

  send(message: In): void {
    this.#child.send(message as object);
  }

  /** The next message, or a timeout, or the worker's exit. */
  next(timeoutMs: number): Promise<WaitOutcome<Out>> {
    const queued = this.#queue.shift();
    if (queued !== undefined) return Promise.resolve({ kind: "message", message: queued });
    if (this.#exited !== undefined) return Promise.resolve({ kind: "exit", code: this.#exited });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiter = undefined;
        resolve({ kind: "timeout" });
      }, timeoutMs);
      this.#waiter = (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      };
    });
  }

  /** Asks the worker to end (so a CPU profile gets written) and waits for it. */
  async close(message: In): Promise<void> {
    if (this.#exited !== undefined) return;
    const exited = new Promise<void>((resolve) => this.#child.once("exit", () => resolve()));
    this.send(message);
    await exited;
  }

  /** The worker's peak RSS so far in MB, from /proc (Linux), or undefined elsewhere or after it exited. */
  peakRssMb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.#child.pid}/status`, "utf8");
      const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
      return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
    } catch {
      return undefined; // no /proc here, or the worker is gone: the peak is unknown, not zero
    }
  }

  /** Ends a worker that is stuck. */
  kill(): void {
    if (this.#exited === undefined) this.#child.kill("SIGKILL");
  }
}
