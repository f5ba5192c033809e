/** How result terms are written in the text formats: compact for people, exact for machines. */
import type { Term } from "@rdfjs/types";
import { PREFIXES } from "../../rdf/prefixes.js";
import { iriRef, quoteString } from "../../rdf/turtle-terms.js";

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

// Longest namespace first, so `party:` wins over a shorter namespace that is its prefix.
const NAMESPACES = Object.entries(PREFIXES).sort((a, b) => b[1].length - a[1].length);

/** `party:turkey` for IRIs in a known namespace, else the IRI itself. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of NAMESPACES) {
    const local = iri.slice(namespace.length);
    if (iri.startsWith(namespace) && /^[A-Za-z0-9_-]+$/.test(local)) return `${prefix}:${local}`;
  }
  return iri;
}

/** A term as a person reads it in a table: compact IRIs, bare literal values. */
export function displayTerm(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return compactIri(term.value);
    case "BlankNode":
      return `_:${term.value}`;
    default:
      return term.value;
  }
}

/** A term in N-Triples/Turtle syntax (SPARQL TSV uses this). */
export function ntriplesTerm(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return iriRef(term.value);
    case "BlankNode":
      return `_:${term.value}`;
    case "Literal": {
      const quoted = quoteString(term.value);
      if (term.language) return `${quoted}@${term.language}`;
      const datatype = term.datatype.value;
      return datatype === XSD_STRING || datatype === RDF_LANG_STRING ? quoted : `${quoted}^^${iriRef(datatype)}`;
    }
    default:
      return `?${term.value}`;
  }
}

/** The XSD datatype local name of a literal (`gYearMonth`), or undefined. */
export function xsdType(term: Term): string | undefined {
  return term.termType === "Literal" ? term.datatype.value.split("#")[1] : undefined;
}
