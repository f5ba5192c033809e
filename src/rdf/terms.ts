/**
 * Small helpers over n3's DataFactory so that generators read like the triples they emit.
 * All terms are RDF/JS terms; nothing here holds state.
 */
import type { BlankNode, Literal, NamedNode, Quad, Quad_Object, Quad_Subject, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { expandCurie, VOCABULARIES } from "./prefixes.js";

// n3's DataFactory functions do not use `this`; wrapping them keeps call sites unbound-safe.
export const namedNode = (value: string): NamedNode => DataFactory.namedNode(value);
export const blankNode = (value?: string): BlankNode => DataFactory.blankNode(value);
export const literal = (value: string, languageOrDatatype?: string | NamedNode): Literal => DataFactory.literal(value, languageOrDatatype);
export const quad = (subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): Quad => DataFactory.quad(subject, predicate, object);

/** A named node from a CURIE (`prov:Agent`) or a full IRI (anything containing `://`). */
export function iri(curieOrIri: string): NamedNode {
  return namedNode(curieOrIri.includes("://") ? curieOrIri : expandCurie(curieOrIri));
}

export const XSD = VOCABULARIES.xsd;
export const RDF_TYPE = iri("rdf:type");

/** A literal typed with an XSD (or other) datatype given as CURIE. */
export function typed(value: string | number | boolean, datatype: string): Literal {
  return literal(String(value), iri(datatype));
}

/** A language-tagged string. */
export function langString(value: string, language: string): Literal {
  return literal(value, language);
}

/** A plain xsd:string literal. */
export function plain(value: string): Literal {
  return literal(value);
}

/** A string with its length in front, so that it can be followed by anything without ambiguity. */
function field(value: string): string {
  return `${value.length}:${value}`;
}

/**
 * A string that identifies a term exactly: kind, value, and a literal's language, base direction
 * and datatype. Every part is length-prefixed, so no value can run into the next part and two
 * keys are equal only for equal terms; keys can also be concatenated without a separator.
 */
export function termKey(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return `N${field(term.value)}`;
    case "BlankNode":
      return `B${field(term.value)}`;
    case "Literal":
      return `L${field(term.value)}${field(term.language)}${field(term.direction ?? "")}${field(term.datatype.value)}`;
    case "DefaultGraph":
      return "D";
    case "Variable":
      return `V${field(term.value)}`;
    case "Quad":
      return `Q${quadKey(term)}`;
  }
}

/** A string that identifies a quad exactly: for de-duplicating and counting distinct quads. */
export function quadKey(quad: Pick<Quad, "termType"> & { readonly subject: Term; readonly predicate: Term; readonly object: Term; readonly graph: Term }): string {
  return termKey(quad.subject) + termKey(quad.predicate) + termKey(quad.object) + termKey(quad.graph);
}

/** Collects quads for one subject: `t.add(p, o)` reads like a Turtle block. */
export class TripleSink {
  readonly quads: Quad[] = [];

  add(subject: Quad_Subject, predicate: NamedNode, object: Quad_Object): this {
    this.quads.push(quad(subject, predicate, object));
    return this;
  }

  /** Writes an RDF list of `items` and returns its head (rdf:nil when empty). */
  list(items: readonly Quad_Object[], prefix: string): NamedNode | BlankNode {
    if (items.length === 0) return iri("rdf:nil");
    const nodes = items.map((_, i) => blankNode(`${prefix}.l${i}`));
    items.forEach((item, i) => {
      const node = nodes[i]!;
      this.add(node, iri("rdf:first"), item);
      this.add(node, iri("rdf:rest"), nodes[i + 1] ?? iri("rdf:nil"));
    });
    return nodes[0]!;
  }
}
