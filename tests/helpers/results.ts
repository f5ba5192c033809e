/**
 * Comparing query results across engines: solutions as canonical strings, literals by value,
 * GROUP_CONCAT cells as sets (SPARQL leaves their order open), order kept only where ORDER BY fixes it.
 */
import type { Term } from "@rdfjs/types";
import sparqljs from "sparqljs";
import type { QueryResult } from "../../src/query/index.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger"].map((t) => XSD + t));

function canonicalTerm(term: Term | undefined, isConcat: boolean): string {
  if (!term) return "∅";
  if (term.termType !== "Literal") return `${term.termType}:${term.value}`;
  if (NUMERIC.has(term.datatype.value)) return `number:${Number(term.value)}`;
  const value = isConcat ? term.value.split(", ").sort().join(", ") : term.value;
  return term.language ? `${value}@${term.language.toLowerCase()}` : value;
}

/** True when an expression is, or wraps (e.g. in COALESCE), a GROUP_CONCAT aggregate. */
function containsGroupConcat(expression: unknown): boolean {
  if (typeof expression !== "object" || expression === null) return false;
  if ("aggregation" in expression && expression.aggregation === "group_concat") return true;
  return "args" in expression && Array.isArray(expression.args) && expression.args.some(containsGroupConcat);
}

/** Names of variables bound to GROUP_CONCAT in a query's projection. */
export function groupConcatVariables(queryText: string): Set<string> {
  const parsed = new sparqljs.Parser().parse(queryText);
  const names = new Set<string>();
  if (parsed.type === "query" && parsed.queryType === "SELECT") {
    for (const v of parsed.variables) {
      if ("expression" in v && containsGroupConcat(v.expression)) names.add(v.variable.value);
    }
  }
  return names;
}

/** The result as sorted canonical lines (or in result order when `ordered`). */
export function canonicalResult(result: QueryResult, queryText: string, ordered = false): string[] {
  if (result.kind === "boolean") return [String(result.value)];
  if (result.kind === "graph") {
    return result.quads.map((q) => `${canonicalTerm(q.subject, false)} ${canonicalTerm(q.predicate, false)} ${canonicalTerm(q.object, false)}`).sort();
  }
  const concat = groupConcatVariables(queryText);
  const lines = result.rows.map((row) => result.variables.map((v) => canonicalTerm(row.get(v), concat.has(v))).join(" | "));
  return ordered ? lines : [...lines].sort();
}
