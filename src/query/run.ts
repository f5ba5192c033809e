/** Running a saved query end to end: bind its parameters, prepare it, run it on a source. */
import { UsageError } from "../errors.js";
import type { ExplainMode, QuerySource } from "./engine.js";
import type { SavedQuery } from "./catalogue.js";
import { resolveParams } from "./params.js";
import { prepareQuery, type PreparedQuery } from "./prepare.js";
import type { QueryResult } from "./results.js";

export interface RunOptions {
  /** Raw `key=value` parameter values; declared defaults fill the rest. */
  readonly params?: ReadonlyMap<string, string>;
  readonly allowService?: boolean;
}

/** Binds and checks a saved query without running it. */
export function prepareSavedQuery(query: SavedQuery, options: RunOptions = {}): PreparedQuery {
  const params = resolveParams(query.params, options.params ?? new Map(), query.name);
  return prepareQuery(query.text, { file: query.path, params, allowService: options.allowService === true });
}

/** Runs a saved query over a source. */
export async function runSavedQuery(query: SavedQuery, source: QuerySource, options: RunOptions = {}): Promise<QueryResult> {
  const prepared = prepareSavedQuery(query, options);
  const { runQuery } = await import("./engine.js");
  return runQuery(prepared, source);
}

/** Comunica's plan for a saved query (Oxigraph prints no plans). */
export async function explainSavedQuery(query: SavedQuery, source: QuerySource, mode: ExplainMode, options: RunOptions = {}): Promise<string> {
  if (source.kind === "oxigraph" && source.engine !== "comunica") throw new UsageError("query plans come from Comunica: load the data with engine comunica");
  const prepared = prepareSavedQuery(query, options);
  const { explainQuery } = await import("./engine.js");
  return explainQuery(prepared, source, mode);
}
