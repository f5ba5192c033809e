/** Running a saved query end to end: bind its parameters, prepare it, run it on a source. */
import { UsageError } from "../errors.js";
import type { ExplainMode, QuerySource } from "./engine.js";
import type { SavedQuery } from "./catalogue.js";
import { planWikidataQuery, type WikidataPlan } from "./federation.js";
import { resolveParams } from "./params.js";
import { prepareQuery, type PreparedQuery } from "./prepare.js";
import type { QueryResult } from "./results.js";

export interface RunOptions {
  /** Raw `key=value` parameter values; declared defaults fill the rest. */
  readonly params?: ReadonlyMap<string, string>;
  readonly allowService?: boolean;
  /**
   * For a query that requires Wikidata: where Wikidata's side comes from. Without it, the local
   * plan: the query reads whatever Wikidata facts the local data holds (the saved enrichment).
   */
  readonly wikidata?: WikidataPlan;
}

/** Binds and checks a saved query without running it. */
export function prepareSavedQuery(query: SavedQuery, options: RunOptions = {}): PreparedQuery {
  const params = resolveParams(query.params, options.params ?? new Map(), query.name);
  if (!query.requires.includes("wikidata")) return prepareQuery(query.text, { file: query.path, params, allowService: options.allowService === true });
  const plan = options.wikidata ?? { kind: "local" };
  const text = planWikidataQuery(query.text, query.path, plan);
  const prepared = prepareQuery(text, { file: query.path, params, allowService: true });
  // The planned SERVICE calls go to the endpoint the user chose; any other still needs --allow-service.
  const others = prepared.services.filter((s) => plan.kind !== "endpoint" || s !== plan.endpoint);
  if (others.length > 0 && options.allowService !== true) {
    throw new UsageError(`${query.path} calls SERVICE <${others.join(">, <")}>; remote calls are refused unless you pass --allow-service`);
  }
  return prepared;
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
