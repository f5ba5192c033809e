/**
 * The worker-thread runners answer as the engines do in this thread: the pool gives every saved
 * query on the seed the same answer as Oxigraph here, and runQueryBounded starts either engine in
 * a worker of its own (each start loads the engine's bundle, a second or more: hence here, not in
 * the fast suite, which keeps one query of each kind in tests/query/engines.test.ts).
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { runQuery } from "../../src/query/engine.js";
import { LOCAL_ENGINES, listSavedQueries, loadLocalSource, loadStore, prepareQuery, prepareSavedQuery, QueryPool, runQueryBounded, runSavedQuery } from "../../src/query/index.js";
import { canonicalResult } from "../helpers/results.js";
import { ROOT } from "../helpers/project.js";

const library = await listSavedQueries(join(ROOT, "queries"));

describe("queries in worker threads (QueryPool)", () => {
  let pool: QueryPool;
  beforeAll(async () => {
    pool = await QueryPool.start(await builtGraphFiles(join(ROOT, "data")), { memoryMb: 48 });
  });
  afterAll(() => pool.close());

  it("gives every saved query the same answer as the same engine in this thread", async () => {
    const { source } = await loadLocalSource(await builtGraphFiles(join(ROOT, "data")));
    for (const query of library) {
      const prepared = prepareSavedQuery(query);
      const ordered = /\bORDER BY\b/i.test(prepared.text) && !/GROUP_CONCAT/i.test(prepared.text);
      const expected = await runSavedQuery(query, source);
      expect(canonicalResult(await pool.run(prepared), prepared.text, ordered), query.name).toEqual(canonicalResult(expected, prepared.text, ordered));
    }
  });
});

describe("runQueryBounded", () => {
  it("runs one query on either engine in a worker of its own", async () => {
    const files = [join(ROOT, "tests", "fixtures", "entanglement.ttl")];
    const store = await loadStore(files);
    const query = prepareQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", { file: "test" });
    const expected = await runQuery(query, { kind: "store", store, engine: "comunica" });
    for (const engine of LOCAL_ENGINES) expect(canonicalResult(await runQueryBounded(query, files, { engine, timeoutMs: 30_000 }), query.text)).toEqual(canonicalResult(expected, query.text));
  });
});
