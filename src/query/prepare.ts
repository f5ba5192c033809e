/**
 * Turns query text into a query ready to run: parsed with sparqljs (syntax errors carry line
 * and column), checked to be read-only and free of unallowed SERVICE calls, and with parameter
 * values substituted as RDF terms in the syntax tree before the text is generated again.
 */
import type { Term } from "@rdfjs/types";
import sparqljs from "sparqljs";
import { ParseError, UsageError } from "../errors.js";
import type { ParamValue } from "./params.js";

export type QueryForm = "SELECT" | "CONSTRUCT" | "ASK" | "DESCRIBE";

export interface PreparedQuery {
  readonly form: QueryForm;
  /** The query text sent to the engine (parameters already bound). */
  readonly text: string;
  /** Projected variables of a SELECT, in order (empty for `SELECT *`, other forms). */
  readonly variables: readonly string[];
  /** IRIs of SERVICE endpoints the query calls. */
  readonly services: readonly string[];
}

export interface PrepareOptions {
  readonly file: string;
  readonly params?: ReadonlyMap<string, ParamValue>;
  /** Allow SERVICE calls to remote endpoints (refused by default). */
  readonly allowService?: boolean;
}

/** Parses a SPARQL text; syntax errors become {@link ParseError}s with line and column. */
export function parseSparql(text: string, file: string): sparqljs.SparqlQuery {
  try {
    return new sparqljs.Parser().parse(text);
  } catch (error) {
    throw sparqlParseError(error, text, file);
  }
}

/**
 * Parsed trees of recent query texts. sparqljs takes ~150 ms for the longest saved query, which
 * serve, site and the analyses run again and again with other parameters; binding copies the
 * tree (it never changes it), and a cached tree is frozen so nothing can. Bounded in entries and
 * in the length of a text, since serve's texts come from outside.
 */
const PARSED = new Map<string, sparqljs.SparqlQuery>();
const PARSED_ENTRIES = 32;
const PARSED_TEXT_CHARS = 64 * 1024;

function parseCached(text: string, file: string): sparqljs.SparqlQuery {
  const cached = PARSED.get(text);
  if (cached) return cached;
  const parsed = parseSparql(text, file);
  if (text.length > PARSED_TEXT_CHARS) return parsed;
  if (PARSED.size >= PARSED_ENTRIES) PARSED.delete(PARSED.keys().next().value!);
  PARSED.set(text, deepFreeze(parsed));
  return parsed;
}

function deepFreeze<T>(node: T): T {
  if (typeof node === "object" && node !== null && !Object.isFrozen(node)) {
    Object.freeze(node);
    for (const child of Object.values(node)) deepFreeze(child);
  }
  return node;
}

/** Parses, checks and binds a query. */
export function prepareQuery(text: string, options: PrepareOptions): PreparedQuery {
  const parsed = parseCached(text, options.file);
  if (parsed.type === "update") {
    throw new UsageError(`${options.file} is a SPARQL UPDATE; \`pactgraph query\` is read-only and runs SELECT, CONSTRUCT, ASK and DESCRIBE only`);
  }
  const services = collectServices(parsed);
  if (services.length > 0 && !options.allowService) {
    throw new UsageError(`${options.file} calls SERVICE <${services.join(">, <")}>; remote calls are refused unless you pass --allow-service`);
  }
  let query: sparqljs.Query = parsed;
  for (const [name, value] of options.params ?? new Map<string, ParamValue>()) query = bindParameter(query, name, value);
  const variables = parsed.queryType === "SELECT" ? parsed.variables.flatMap(projectedName) : [];
  return { form: parsed.queryType, text: new sparqljs.Generator().stringify(query), variables, services };
}

function projectedName(variable: sparqljs.Variable | sparqljs.Wildcard): string[] {
  if ("termType" in variable) return variable.termType === "Variable" ? [variable.value] : [];
  return "variable" in variable ? [variable.variable.value] : [];
}

