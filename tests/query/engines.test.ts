/**
 * Queries in worker threads: the bounded runner answers as the engines do in this thread and
 * stops what must be stopped. (That the pool answers every saved query as this thread does, and
 * runQueryBounded as each engine does, is tests/integration/worker-engines.test.ts; that Oxigraph,
 * Comunica and Virtuoso give every saved query the same answer on every fixture is
 * tests/integration/analyses-engines.test.ts.)
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { listSavedQueries, loadLocalSource, prepareQuery, prepareSavedQuery, QueryPool, runQueryBounded, runSavedQuery } from "../../src/query/index.js";
import { canonicalResult } from "../helpers/results.js";
import { ROOT } from "../helpers/project.js";

const library = await listSavedQueries(join(ROOT, "queries"));

/**
 * The bounded runner (worker threads that can be terminated) gives the same answers as the engine
 * in this thread, and stops what must be stopped: a query past its time limit, one its caller
 * abandons, one whose engine traps. Each stop replaces the worker, and the pool answers the next
 * query. (A query over its memory ceiling takes seconds to get there; that stop is tested through
 * serve, on both engines, in tests/integration/serve-runaway.test.ts.)
 */
describe("queries in worker threads (QueryPool)", () => {
  const RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
  const prepare = (text: string) => prepareQuery(text, { file: "test" });
  let pool: QueryPool;

  beforeAll(async () => {
    pool = await QueryPool.start(await builtGraphFiles(join(ROOT, "data")), { memoryMb: 48 });
  });
  afterAll(() => pool.close());

  it("gives a saved query the same answer as the same engine in this thread", async () => {
    const { source } = await loadLocalSource(await builtGraphFiles(join(ROOT, "data")));
    const query = library.find((q) => q.name === "defence-obligations")!;
    const prepared = prepareSavedQuery(query);
    expect(canonicalResult(await pool.run(prepared), prepared.text, true)).toEqual(canonicalResult(await runSavedQuery(query, source), prepared.text, true));
  });

  it("stops a query at its time limit, replaces the worker and answers the next query", async () => {
    const replaced = pool.replaced;
    await expect(pool.run(prepare(RUNAWAY), { timeoutMs: 300 })).rejects.toMatchObject({ code: "E_TIMEOUT", message: expect.stringContaining("time limit of 300 ms") as unknown });
    expect(await pool.run(prepare("ASK { ?s ?p ?o }"))).toEqual({ kind: "boolean", value: true });
    expect(pool.replaced).toBe(replaced + 1);
  });

  it("stops a query its caller abandons", async () => {
    const stop = new AbortController();
    const running = pool.run(prepare(RUNAWAY), { signal: stop.signal });
    setTimeout(() => stop.abort(), 100);
    await expect(running).rejects.toMatchObject({ code: "E_ABORTED" });
  });

  it("counts the wait for a worker against the time limit", async () => {
    const first = pool.run(prepare(RUNAWAY), { timeoutMs: 400 });
    const waiting = pool.run(prepare("ASK { ?s ?p ?o }"), { timeoutMs: 200 });
    await expect(waiting).rejects.toMatchObject({ code: "E_TIMEOUT" });
    await expect(first).rejects.toMatchObject({ code: "E_TIMEOUT" });
  });

  it("refuses a result over the limit: a SELECT stops at limit + 1, a CONSTRUCT is counted", async () => {
    await expect(pool.run(prepare("SELECT * WHERE { ?s ?p ?o }"), { maxResults: 10 })).rejects.toMatchObject({ code: "E_TOO_LARGE", message: expect.stringContaining("more than 10 rows") as unknown });
    expect(await pool.run(prepare("SELECT * WHERE { ?s ?p ?o } LIMIT 10"), { maxResults: 10 })).toMatchObject({ kind: "bindings", rows: { length: 10 } });
    await expect(pool.run(prepare("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), { maxResults: 10 })).rejects.toMatchObject({ code: "E_TOO_LARGE", message: expect.stringContaining("more than 10 triples") as unknown });
  });

  it("survives an engine that traps: the query fails with the engine's reason, the next one runs", async () => {
    // Oxigraph 0.5 panics sorting these mixed terms (numbers, IRIs, a gYearMonth) by two keys: "user-
    // provided comparison function does not correctly implement a total order". A panic leaves its
    // WebAssembly instance unusable, so the worker must go.
    const terms = '979 1084 <http://e/a> <http://e/a> <http://e/b> <http://e/c> <http://e/d> "2025-09"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>';
    const replaced = pool.replaced;
    await expect(pool.run(prepare(`SELECT * WHERE { VALUES ?c { ${terms} } VALUES ?f { ${terms} } } ORDER BY ?c ?f`))).rejects.toMatchObject({
      code: "E_QUERY",
      message: expect.stringContaining("the query engine failed on this query: user-provided comparison function") as unknown,
    });
    expect(await pool.run(prepare("ASK { ?s ?p ?o }"))).toEqual({ kind: "boolean", value: true });
    expect(pool.replaced).toBe(replaced + 1);
  });
});

describe("runQueryBounded", () => {
  it("stops Comunica too at the time limit", async () => {
    const query = prepareQuery("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", { file: "test" });
    await expect(runQueryBounded(query, [join(ROOT, "data", "turkey-security-alliances.ttl")], { engine: "comunica", timeoutMs: 500 })).rejects.toMatchObject({ code: "E_TIMEOUT" });
  });

  it("reports load errors as loading in this thread would", async () => {
    const query = prepareQuery("ASK { ?s ?p ?o }", { file: "test" });
    await expect(runQueryBounded(query, [join(ROOT, "tests", "fixtures", "bad-input", "malformed.ttl")])).rejects.toMatchObject({ code: "E_PARSE", message: expect.stringMatching(/malformed\.ttl:\d+:\d+/) as unknown });
  });

  it("answers for the dataset of a protocol request, replacing FROM", async () => {
    const files = [join(ROOT, "tests", "serve", "fixtures", "graphs.trig")];
    const query = prepareQuery("SELECT ?label FROM <https://example.org/g2> WHERE { ?s <https://example.org/label> ?label }", { file: "test" });
    const result = await runQueryBounded(query, files, { dataset: { defaultGraphs: ["https://example.org/g1"], namedGraphs: [] } });
    expect(canonicalResult(result, query.text)).toEqual(canonicalResult(await runQueryBounded(prepareQuery('SELECT ?label WHERE { VALUES ?label { "in g1" } }', { file: "test" }), files), query.text));
  });
});
