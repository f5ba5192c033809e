/**
 * Comparing query results across engines: solutions as canonical strings, literals by value, list
 * cells (GROUP_CONCAT) with their items sorted as the formatter prints them (SPARQL leaves their
 * order open), order kept only where ORDER BY fixes it.
 */
import type { Term } from "@rdfjs/types";
import { listColumns, sortListCells, type QueryResult } from "../../src/query/index.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger"].map((t) => XSD + t));

function canonicalTerm(term: Term | undefined): string {
  if (!term) return "∅";
  if (term.termType !== "Literal") return `${term.termType}:${term.value}`;
  if (NUMERIC.has(term.datatype.value)) return `number:${Number(term.value)}`;
  // Virtuoso stores xsd:boolean values as the integers 1 and 0.
  if (term.datatype.value === `${XSD}boolean`) return `number:${term.value === "true" || term.value === "1" ? 1 : 0}`;
  return term.language ? `${term.value}@${term.language.toLowerCase()}` : term.value;
}

/** The result as sorted canonical lines (or in result order when `ordered`). */
export function canonicalResult(answer: QueryResult, queryText: string, ordered = false): string[] {
  const result = sortListCells(answer, listColumns(queryText));
  if (result.kind === "boolean") return [String(result.value)];
  if (result.kind === "graph") {
    return result.quads.map((q) => `${canonicalTerm(q.subject)} ${canonicalTerm(q.predicate)} ${canonicalTerm(q.object)}`).sort();
  }
  const lines = result.rows.map((row) => result.variables.map((v) => canonicalTerm(row.get(v))).join(" | "));
  return ordered ? lines : [...lines].sort();
}