/** Every variable names used as `$name` in the text: the query's parameters by convention. */
export function parameterVariables(text: string): string[] {
  const withoutComments = text.replace(/#[^\n]*/g, "").replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
  return [...new Set([...withoutComments.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();
}

/**
 * Binds variable `name` to `value` everywhere in the query. The term replaces the variable in the
 * WHERE clause (triple patterns, paths, filters, binds, sub-queries and their projections), in the
 * expressions of the projection, HAVING, GROUP BY and ORDER BY (which may run after grouping, where
 * the variable is out of scope) and in a CONSTRUCT template. Where a variable must stay a variable
 * (a projected `?x`, `GROUP BY ?x`, `ORDER BY ?x`, `DESCRIBE ?x`, `SELECT *`) a one-row `VALUES` at
 * the head of the WHERE clause keeps it bound; otherwise there is none (Virtuoso 7.2 joins such a
 * row with nested sub-queries so badly that the query never ends).
 */
export function bindParameter(query: sparqljs.Query, name: string, value: ParamValue): sparqljs.Query {
  const where = substitute(query.where ?? [], name, value) as sparqljs.Pattern[];
  const bound: Record<string, unknown> = { ...query, where };
  const isTheVariable = (e: unknown) => typeof e === "object" && e !== null && "termType" in e && e.termType === "Variable" && "value" in e && e.value === name;
  const conditions = (list: readonly { expression: unknown }[] | undefined) =>
    list?.map((c) => (isTheVariable(c.expression) ? c : { ...c, expression: substitute(c.expression, name, value) }));
  if (query.queryType === "SELECT") {
    bound.variables = query.variables.map((v) => ("expression" in v ? { ...v, expression: substitute(v.expression, name, value) } : v));
    if (query.having) bound.having = substitute(query.having, name, value);
    if (query.group) bound.group = conditions(query.group);
  }
  if ("order" in query && query.order) bound.order = conditions(query.order);
  if (query.queryType === "CONSTRUCT" && query.template) bound.template = substitute(query.template, name, value);
  const wildcard = query.queryType === "SELECT" && query.variables.some((v) => "termType" in v && v.termType === "Wildcard");
  if (wildcard || mentions(bound, name)) {
    const values: sparqljs.ValuesPattern = { type: "values", values: [{ [`?${name}`]: value }] };
    bound.where = [values, ...where];
  }
  return bound as unknown as sparqljs.Query;
}

/** True when variable `name` is still named anywhere in the syntax tree. */
function mentions(node: unknown, name: string): boolean {
  if (Array.isArray(node)) return node.some((item) => mentions(item, name));
  if (typeof node !== "object" || node === null) return false;
  if ("termType" in node && node.termType === "Variable") return "value" in node && node.value === name;
  return Object.values(node).some((child) => mentions(child, name));
}

function substitute(node: unknown, name: string, value: Term): unknown {
  if (Array.isArray(node)) return node.map((item) => substitute(item, name, value));
  if (typeof node !== "object" || node === null) return node;
  if ("termType" in node) {
    if (node.termType === "Variable" && "value" in node && node.value === name) return value;
    if (node.termType !== "Quad") return node;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    // A BIND target and VALUES keys name variables; they are not uses. A sub-query's projection
    // names its variables too, but the expressions it projects do use them.
    if (key === "variables" && "queryType" in node && Array.isArray(child)) {
      copy[key] = child.map((v: unknown) => (typeof v === "object" && v !== null && "expression" in v ? { ...v, expression: substitute(v.expression, name, value) } : v));
      continue;
    }
    const declaresVariable = (key === "variable" && "type" in node && node.type === "bind") || (key === "values" && "type" in node && node.type === "values");
    copy[key] = declaresVariable ? child : substitute(child, name, value);
  }
  return copy;
}

function collectServices(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectServices(item, found));
  else if (typeof node === "object" && node !== null) {
    if ("type" in node && node.type === "service" && "name" in node) {
      const target = node.name as Term;
      found.push(target.termType === "Variable" ? `?${target.value}` : target.value);
    }
    for (const child of Object.values(node)) if (typeof child === "object") collectServices(child, found);
  }
  return found;
}

function sparqlParseError(error: unknown, text: string, file: string): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const hash = typeof error === "object" && error !== null && "hash" in error ? (error.hash as Record<string, unknown>) : undefined;
  const loc = hash?.loc as { first_line?: number; first_column?: number } | undefined;
  if (loc?.first_line !== undefined) {
    const expected = Array.isArray(hash?.expected) ? (hash.expected as string[]).map((e) => e.replace(/'/g, "")) : [];
    const shown = expected.length > 6 ? `${expected.slice(0, 6).join(", ")} … (${expected.length - 6} more)` : expected.join(", ");
    const detail = `unexpected ${JSON.stringify(hash?.text ?? "")}${shown ? `, expected one of ${shown}` : ""}`;
    return new ParseError(`SPARQL syntax error: ${detail}`, { file, line: loc.first_line, column: (loc.first_column ?? 0) + 1 }, { cause: error });
  }
  const prefix = /Unknown prefix: (\S+)/.exec(message)?.[1];
  if (prefix) {
    const lines = text.split("\n");
    const index = lines.findIndex((l) => !l.trimStart().startsWith("#") && l.includes(`${prefix}:`));
    const column = index >= 0 ? lines[index]!.indexOf(`${prefix}:`) + 1 : undefined;
    return new ParseError(`undeclared prefix "${prefix}:"; add PREFIX ${prefix}: <…>`, { file, line: index >= 0 ? index + 1 : undefined, column }, { cause: error });
  }
  return new ParseError(`SPARQL error: ${message}`, { file }, { cause: error });
}

