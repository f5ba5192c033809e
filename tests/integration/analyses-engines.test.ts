/**
 * Every saved query gives one answer on Oxigraph, on Comunica over Oxigraph (Comunica plans,
 * Oxigraph answers its sub-queries), on Comunica alone over an n3 store (all through src/query,
 * all graphs as one default graph) and on a real Virtuoso 7.2 (tests/setup/virtuoso.ts), on every
 * hand-written fixture of tests/fixtures/analyses and on the seed's built graph, with parameters
 * naming each graph's own entities. Each graph goes to Virtuoso flattened into one named graph
 * (the union of its graphs), which is then the default graph of the queries.
 */
import { describe, expect, inject, it } from "vitest";
import { join } from "node:path";
import { findSavedQuery, listSavedQueries, loadStore, prepareSavedQuery, runSavedQuery, type QuerySource, type SavedQuery } from "../../src/query/index.js";
import { loadRdfFiles, serializeRdf } from "../../src/rdf/index.js";
import { endpointSource } from "../../src/remote/index.js";
import { DataFactory } from "n3";
import { canonicalResult } from "../helpers/results.js";
import { ENGINE_CASES } from "../query/analyses-engines.js";
import { fixture, FIXTURES, QUERIES } from "../query/analyses-fixtures.js";

const virtuoso = inject("virtuosoUrl");
const library = await listSavedQueries(QUERIES);

/** Puts the files' quads, as triples of one graph, into Virtuoso; returns a source scoped to it. */
async function virtuosoGraph(name: string, files: readonly string[]): Promise<QuerySource> {
  const graph = `https://w3id.org/pactgraph/graph/analyses-${name}`;
  const triples = (await loadRdfFiles([...files])).map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  const body = await serializeRdf(triples, "ntriples");
  const response = await fetch(`${virtuoso}/sparql-graph-crud?graph-uri=${encodeURIComponent(graph)}`, { method: "PUT", headers: { "Content-Type": "application/n-triples" }, body });
  if (!response.ok) throw new Error(`loading ${name} into Virtuoso: HTTP ${response.status} ${await response.text()}`);
  return endpointSource(`${virtuoso}/sparql?default-graph-uri=${encodeURIComponent(graph)}`, { timeoutMs: 60_000, env: process.env });
}

describe.each(ENGINE_CASES.map((c) => [c.graph, c] as const))("on the %s graph", (graphName, engineCase) => {
  const local = fixture(...engineCase.files);
  let remote: Promise<QuerySource> | undefined;
  let comunicaAlone: Promise<QuerySource> | undefined;
  it.each(library.map((q) => [q.name, q] as [string, SavedQuery]))("%s: Oxigraph = Comunica over Oxigraph = Comunica alone = Virtuoso", async (name) => {
    remote ??= virtuosoGraph(graphName, engineCase.files);
    const paths = engineCase.files.map((f) => (f.startsWith("/") ? f : join(FIXTURES, f)));
    comunicaAlone ??= loadStore(paths).then((store) => ({ kind: "store", store, engine: "comunica", unionDefaultGraph: true }));
    const query = await findSavedQuery(QUERIES, name);
    const options = { params: new Map(Object.entries(engineCase.params[name] ?? {})) };
    const text = prepareSavedQuery(query, options).text;
    const ordered = /\bORDER BY\b/i.test(text);
    const [fast, planned, reference, theirs] = await Promise.all([
      runSavedQuery(query, await local("oxigraph"), options),
      runSavedQuery(query, await local("comunica"), options),
      runSavedQuery(query, await comunicaAlone, options),
      runSavedQuery(query, await remote, options),
    ]);
    const expected = canonicalResult(fast, text, ordered);
    expect(canonicalResult(planned, text, ordered)).toEqual(expected);
    expect(canonicalResult(reference, text, ordered)).toEqual(expected);
    expect(canonicalResult(theirs, text, ordered)).toEqual(expected);
  });
});
