/**
 * Answers of two engines in one comparable form: each solution, triple or boolean as a canonical
 * string, so that identical answers give identical lines. Terms are compared by value (numbers
 * and booleans in canonical lexical form, language tags in lower case, blank nodes as one
 * anonymous term); GROUP_CONCAT cells are compared as sets, since SPARQL leaves their order to
 * the engine; solutions are compared as multisets unless the query has ORDER BY.
 */
import sparqljs from "sparqljs";
import { listColumns } from "../../src/query/format/lists.js";

/** The least of an RDF/JS term both n3 and Oxigraph terms satisfy. */
export interface TermLike {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}

export interface QuadLike {
  readonly subject: TermLike;
  readonly predicate: TermLike;
  readonly object: TermLike;
}

/** An engine's answer, as both engines can give it. */
export type EngineAnswer =
  | { readonly kind: "bindings"; readonly rows: readonly ReadonlyMap<string, TermLike>[] }
  | { readonly kind: "graph"; readonly quads: readonly QuadLike[] }
  | { readonly kind: "boolean"; readonly value: boolean };

/** What the comparison needs to know about a query. */
export interface QueryShape {
  readonly form: "SELECT" | "CONSTRUCT" | "ASK" | "DESCRIBE";
  /** Projected variables, in order. */
  readonly variables: readonly string[];
  readonly ordered: boolean;
  /** Positions in `variables` of the ORDER BY keys, when every key is a projected variable. */
  readonly orderColumns?: readonly number[];
  /** Projected GROUP_CONCAT variables and their separators. */
  readonly concatenated: ReadonlyMap<string, string>;
}

/** Reads the shape of a (prepared) query text. */
export function queryShape(text: string): QueryShape {
  const parsed = new sparqljs.Parser().parse(text);
  if (parsed.type !== "query") throw new Error("not a query");
  if (parsed.queryType !== "SELECT") return { form: parsed.queryType, variables: [], ordered: false, concatenated: new Map() };
  const variables: string[] = [];
  const concatenated = new Map<string, string>();
  for (const v of parsed.variables) {
    if ("termType" in v) {
      if (v.termType === "Variable") variables.push(v.value);
      continue;
    }
    variables.push(v.variable.value);
    const separator = groupConcatSeparator(v.expression);
    if (separator !== undefined) concatenated.set(v.variable.value, separator);
  }
  // List columns built in a sub-query and passed up (the formatter's own rule) are lists too.
  for (const [name, separator] of listColumns(text)) if (!concatenated.has(name)) concatenated.set(name, separator);
  const order = parsed.order ?? [];
  const columns = order.map((o) => {
    const e = o.expression;
    return "termType" in e && e.termType === "Variable" ? variables.indexOf(e.value) : -1;
  });
  const orderColumns = columns.every((c) => c >= 0) ? columns : undefined;
  return { form: "SELECT", variables, ordered: order.length > 0, ...(orderColumns ? { orderColumns } : {}), concatenated };
}

/**
 * The separator of a GROUP_CONCAT anywhere in a projected expression (such as
 * `COALESCE(GROUP_CONCAT(DISTINCT STR(?x); separator=", "), "")`), or undefined if there is none.
 */
function groupConcatSeparator(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = groupConcatSeparator(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof node !== "object" || node === null || "termType" in node) return undefined;
  if ("type" in node && node.type === "aggregate" && "aggregation" in node && node.aggregation === "group_concat") {
    return "separator" in node && typeof node.separator === "string" ? node.separator : " ";
  }
  return "args" in node ? groupConcatSeparator(node.args) : undefined;
}

const XSD = "http://www.w3.org/2001/XMLSchema#";
const NUMERIC = new Set(["integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"].map((t) => XSD + t));

/** A term as a canonical string. */
export function canonicalTerm(term: TermLike): string {
  switch (term.termType) {
    case "NamedNode":
      return `<${term.value}>`;
    case "BlankNode":
      return "_:";
    case "Literal": {
      const value = JSON.stringify(term.value);
      if (term.language) return `${value}@${term.language.toLowerCase()}`;
      const datatype = term.datatype?.value ?? `${XSD}string`;
      if (datatype === `${XSD}string`) return value;
      if (NUMERIC.has(datatype) && term.value.trim() !== "" && Number.isFinite(Number(term.value))) return `${Number(term.value)}^^number`;
      if (datatype === `${XSD}boolean`) return term.value === "1" || term.value === "true" ? "true" : "false";
      return `${value}^^<${datatype}>`;
    }
    default:
      return `${term.termType}:${term.value}`;
  }
}

