/**
 * Typed query parameters. A value from the command line becomes an RDF term of the declared
 * type (an IRI, a typed literal) and is inserted into the parsed query as that term — never
 * spliced into query text — so hostile input cannot change the query.
 */
import type { Literal, NamedNode } from "@rdfjs/types";
import { UsageError } from "../errors.js";
import { PREFIXES } from "../rdf/prefixes.js";
import { literal, namedNode } from "../rdf/terms.js";
import { parsePartialDate } from "../dsl/dates.js";

export const PARAM_TYPES = ["iri", "string", "integer", "boolean", "date"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** A parameter declared in a saved query's header: `# param: state: iri = party:turkey — the focal state`. */
export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  /** Raw default value (same syntax as on the command line); required when absent. */
  readonly default?: string | undefined;
  readonly description: string;
}

export type ParamValue = NamedNode | Literal;

const XSD = "http://www.w3.org/2001/XMLSchema#";
// An absolute IRI without characters IRIREF forbids (no spaces, quotes, braces, angle brackets…).
const ABSOLUTE_IRI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|^`\\]*$/;

/** Converts a raw value to the RDF term of the parameter's type, or throws a usage error saying what is expected. */
export function toParamValue(spec: ParamSpec, raw: string): ParamValue {
  const fail = (expected: string) =>
    new UsageError(`parameter ${spec.name} must be ${expected}, got ${JSON.stringify(raw)}`);
  switch (spec.type) {
    case "iri": {
      const expanded = expandIri(raw);
      if (!expanded) throw fail(`an IRI (<https://…> or a known prefix such as party:turkey)`);
      return namedNode(expanded);
    }
    case "string":
      return literal(raw);
    case "integer":
      if (!/^[+-]?\d+$/.test(raw)) throw fail("an integer");
      return literal(raw, namedNode(`${XSD}integer`));
    case "boolean":
      if (raw !== "true" && raw !== "false") throw fail("true or false");
      return literal(raw, namedNode(`${XSD}boolean`));
    case "date": {
      // The same rule as the DSL's dates: a real calendar day (no 2021-02-29), a month, a year or a bare month.
      const parsed = parsePartialDate(raw);
      if (typeof parsed === "string") throw fail('a date as precise as known: "2025", "2025-09", "2025-09-17" (a day that exists) or "--09"');
      return literal(raw, namedNode(XSD + parsed.datatype.slice(4)));
    }
  }
}

/**
 * `party:turkey` → full IRI; `<scheme:…>` or a bare http(s)/urn IRI kept; anything else undefined,
 * so a mistyped prefix is an error rather than an IRI that silently matches nothing.
 */
function expandIri(raw: string): string | undefined {
  const bracketed = /^<(.*)>$/.exec(raw);
  if (bracketed) return ABSOLUTE_IRI.test(bracketed[1]!) ? bracketed[1] : undefined;
  if (/^(https?:\/\/|urn:)/i.test(raw)) return ABSOLUTE_IRI.test(raw) ? raw : undefined;
  const colon = raw.indexOf(":");
  const namespace = colon > 0 ? PREFIXES[raw.slice(0, colon)] : undefined;
  const local = raw.slice(colon + 1);
  return namespace !== undefined && /^[A-Za-z0-9_.-]*$/.test(local) ? namespace + local : undefined;
}

/** Parses `key=value` arguments; a malformed one is a usage error. */
export function parseParamArguments(args: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param takes key=value, got ${JSON.stringify(arg)}`);
    values.set(arg.slice(0, eq), arg.slice(eq + 1));
  }
  return values;
}

/** Resolves every declared parameter from the given values and defaults; unknown or missing ones are usage errors. */
export function resolveParams(specs: readonly ParamSpec[], given: ReadonlyMap<string, string>, query: string): Map<string, ParamValue> {
  const known = new Set(specs.map((s) => s.name));
  for (const name of given.keys()) {
    if (!known.has(name)) {
      const list = specs.length > 0 ? specs.map((s) => s.name).join(", ") : "none";
      throw new UsageError(`query ${query} has no parameter "${name}" (parameters: ${list})`);
    }
  }
  const resolved = new Map<string, ParamValue>();
  for (const spec of specs) {
    const raw = given.get(spec.name) ?? spec.default;
    if (raw === undefined) throw new UsageError(`query ${query} needs --param ${spec.name}=<${spec.type}> (${spec.description})`);
    resolved.set(spec.name, toParamValue(spec, raw));
  }
  return resolved;
}
