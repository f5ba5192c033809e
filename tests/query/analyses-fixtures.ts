/**
 * Running saved queries on the hand-written fixtures of tests/fixtures/analyses (and the built
 * graphs) on Oxigraph and Comunica through src/query, with the union of all graphs as the default
 * graph, as the CLI queries a project. Rows come back as compact strings (party:a, pact:Confirmed),
 * list cells with their items sorted as the formatter prints them.
 */
import { join } from "node:path";
import { findSavedQuery, listColumns, loadLocalSource, prepareSavedQuery, runSavedQuery, sortListCells, type QueryResult, type QuerySource } from "../../src/query/index.js";
import type { LocalEngine } from "../../src/query/index.js";
import { displayTerm } from "../../src/query/format/terms.js";
import { ROOT } from "../helpers/project.js";

export const QUERIES = join(ROOT, "queries");
export const FIXTURES = join(ROOT, "tests", "fixtures", "analyses");

/** A fixture (or any files) loaded once per engine. */
export function fixture(...files: string[]): (engine?: LocalEngine) => Promise<QuerySource> {
  const loaded = new Map<LocalEngine, Promise<QuerySource>>();
  const paths = files.map((f) => (f.startsWith("/") ? f : join(FIXTURES, f)));
  return (engine = "oxigraph") => {
    let source = loaded.get(engine);
    if (!source) {
      source = loadLocalSource(paths, { engine, unionDefaultGraph: true }).then((l) => l.source);
      loaded.set(engine, source);
    }
    return source;
  };
}

/** Runs a saved query; list cells sorted. */
export async function run(name: string, source: QuerySource, params: Record<string, string> = {}): Promise<QueryResult> {
  const query = await findSavedQuery(QUERIES, name);
  const options = { params: new Map(Object.entries(params)) };
  const result = await runSavedQuery(query, source, options);
  return sortListCells(result, listColumns(prepareSavedQuery(query, options).text));
}

/** Rows as arrays of compact strings ("" for unbound). */
export async function rows(name: string, source: QuerySource, params: Record<string, string> = {}): Promise<string[][]> {
  const result = await run(name, source, params);
  if (result.kind !== "bindings") throw new Error(`${name} returned ${result.kind}`);
  return result.rows.map((row) => result.variables.map((v) => (row.get(v) ? displayTerm(row.get(v)!) : "")));
}