/** The answer as lines: one per solution (in the engine's order) or triple, or one boolean. */
export function canonicalLines(answer: EngineAnswer, shape: QueryShape): string[] {
  switch (answer.kind) {
    case "boolean":
      return [String(answer.value)];
    case "graph":
      return [...new Set(answer.quads.map((q) => `${canonicalTerm(q.subject)} ${canonicalTerm(q.predicate)} ${canonicalTerm(q.object)}`))].sort();
    case "bindings": {
      const variables = shape.variables.length > 0 ? shape.variables : [...new Set(answer.rows.flatMap((r) => [...r.keys()]))].sort();
      return answer.rows.map((row) =>
        JSON.stringify(
          variables.map((v) => {
            const term = row.get(v);
            if (!term) return null;
            const separator = shape.concatenated.get(v);
            if (separator !== undefined && term.termType === "Literal") {
              // Compare the parts as a sorted list. (Oxigraph's terms are getters over WebAssembly
              // memory, so the fields are copied one by one rather than spread.)
              const value = term.value.split(separator).sort().join(separator);
              return canonicalTerm({ termType: "Literal", value, ...(term.language ? { language: term.language } : {}), ...(term.datatype ? { datatype: term.datatype } : {}) });
            }
            return canonicalTerm(term);
          }),
        ),
      );
    }
  }
}

/**
 * `identical-ties-reordered`: same solutions, same ORDER BY keys in the same sequence, rows with
 * equal keys in another order (SPARQL leaves that to the engine).
 * `group-concat-convention`: the only differences are in GROUP_CONCAT cells where engines follow
 * different conventions: over no values one gives `""` and the other leaves the cell unbound, and
 * one keeps the common language tag of the parts where the other returns a plain string.
 */
export type Verdict = "identical" | "identical-ties-reordered" | "group-concat-convention" | "order-differs" | "different";

/** Compares two engines' lines for the same query. */
export function compareLines(a: readonly string[], b: readonly string[], shape: QueryShape): { verdict: Verdict; detail?: string } {
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  if (!sameLines(sortedA, sortedB)) {
    const convention = concatConvention(a, b, shape);
    return convention ? { verdict: "group-concat-convention", detail: convention } : { verdict: "different", detail: firstDifference(sortedA, sortedB) };
  }
  if (!shape.ordered || sameLines(a, b)) return { verdict: "identical" };
  const columns = shape.orderColumns;
  if (!columns) return { verdict: "order-differs", detail: "same solutions; ORDER BY uses expressions, so ties cannot be told apart" };
  const keys = (lines: readonly string[]) =>
    lines.map((line) => {
      const cells = JSON.parse(line) as (string | null)[];
      return JSON.stringify(columns.map((c) => cells[c] ?? null));
    });
  return sameLines(keys(a), keys(b))
    ? { verdict: "identical-ties-reordered" }
    : { verdict: "order-differs", detail: "same solutions in a different ORDER BY sequence" };
}

const LANGUAGE_TAG = /^(".*")@[a-z0-9-]+$/;

/** When the answers agree once GROUP_CONCAT conventions are evened out, says how they differ. */
function concatConvention(a: readonly string[], b: readonly string[], shape: QueryShape): string | undefined {
  const columns = shape.variables.flatMap((v, i) => (shape.concatenated.has(v) ? [i] : []));
  if (columns.length === 0) return undefined;
  const tally = { empty: [0, 0], tagged: [0, 0] };
  const even = (lines: readonly string[], side: 0 | 1) =>
    lines
      .map((line) => {
        const cells = JSON.parse(line) as (string | null)[];
        for (const c of columns) {
          const cell = cells[c];
          if (cell === '""') {
            tally.empty[side]! += 1;
            cells[c] = null;
          } else if (cell && LANGUAGE_TAG.test(cell)) {
            tally.tagged[side]! += 1;
            cells[c] = cell.replace(LANGUAGE_TAG, "$1");
          }
        }
        return JSON.stringify(cells);
      })
      .sort();
  if (!sameLines(even(a, 0), even(b, 1))) return undefined;
  const parts = [];
  if (tally.empty[0] !== tally.empty[1]) parts.push(`GROUP_CONCAT over no values is "" in ${tally.empty[0]} row(s) of pactgraph and ${tally.empty[1]} of Oxigraph (unbound otherwise)`);
  if (tally.tagged[0] !== tally.tagged[1]) parts.push(`GROUP_CONCAT keeps the parts' language tag in ${tally.tagged[0]} row(s) of pactgraph and ${tally.tagged[1]} of Oxigraph (a plain string otherwise)`);
  return parts.join("; ");
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

function firstDifference(a: readonly string[], b: readonly string[]): string {
  const inA = new Set(a);
  const inB = new Set(b);
  const onlyA = a.filter((x) => !inB.has(x));
  const onlyB = b.filter((x) => !inA.has(x));
  const shown = (lines: string[]) => lines.slice(0, 2).map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l)).join(" | ");
  return `${a.length} vs ${b.length} lines; ${onlyA.length} only in the first (${shown(onlyA)}); ${onlyB.length} only in the second (${shown(onlyB)})`;
}
