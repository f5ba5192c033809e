/**
 * Rewrites of a prepared query that bound what it may do, made on its syntax tree (never on its
 * text): a LIMIT pushed into a SELECT so an engine stops after the first solutions it needs, and
 * the RDF dataset of a SPARQL Protocol request (default-graph-uri, named-graph-uri), which
 * replaces the query's own FROM and FROM NAMED as the protocol says it must.
 */
import sparqljs from "sparqljs";
import { namedNode } from "../rdf/terms.js";
import type { PreparedQuery } from "./prepare.js";

/** The graphs a request names: the default graph is their merge; named graphs are queried by name. */
export interface QueryDataset {
  readonly defaultGraphs: readonly string[];
  readonly namedGraphs: readonly string[];
}

export interface QueryRewrite {
  /** Most solutions a SELECT may return (a smaller LIMIT in the query stays). */
  readonly solutionLimit?: number;
  readonly dataset?: QueryDataset;
}

/** The query with its rewrites applied; the same object when nothing needs to change. */
export function rewriteQuery(query: PreparedQuery, rewrite: QueryRewrite): PreparedQuery {
  const limit = query.form === "SELECT" ? rewrite.solutionLimit : undefined;
  if (limit === undefined && rewrite.dataset === undefined) return query;
  const parsed = new sparqljs.Parser().parse(query.text) as sparqljs.Query;
  let changed = false;
  if (limit !== undefined && parsed.queryType === "SELECT" && !(parsed.limit !== undefined && parsed.limit <= limit)) {
    parsed.limit = limit;
    changed = true;
  }
  if (rewrite.dataset) {
    parsed.from = { default: rewrite.dataset.defaultGraphs.map(namedNode), named: rewrite.dataset.namedGraphs.map(namedNode) };
    changed = true;
  }
  return changed ? { ...query, text: new sparqljs.Generator().stringify(parsed) } : query;
}
