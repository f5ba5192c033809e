/**
 * The one module that imports Comunica. It hides the engine behind a narrow interface — run a
 * prepared query over a source, or explain its plan — and creates each engine once per process,
 * on first use (Comunica takes a few hundred milliseconds to load).
 */
import type { Quad, Term } from "@rdfjs/types";
import type { Store } from "n3";
import { PactgraphError } from "../errors.js";
import type { PreparedQuery } from "./prepare.js";
import type { QueryResult, Row } from "./results.js";

/** Where a query runs: an in-memory store, or (later) a remote SPARQL endpoint. */
export interface StoreSource {
  readonly kind: "store";
  readonly store: Store;
  /** Treat the union of all named graphs as the default graph. */
  readonly unionDefaultGraph?: boolean;
}

export type QuerySource = StoreSource;

export type ExplainMode = "parsed" | "logical" | "physical";

interface ComunicaLike {
  query(query: string, context: Record<string, unknown>): Promise<ComunicaResult>;
  explain(query: string, context: Record<string, unknown>, mode: ExplainMode): Promise<{ data: unknown }>;
}

type ComunicaResult =
  | { resultType: "bindings"; execute(): Promise<AsyncIterable<ComunicaBindings>>; metadata(): Promise<{ variables: { variable: Term }[] }> }
  | { resultType: "quads"; execute(): Promise<AsyncIterable<Quad>> }
  | { resultType: "boolean"; execute(): Promise<boolean> }
  | { resultType: "void" };

interface ComunicaBindings {
  [Symbol.iterator](): Iterator<[Term, Term]>;
}

let localEngine: Promise<ComunicaLike> | undefined;

async function local(): Promise<ComunicaLike> {
  localEngine ??= import("@comunica/query-sparql-rdfjs").then(({ QueryEngine }) => new QueryEngine() as unknown as ComunicaLike);
  return localEngine;
}

function contextFor(source: QuerySource): Record<string, unknown> {
  return { sources: [source.store], unionDefaultGraph: source.unionDefaultGraph === true };
}

/** Runs a prepared query and collects its results. */
export async function runQuery(query: PreparedQuery, source: QuerySource): Promise<QueryResult> {
  const engine = await local();
  let result: ComunicaResult;
  try {
    result = await engine.query(query.text, contextFor(source));
  } catch (error) {
    throw new PactgraphError(`query failed: ${error instanceof Error ? error.message : String(error)}`, "E_QUERY", 1, { cause: error });
  }
  switch (result.resultType) {
    case "bindings": {
      const { variables } = await result.metadata();
      const names = query.variables.length > 0 ? query.variables : variables.map((v) => v.variable.value);
      const rows: Row[] = [];
      for await (const bindings of await result.execute()) {
        const row = new Map<string, Term>();
        for (const [variable, term] of bindings) row.set(variable.value, term);
        rows.push(row);
      }
      return { kind: "bindings", variables: names, rows };
    }
    case "quads": {
      // A CONSTRUCT result is a set of triples; Comunica streams duplicates, so drop them here.
      const quads = new Map<string, Quad>();
      for await (const quad of await result.execute()) quads.set(quadKey(quad), quad);
      return { kind: "graph", quads: [...quads.values()] };
    }
    case "boolean":
      return { kind: "boolean", value: await result.execute() };
    case "void":
      throw new PactgraphError("the query returned no result (an update?)", "E_QUERY");
  }
}

function quadKey(quad: Quad): string {
  const term = (t: Term) => (t.termType === "Literal" ? `"${t.value}"@${t.language}^^${t.datatype.value}` : `${t.termType}:${t.value}`);
  return `${term(quad.subject)} ${term(quad.predicate)} ${term(quad.object)} ${term(quad.graph)}`;
}

/** The engine's plan for a query, as text. */
export async function explainQuery(query: PreparedQuery, source: QuerySource, mode: ExplainMode): Promise<string> {
  const engine = await local();
  const explained = await engine.explain(query.text, contextFor(source), mode);
  if (typeof explained.data === "string") return explained.data;
  const { renderAlgebra } = await import("./explain.js");
  return renderAlgebra(explained.data);
}
