/**
 * Term-level Turtle serialisation: IRIs (prefixed or `<...>`), literals and string escapes.
 * Kept apart from the document layout in turtle-writer.ts so each file stays small.
 */
import type { Literal } from "@rdfjs/types";

export const RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
export const RDF_TYPE = `${RDF_NS}type`;
export const RDF_FIRST = `${RDF_NS}first`;
export const RDF_REST = `${RDF_NS}rest`;
export const RDF_NIL = `${RDF_NS}nil`;
const XSD = "http://www.w3.org/2001/XMLSchema#";
const XSD_STRING = `${XSD}string`;
const XSD_INTEGER = `${XSD}integer`;
const XSD_DECIMAL = `${XSD}decimal`;
const XSD_DOUBLE = `${XSD}double`;
const XSD_BOOLEAN = `${XSD}boolean`;

// Conservative PN_PREFIX / PN_LOCAL subsets: ASCII only, so that no reader has to agree with us on
// Unicode ranges or `\`-escapes in local names; everything else falls back to `<...>`.
const SAFE_PREFIX = /^(?:[A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?$/;
const SAFE_LOCAL = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?$/;
const LANGTAG = /^[A-Za-z]+(?:-[A-Za-z0-9]+)*$/;
// Bare forms must match Turtle's INTEGER / DECIMAL / DOUBLE productions exactly, or a reader would
// assign a different datatype or lexical form.
const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?\d*\.\d+$/;
const DOUBLE = /^[+-]?(?:\d+\.\d*[eE][+-]?\d+|\.\d+[eE][+-]?\d+|\d+[eE][+-]?\d+)$/;

/* eslint-disable no-control-regex -- matching control characters is what these patterns are for */
// One cheap test decides the common case (nothing to escape); surrogates are included because a
// lone one has to be detected, and only the slow path can tell pairs from lone halves.
const STRING_NEEDS_WORK = /["\\\u0000-\u001f\u007f-\u009f\ud800-\udfff]/;
const STRING_ESCAPES = /["\\\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
const IRI_NEEDS_WORK = /[\u0000-\u0020<>"{}|^`\\\ud800-\udfff]/;
const IRI_ESCAPES = /[\u0000-\u0020<>"{}|^`\\]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
/* eslint-enable no-control-regex */
const ECHAR: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  '"': '\\"',
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

function uchar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function loneSurrogateError(kind: string, value: string, index: number): Error {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return new Error(
    `Cannot write ${kind} ${JSON.stringify(shown)} as Turtle: it contains a lone UTF-16 surrogate ` +
      `at index ${index}, which is not a Unicode character. Fix the string where it was created.`,
  );
}

/** `"..."` with ECHAR escapes; other control characters as `\uXXXX`. Throws on lone surrogates. */
export function quoteString(value: string): string {
  if (!STRING_NEEDS_WORK.test(value)) return `"${value}"`;
  const escaped = value.replace(STRING_ESCAPES, (match, index: number) => {
    if (match.length === 2) return match;
    const code = match.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw loneSurrogateError("literal", value, index);
    return ECHAR[match] ?? uchar(match);
  });
  return `"${escaped}"`;
}

/** `<iri>` with the characters IRIREF forbids written as `\uXXXX`. Throws on lone surrogates. */
export function iriRef(iri: string): string {
  if (!IRI_NEEDS_WORK.test(iri)) return `<${iri}>`;
  const escaped = iri.replace(IRI_ESCAPES, (match, index: number) => {
    if (match.length === 2) return match;
    const code = match.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw loneSurrogateError("IRI", iri, index);
    return uchar(match);
  });
  return `<${escaped}>`;
}

/**
 * Serialises IRIs and literals against one prefix table, caching IRI forms (IRIs repeat a lot,
 * literals rarely do) and remembering which prefixes were needed so only those get declared.
 */
export class TermSerializer {
  private readonly namespaces = new Map<string, string>();
  /** Distinct namespace lengths, longest first, so the most specific namespace wins. */
  private readonly lengths: number[];
  private readonly cache = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(prefixes: Readonly<Record<string, string>>) {
    // Sorted so that when two prefixes share a namespace the choice does not depend on key order.
    for (const prefix of Object.keys(prefixes).sort()) {
      const namespace = prefixes[prefix];
      if (namespace === undefined) continue;
      if (!SAFE_PREFIX.test(prefix)) {
        throw new Error(`Invalid Turtle prefix name "${prefix}": use letters, digits, "_", "-" and ".".`);
      }
      if (!this.namespaces.has(namespace)) this.namespaces.set(namespace, prefix);
    }
    this.lengths = [...new Set([...this.namespaces.keys()].map((ns) => ns.length))].sort((a, b) => b - a);
  }

  /**
   * The written form of an IRI. Only call it for IRIs that end up in the output: a prefix
   * counts as used the first time one of its IRIs is serialised.
   */
  iri(value: string): string {
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached;
    const written = this.prefixed(value) ?? iriRef(value);
    this.cache.set(value, written);
    return written;
  }

  private prefixed(value: string): string | undefined {
    // A safe local part cannot contain anything outside [A-Za-z0-9_.-], so the namespace has to
    // reach at least past the last such character; this skips most hopeless lookups.
    let start = value.length;
    while (start > 0 && isLocalChar(value.charCodeAt(start - 1))) start--;
    for (const length of this.lengths) {
      if (length > value.length) continue;
      if (length < start) break;
      const namespace = value.slice(0, length);
      const prefix = this.namespaces.get(namespace);
      if (prefix === undefined) continue;
      const local = value.slice(length);
      if (!SAFE_LOCAL.test(local)) continue;
      this.used.add(prefix);
      return `${prefix}:${local}`;
    }
    return undefined;
  }

  literal(term: Literal): string {
    if (term.language !== "") {
      if (!LANGTAG.test(term.language)) {
        throw new Error(`Cannot write language tag "${term.language}" of literal ${JSON.stringify(term.value)}.`);
      }
      const direction = term.direction === "ltr" || term.direction === "rtl" ? `--${term.direction}` : "";
      return `${quoteString(term.value)}@${term.language}${direction}`;
    }
    const datatype = term.datatype.value;
    const value = term.value;
    switch (datatype) {
      case XSD_STRING:
        return quoteString(value);
      case XSD_INTEGER:
        if (INTEGER.test(value)) return value;
        break;
      case XSD_DECIMAL:
        if (DECIMAL.test(value)) return value;
        break;
      case XSD_DOUBLE:
        if (DOUBLE.test(value)) return value;
        break;
      case XSD_BOOLEAN:
        if (value === "true" || value === "false") return value;
        break;
    }
    return `${quoteString(value)}^^${this.iri(datatype)}`;
  }

  /** `@prefix` lines for the prefixes used so far, sorted by prefix name. */
  prefixLines(): string[] {
    const used = [...this.namespaces].filter(([, prefix]) => this.used.has(prefix));
    used.sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
    return used.map(([namespace, prefix]) => `@prefix ${prefix}: ${iriRef(namespace)} .`);
  }
}

/** A term as named in error messages. */
export function describe(term: { termType: string; value: string }): string {
  return term.termType === "NamedNode" ? `<${term.value}>` : `${term.termType} ${JSON.stringify(term.value)}`;
}

function isLocalChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39) ||
    code === 0x5f ||
    code === 0x2d ||
    code === 0x2e
  );
}
