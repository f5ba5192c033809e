/**
 * Reading SPARQL 1.1 Query Results JSON defensively: a truncated, garbled or oddly shaped
 * response becomes a {@link PactgraphError} (`E_RESPONSE`) for the entity being looked up,
 * never a crash, and is never cached.
 */
import { PactgraphError } from "../errors.js";

/** One RDF term in a result row. */
export interface SparqlTerm {
  readonly type: "uri" | "literal" | "bnode" | "triple";
  readonly value: string;
  readonly language?: string | undefined;
  readonly datatype?: string | undefined;
}

/** One result row: variable name → term (unbound variables are absent). */
export type SparqlRow = Readonly<Record<string, SparqlTerm>>;

/** The rows of a SELECT result. */
export interface SparqlResults {
  readonly vars: readonly string[];
  readonly rows: readonly SparqlRow[];
}

/** Error code of a response that is not valid SPARQL results JSON. */
export const E_RESPONSE = "E_RESPONSE" as const;

const TERM_TYPES = new Set(["uri", "literal", "bnode", "triple", "typed-literal"]);

/** Parses a SELECT response body; `source` (the endpoint) names it in error messages. */
export function parseSparqlJson(body: string, source: string): SparqlResults {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = body.trim() === "" ? "the response was empty" : `${body.length} characters could not be parsed (${reason}); it may be truncated`;
    throw new PactgraphError(`${source} did not return SPARQL results JSON: ${hint}`, E_RESPONSE, { cause: error });
  }
  const bad = (what: string) => new PactgraphError(`${source} returned JSON that is not a SPARQL SELECT result: ${what}`, E_RESPONSE);
  if (!isObject(data)) throw bad("not an object");
  const head = data.head;
  const results = data.results;
  if (!isObject(head) || !Array.isArray(head.vars) || !head.vars.every((v) => typeof v === "string")) throw bad("no head.vars");
  if (!isObject(results) || !Array.isArray(results.bindings)) throw bad("no results.bindings");
  const rows = results.bindings.map((binding: unknown, i: number) => {
    if (!isObject(binding)) throw bad(`row ${i + 1} is not an object`);
    const row: Record<string, SparqlTerm> = {};
    for (const [name, term] of Object.entries(binding)) row[name] = readTerm(term, () => bad(`row ${i + 1}, ?${name} is not an RDF term`));
    return row;
  });
  return { vars: head.vars.filter((v): v is string => typeof v === "string"), rows };
}

function readTerm(term: unknown, fail: () => Error): SparqlTerm {
  if (!isObject(term) || typeof term.type !== "string" || typeof term.value !== "string" || !TERM_TYPES.has(term.type)) throw fail();
  const language = term["xml:lang"];
  const datatype = term.datatype;
  return {
    type: term.type === "typed-literal" ? "literal" : (term.type as SparqlTerm["type"]),
    value: term.value,
    language: typeof language === "string" ? language.toLowerCase() : undefined,
    datatype: typeof datatype === "string" ? datatype : undefined,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
