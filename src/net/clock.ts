/**
 * Time as the network code sees it. Every wait (back-off, Retry-After, the polite interval) goes
 * through a Clock, so tests pass a fake one that records the waits and returns at once; time
 * limits on requests run on real timers.
 */
import { setTimeout as delay } from "node:timers/promises";

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : undefined),
};
