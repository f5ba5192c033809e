/**
 * The memory ceiling for what V8's heap limits cannot see. A worker's JS heap is capped by its
 * resourceLimits, but Oxigraph's WebAssembly memory is not part of that heap, and a synchronous
 * query cannot report on itself. So while queries run, the pool samples the process's resident
 * set every {@link SAMPLE_MS} ms: the process may hold its idle footprint (the "floor": the
 * parent and every worker with its graph, measured when all are idle), what earlier queries left
 * in their workers, and `ceilingBytes` per running query, plus {@link SLACK_BYTES}. Above that, some
 * running query is over its ceiling, and the one running longest is stopped (memory grows with
 * time, so it is the likeliest culprit). Memory can overshoot by what grows in one sample.
 */
import type { WorkerSlot } from "./slot.js";

const SAMPLE_MS = 50;
const SLACK_BYTES = 64 * 2 ** 20;

export class MemoryWatch {
  private floor = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ceilingBytes: number,
    private readonly slots: () => readonly WorkerSlot[],
    private readonly stopQuery: (slot: WorkerSlot) => void,
  ) {}

  /** Measures the floor; called when every worker is loaded and idle. */
  resetFloor(): void {
    this.floor = process.memoryUsage.rss() - this.retained();
  }

  /** Starts sampling (a no-op when already sampling); sampling stops when nothing runs. */
  start(): void {
    this.timer ??= setInterval(() => this.sample(), SAMPLE_MS).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private retained(): number {
    return this.slots().reduce((sum, slot) => sum + slot.retainedBytes, 0);
  }

  private sample(): void {
    const slots = this.slots();
    const busy = slots.filter((slot) => slot.state === "busy");
    if (busy.length === 0) return this.stop();
    // A worker being stopped is still giving its memory back: wait until it has.
    if (slots.some((slot) => slot.state === "stopping")) return;
    const allowed = this.floor + this.retained() + this.ceilingBytes * busy.length + SLACK_BYTES;
    if (process.memoryUsage.rss() <= allowed) return;
    const longest = busy.reduce((a, b) => (b.runningSince < a.runningSince ? b : a));
    this.stopQuery(longest);
  }
}
