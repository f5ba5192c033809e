/** The error a promise rejects with, for tests that check codes and messages. */
import { isPactgraphError, type PactgraphError } from "../../../src/errors.js";

/** Awaits `promise`, expecting it to fail with a PactgraphError, and returns that error. */
export async function failure(promise: Promise<unknown>): Promise<PactgraphError> {
  try {
    await promise;
  } catch (error) {
    if (isPactgraphError(error)) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

/** The highest resident set size seen while `run` runs, less the one before it. */
export async function peakRssGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
  try {
    const result = await run();
    return { result, growth: Math.max(peak, process.memoryUsage.rss()) - before };
  } finally {
    clearInterval(sampler);
  }
}
