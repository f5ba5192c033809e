/**
 * Query results as plain data, to cross a thread boundary: RDF/JS terms are class instances (and
 * Oxigraph's live in WebAssembly memory), which structured cloning would strip of their values.
 */
import type { Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import type { QueryResult } from "../results.js";

/** An RDF term as plain data. */
export type PlainTerm =
  | { readonly termType: "NamedNode" | "BlankNode" | "Variable"; readonly value: string }
  | { readonly termType: "Literal"; readonly value: string; readonly language: string; readonly datatype: string }
  | { readonly termType: "DefaultGraph" }
  | { readonly termType: "Quad"; readonly subject: PlainTerm; readonly predicate: PlainTerm; readonly object: PlainTerm; readonly graph: PlainTerm };

export type PlainResult =
  | { readonly kind: "bindings"; readonly variables: readonly string[]; readonly rows: readonly (readonly [string, PlainTerm][])[] }
  | { readonly kind: "graph"; readonly quads: readonly PlainTerm[] }
  | { readonly kind: "boolean"; readonly value: boolean };

export function toPlainTerm(term: Term): PlainTerm {
  switch (term.termType) {
    case "Literal":
      return { termType: "Literal", value: term.value, language: term.language, datatype: term.datatype.value };
    case "DefaultGraph":
      return { termType: "DefaultGraph" };
    case "Quad":
      return { termType: "Quad", subject: toPlainTerm(term.subject), predicate: toPlainTerm(term.predicate), object: toPlainTerm(term.object), graph: toPlainTerm(term.graph) };
    default:
      return { termType: term.termType, value: term.value };
  }
}

export function fromPlainTerm(term: PlainTerm): Term {
  switch (term.termType) {
    case "NamedNode":
      return DataFactory.namedNode(term.value);
    case "BlankNode":
      return DataFactory.blankNode(term.value);
    case "Variable":
      return DataFactory.variable(term.value);
    case "Literal":
      return DataFactory.literal(term.value, term.language || DataFactory.namedNode(term.datatype));
    case "DefaultGraph":
      return DataFactory.defaultGraph();
    case "Quad":
      return DataFactory.quad(
        fromPlainTerm(term.subject) as Quad["subject"],
        fromPlainTerm(term.predicate) as Quad["predicate"],
        fromPlainTerm(term.object) as Quad["object"],
        fromPlainTerm(term.graph) as Quad["graph"],
      );
  }
}

export function toPlainResult(result: QueryResult): PlainResult {
  switch (result.kind) {
    case "boolean":
      return result;
    case "graph":
      return { kind: "graph", quads: result.quads.map(toPlainTerm) };
    case "bindings":
      return { kind: "bindings", variables: result.variables, rows: result.rows.map((row) => [...row].map(([name, term]) => [name, toPlainTerm(term)] as [string, PlainTerm])) };
  }
}

export function fromPlainResult(result: PlainResult): QueryResult {
  switch (result.kind) {
    case "boolean":
      return result;
    case "graph":
      return { kind: "graph", quads: result.quads.map((quad) => fromPlainTerm(quad) as Quad) };
    case "bindings":
      return { kind: "bindings", variables: result.variables, rows: result.rows.map((row) => new Map(row.map(([name, term]) => [name, fromPlainTerm(term)]))) };
  }
}
