/**
 * Term-level checks every loaded quad goes through, whatever its syntax: what is not RDF at all is
 * refused (an IRI that is relative with no base to resolve it, or holds characters RFC 3987
 * forbids; a malformed language tag; a lone UTF-16 surrogate, since RDF strings are sequences of
 * Unicode scalar values). A literal outside its XSD datatype's lexical space ("ten"^^xsd:integer)
 * is ill-typed but still RDF: it loads, `validate` reports it, and only a strict load refuses it.
 * Parsers differ in what they let through (JSON-LD and RDF/XML accept an `@id` or `rdf:about`
 * with a space), so the check runs after parsing, once.
 */
import type { Literal, Quad, Term } from "@rdfjs/types";
import type { SearchText } from "./locate.js";
import { lexicalFormProblem } from "./xsd-lexical.js";

/** One bad term: what it is, why it is bad, and the texts to look for to find its line. */
export interface TermProblem {
  /** The term as N-Triples would write it, for the message. */
  readonly term: string;
  readonly message: string;
  /** Spellings of the term as it may appear in the source file, most specific first. */
  readonly searchFor: readonly SearchText[];
}

const XSD = "http://www.w3.org/2001/XMLSchema#";
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Characters RFC 3987 does not allow anywhere in an IRI (they must be percent-encoded).
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
const FORBIDDEN = /[\u0000-\u0020<>"{}|\\^`\u007f-\u009f]/;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function describeCharacter(char: string): string {
  if (char === " ") return "a space";
  const code = char.codePointAt(0) ?? 0;
  return code < 0x21 || (code >= 0x7f && code <= 0x9f) ? `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `"${char}"`;
}

/** Why an IRI is unusable, or undefined when it is fine. */
export function iriProblem(iri: string): string | undefined {
  const bad = FORBIDDEN.exec(iri);
  if (bad) return `an IRI cannot contain ${describeCharacter(bad[0])}; percent-encode it (a space is %20)`;
  if (!SCHEME.test(iri)) return "a relative IRI, and the input has no base IRI to resolve it against (standard input has none); pass --base <IRI>, or write the full IRI";
  return undefined;
}

function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"), iri.lastIndexOf(":"));
  return iri.slice(cut + 1);
}

/** The escapes a file may spell a lone surrogate with (Turtle, N-Triples, JSON: \uD800, \U0000D800). */
function surrogateSpellings(code: number): string[] {
  const hex = code.toString(16);
  return [`\\u${hex.toUpperCase()}`, `\\u${hex}`, `\\U0000${hex.toUpperCase()}`, `\\U0000${hex}`];
}

function loneSurrogateProblem(value: string, what: string, term: string): TermProblem | undefined {
  const found = LONE_SURROGATE.exec(value);
  if (!found) return undefined;
  const code = found[0].charCodeAt(0);
  const name = `U+${code.toString(16).toUpperCase()}`;
  return {
    term,
    message: `the ${what} ${term} holds a lone UTF-16 surrogate, ${name}, which is not a Unicode character, so RDF text cannot hold it; remove the escape or write the character it stands for`,
    searchFor: surrogateSpellings(code),
  };
}

function xsdName(datatype: string): string {
  return datatype.startsWith(XSD) ? `xsd:${datatype.slice(XSD.length)}` : `<${datatype}>`;
}

/**
 * Why a literal is ill-typed (its lexical form is outside its XSD datatype's lexical space), or
 * undefined. `datatype` is the short name for messages (`xsd:integer`).
 */
export function illTypedLiteral(term: Literal): { readonly datatype: string; readonly reason: string } | undefined {
  if (term.language) return undefined;
  const reason = lexicalFormProblem(term.value, term.datatype.value);
  return reason === undefined ? undefined : { datatype: xsdName(term.datatype.value), reason };
}

function termProblem(term: Term, strict: boolean): TermProblem | undefined {
  if (term.termType === "NamedNode") {
    const surrogate = loneSurrogateProblem(term.value, "IRI", `<${term.value}>`);
    if (surrogate) return surrogate;
    const message = iriProblem(term.value);
    if (!message) return undefined;
    const local = localName(term.value);
    return {
      term: `<${term.value}>`,
      message: `invalid IRI <${term.value}>: ${message}`,
      searchFor: [`<${term.value}>`, `"${term.value}"`, term.value, ...(local.length > 2 ? [local] : [])],
    };
  }
  if (term.termType === "BlankNode") return loneSurrogateProblem(term.value, "blank node label", `_:${term.value}`);
  if (term.termType !== "Literal") return undefined;
  const quoted = JSON.stringify(term.value);
  const surrogate = loneSurrogateProblem(term.value, "literal", quoted) ?? (term.language ? undefined : termProblem(term.datatype, strict));
  if (surrogate) return surrogate;
  if (term.language) {
    if (LANGUAGE_TAG.test(term.language)) return undefined;
    return {
      term: `${quoted}@${term.language}`,
      message: `invalid language tag "${term.language}" on ${quoted}: expected letters and digits in hyphen-separated parts, such as en or en-GB`,
      searchFor: [`@${term.language}`, { text: `="${term.language}"`, skip: 1 }, `"${term.language}"`, quoted],
    };
  }
  if (!strict) return undefined;
  const illTyped = illTypedLiteral(term);
  if (!illTyped) return undefined;
  return {
    term: `${quoted}^^${illTyped.datatype}`,
    message: `invalid ${illTyped.datatype} literal ${quoted}: ${illTyped.reason} (a strict load refuses literals outside their datatype's lexical space)`,
    // Turtle and JSON-LD quote the value; RDF/XML writes it as element content.
    searchFor: [quoted, `"${term.value}"`, `'${term.value}'`, { text: `>${term.value}<`, skip: 1 }, term.value],
  };
}

/**
 * The first bad term of a quad (subject, predicate, object, graph), or undefined. With `strict`,
 * ill-typed literals count as bad too.
 */
export function quadProblem(quad: Quad, strict = false): TermProblem | undefined {
  return termProblem(quad.subject, strict) ?? termProblem(quad.predicate, strict) ?? termProblem(quad.object, strict) ?? termProblem(quad.graph, strict);
}
