/**
 * Oxigraph (the default local engine) and Comunica give the same answer to every saved query,
 * on the seed graph and on the multi-hop fixture: the fast path is only allowed because of this.
 */
import { join } from "node:path";
import type { Store } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { listSavedQueries, loadStore, prepareSavedQuery, runSavedQuery, type SavedQuery } from "../../src/query/index.js";
import { canonicalResult } from "../helpers/results.js";
import { ROOT } from "../helpers/project.js";

const library = await listSavedQueries(join(ROOT, "queries"));
const graphs: Record<string, Store> = {};

beforeAll(async () => {
  graphs.seed = await loadStore(await builtGraphFiles(join(ROOT, "data")));
  graphs.chain = await loadStore([join(ROOT, "tests", "fixtures", "entanglement.ttl")]);
});

describe.each(["seed", "chain"])("on the %s graph", (graph) => {
  it.each(library.map((q) => [q.name, q] as [string, SavedQuery]))("%s: Oxigraph = Comunica", async (_name, query) => {
    const store = graphs[graph]!;
    const text = prepareSavedQuery(query).text;
    const ordered = /\bORDER BY\b/i.test(text) && !/GROUP_CONCAT/i.test(text);
    const fast = await runSavedQuery(query, { kind: "store", store, engine: "oxigraph" });
    const reference = await runSavedQuery(query, { kind: "store", store, engine: "comunica" });
    expect(canonicalResult(fast, text, ordered)).toEqual(canonicalResult(reference, text, ordered));
  });
});
