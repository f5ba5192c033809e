/**
 * Runaway queries give back what they took. An endpoint in this process (so process.cpuUsage and
 * the resident set are the endpoint's own, worker threads included) is sent queries that would
 * never end, or would eat memory until the machine gives out; each must be answered with a 503,
 * after which the process must go idle (CPU time over a 1 s window near zero) and its resident
 * memory must come back under a bound. The times it took are printed for the record.
 */
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { prepareQuery, runQueryBounded } from "../../src/query/index.js";
import { ROOT } from "../helpers/project.js";
import { getQuery, RUNAWAY_COUNT, startEndpoint, type TestEndpoint } from "../serve/helpers.js";

const MIB = 2 ** 20;
const IDLE_CPU_MS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: TestEndpoint | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Milliseconds from now until the start of a 1 s window in which the process used under
 * IDLE_CPU_MS of CPU time (process.cpuUsage, sampled every 100 ms).
 */
async function untilIdle(): Promise<number> {
  const start = performance.now();
  const samples: { at: number; cpuMs: number }[] = [];
  while (performance.now() - start < 15_000) {
    const { user, system } = process.cpuUsage();
    const sample = { at: performance.now(), cpuMs: (user + system) / 1000 };
    samples.push(sample);
    const windowStart = samples.findLast((s) => sample.at - s.at >= 1000);
    if (windowStart && sample.cpuMs - windowStart.cpuMs < IDLE_CPU_MS) return windowStart.at - start;
    await sleep(100);
  }
  throw new Error("the process never went idle");
}

/** Milliseconds from now until the resident set is under `bound` bytes. */
async function untilRssUnder(bound: number): Promise<number> {
  const start = performance.now();
  await expect.poll(() => process.memoryUsage.rss(), { timeout: 15_000, interval: 100 }).toBeLessThan(bound);
  return performance.now() - start;
}

/** Runs `send` while sampling the resident set; returns what it returned and the peak seen. */
async function withPeakRss<T>(send: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    return { value: await send(), peak };
  } finally {
    clearInterval(sampler);
  }
}

async function warmUp(endpoint: TestEndpoint): Promise<number> {
  for (let i = 0; i < 4; i++) expect((await getQuery(endpoint.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")).status).toBe(200);
  await sleep(500);
  return process.memoryUsage.rss();
}

describe("runaway queries on serve", () => {
  it("two concurrent runaway COUNTs get 503s, then the process is idle and its memory back", async () => {
    server = await startEndpoint({ workers: 2, timeoutMs: 1000, memoryMb: 256 });
    const rssBefore = await warmUp(server);
    const { value: answers, peak } = await withPeakRss(() => Promise.all([getQuery(server!.url, RUNAWAY_COUNT), getQuery(server!.url, RUNAWAY_COUNT)]));
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(await answer.text()).toContain("time limit of 1000 ms");
    }
    const [idleMs, rssMs] = await Promise.all([untilIdle(), untilRssUnder(rssBefore + 64 * MIB)]);
    console.info(`runaway COUNT ×2: CPU idle ${Math.round(idleMs)} ms after the 503s; RSS ${Math.round(rssBefore / MIB)} MiB before, peak ${Math.round(peak / MIB)} MiB, back under +64 MiB after ${Math.round(rssMs)} ms`);
  });

  it("queries that eat memory are stopped at their ceiling, and the memory comes back", async () => {
    server = await startEndpoint({ workers: 2, timeoutMs: 60_000, memoryMb: 64 });
    const rssBefore = await warmUp(server);
    const groups = "SELECT ?a ?d ?g (SAMPLE(?c) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a ?d ?g";
    // Three patterns, so the distinct rows (the cube of the graph) cannot fit the ceiling however slowly
    // the memory watch gets to run on a loaded machine (with two, the square of the graph could).
    const distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?c ?d ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } }";
    const { value: answers, peak } = await withPeakRss(() => Promise.all([getQuery(server!.url, groups), getQuery(server!.url, distinct)]));
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(await answer.text()).toContain("needed more than 64 MiB of memory");
    }
    // Two queries of at most 64 MiB each, the sampling slack and one sample's growth.
    expect(peak).toBeLessThan(rssBefore + 2 * 64 * MIB + 64 * MIB + 100 * MIB);
    const [idleMs, rssMs] = await Promise.all([untilIdle(), untilRssUnder(rssBefore + 64 * MIB)]);
    console.info(`GROUP BY … SAMPLE and DISTINCT at a 64 MiB ceiling: CPU idle ${Math.round(idleMs)} ms after the 503s; RSS ${Math.round(rssBefore / MIB)} MiB before, peak ${Math.round(peak / MIB)} MiB, back under +64 MiB after ${Math.round(rssMs)} ms`);
  });

  it("the ceiling holds for Comunica too (its memory is the worker's JS heap)", async () => {
    const rssBefore = process.memoryUsage.rss();
    const query = prepareQuery("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", { file: "test" });
    const { value: outcome, peak } = await withPeakRss(() =>
      runQueryBounded(query, [join(ROOT, "data", "turkey-security-alliances.ttl")], { engine: "comunica", memoryMb: 32, timeoutMs: 300_000 }).catch((error: unknown) => error),
    );
    expect(outcome).toMatchObject({ code: "E_MEMORY", message: expect.stringContaining("more than 32 MiB") as unknown });
    const rssMs = await untilRssUnder(rssBefore + 64 * MIB);
    console.info(`Comunica at a 32 MiB ceiling: RSS ${Math.round(rssBefore / MIB)} MiB before, peak ${Math.round(peak / MIB)} MiB, back under +64 MiB after ${Math.round(rssMs)} ms`);
  });
});
