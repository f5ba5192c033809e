/**
 * Term-level checks every loaded quad goes through, whatever its syntax: IRIs must be absolute and
 * free of characters RFC 3987 forbids (spaces above all), language tags well formed, and typed
 * literals in their datatype's lexical space. Parsers differ in what they let through (JSON-LD and
 * RDF/XML accept an `@id` or `rdf:about` with a space), so the check runs after parsing, once.
 */
import type { Quad, Term } from "@rdfjs/types";
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

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Characters RFC 3987 does not allow anywhere in an IRI (they must be percent-encoded).
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
const FORBIDDEN = /[\u0000-\u0020<>"{}|\\^`\u007f-\u009f]/;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

function describeCharacter(char: string): string {
  if (char === " ") return "a space";
  const code = char.codePointAt(0) ?? 0;
  return code < 0x21 || (code >= 0x7f && code <= 0x9f) ? `control character U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `"${char}"`;
}

/** Why an IRI is unusable, or undefined when it is fine. */
export function iriProblem(iri: string): string | undefined {
  const bad = FORBIDDEN.exec(iri);
  if (bad) return `an IRI cannot contain ${describeCharacter(bad[0])}; percent-encode it (a space is %20)`;
  if (!SCHEME.test(iri)) return "a relative IRI, and the file sets no base; write the full IRI or add @base";
  return undefined;
}

function localName(iri: string): string {
  const cut = Math.max(iri.lastIndexOf("#"), iri.lastIndexOf("/"), iri.lastIndexOf(":"));
  return iri.slice(cut + 1);
}

function termProblem(term: Term): TermProblem | undefined {
  if (term.termType === "NamedNode") {
    const message = iriProblem(term.value);
    if (!message) return undefined;
    const local = localName(term.value);
    return {
      term: `<${term.value}>`,
      message: `invalid IRI <${term.value}>: ${message}`,
      searchFor: [`<${term.value}>`, `"${term.value}"`, term.value, ...(local.length > 2 ? [local] : [])],
    };
  }
  if (term.termType !== "Literal") return undefined;
  const quoted = JSON.stringify(term.value);
  if (term.language) {
    if (LANGUAGE_TAG.test(term.language)) return undefined;
    return {
      term: `${quoted}@${term.language}`,
      message: `invalid language tag "${term.language}" on ${quoted}: expected letters and digits in hyphen-separated parts, such as en or en-GB`,
      searchFor: [`@${term.language}`, { text: `="${term.language}"`, skip: 1 }, `"${term.language}"`, quoted],
    };
  }
  const datatype = term.datatype.value;
  const problem = lexicalFormProblem(term.value, datatype);
  if (!problem) return undefined;
  const name = datatype.startsWith("http://www.w3.org/2001/XMLSchema#") ? `xsd:${localName(datatype)}` : `<${datatype}>`;
  return {
    term: `${quoted}^^${name}`,
    message: `invalid ${name} literal ${quoted}: ${problem}`,
    // Turtle and JSON-LD quote the value; RDF/XML writes it as element content.
    searchFor: [quoted, `"${term.value}"`, `'${term.value}'`, { text: `>${term.value}<`, skip: 1 }, term.value],
  };
}

/** The first bad term of a quad (subject, predicate, object, graph), or undefined. */
export function quadProblem(quad: Quad): TermProblem | undefined {
  return termProblem(quad.subject) ?? termProblem(quad.predicate) ?? termProblem(quad.object) ?? termProblem(quad.graph);
}
