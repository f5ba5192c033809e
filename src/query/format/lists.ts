/**
 * List cells: GROUP_CONCAT joins a group's values in an order SPARQL leaves to the engine, so the
 * same answer comes back as "A; B" from one engine and "B; A" from another. The columns a query
 * builds with GROUP_CONCAT (directly, or from a sub-query through COALESCE, IF, STR or REPLACE)
 * are found in its syntax tree with their separators, and their items sorted: every engine's
 * answer then prints the same.
 */
import type { Term } from "@rdfjs/types";
import sparqljs from "sparqljs";
import { literal } from "../../rdf/terms.js";
import type { QueryResult, Row } from "../results.js";

/** Functions that pass a list through: a cell built from a list column is a list with the same separator. */
const PASS_THROUGH = new Set(["coalesce", "if", "str", "replace"]);

interface Expression {
  readonly type?: string;
  readonly aggregation?: string;
  readonly separator?: string;
  readonly operator?: string;
  readonly args?: readonly unknown[];
  readonly termType?: string;
  readonly value?: string;
}

function separatorOf(expression: unknown, lists: ReadonlyMap<string, string>): string | undefined {
  if (typeof expression !== "object" || expression === null) return undefined;
  const e = expression as Expression;
  if (e.termType === "Variable" && e.value !== undefined) return lists.get(e.value);
  if (e.type === "aggregate" && e.aggregation === "group_concat") return e.separator ?? " ";
  if (e.type === "operation" && e.operator !== undefined && PASS_THROUGH.has(e.operator.toLowerCase())) {
    for (const arg of e.args ?? []) {
      const found = separatorOf(arg, lists);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Every SELECT projection and BIND of the tree, innermost first. */
function bindings(node: unknown, found: { variable: string; expression: unknown }[] = []): typeof found {
  if (Array.isArray(node)) {
    for (const item of node) bindings(item, found);
    return found;
  }
  if (typeof node !== "object" || node === null) return found;
  for (const [key, child] of Object.entries(node)) if (key !== "variables") bindings(child, found);
  const n = node as { queryType?: string; variables?: unknown; type?: string; variable?: { value: string }; expression?: unknown };
  if (n.type === "bind" && n.variable) found.push({ variable: n.variable.value, expression: n.expression });
  if (n.queryType === "SELECT" && Array.isArray(n.variables)) {
    for (const v of n.variables as { variable?: { value: string }; expression?: unknown }[]) {
      if (v.variable && "expression" in v) found.push({ variable: v.variable.value, expression: v.expression });
    }
  }
  return found;
}

/** The result columns of a SELECT query that hold lists, with the separator of each. */
export function listColumns(queryText: string): Map<string, string> {
  const lists = new Map<string, string>();
  // Only GROUP_CONCAT makes a list; a query that never names it needs no parse (a cold CLI saves one).
  if (!/group_concat/i.test(queryText)) return lists;
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser().parse(queryText);
  } catch {
    return lists;
  }
  if (parsed.type !== "query" || parsed.queryType !== "SELECT") return lists;
  for (const { variable, expression } of bindings(parsed)) {
    const separator = separatorOf(expression, lists);
    if (separator !== undefined) lists.set(variable, separator);
  }
  const projected = new Set(parsed.variables.flatMap((v) => ("termType" in v ? (v.termType === "Variable" ? [v.value] : []) : [v.variable.value])));
  const wildcard = parsed.variables.some((v) => "termType" in v && v.termType === "Wildcard");
  return new Map([...lists].filter(([name]) => wildcard || projected.has(name)));
}

function sortedCell(term: Term, separator: string): Term {
  if (term.termType !== "Literal" || separator === "" || !term.value.includes(separator)) return term;
  const items = term.value.split(separator).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return literal(items.join(separator), term.language || term.datatype);
}

/** The result with the items of its list cells in code-point order. */
export function sortListCells(result: QueryResult, lists: ReadonlyMap<string, string>): QueryResult {
  if (result.kind !== "bindings" || lists.size === 0) return result;
  const rows = result.rows.map((row): Row => {
    const sorted = new Map(row);
    for (const [name, separator] of lists) {
      const term = row.get(name);
      if (term) sorted.set(name, sortedCell(term, separator));
    }
    return sorted;
  });
  return { ...result, rows };
}
