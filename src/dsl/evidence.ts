/**
 * The Web Annotation node that anchors a quote in its source: an oa:SpecificResource with an
 * oa:TextQuoteSelector (exact, prefix, suffix) and an oa:TextPositionSelector (start, end in code
 * points). Claims carry one as pact:evidence, clauses as pact:textEvidence (their text in a treaty).
 */
import type { NamedNode, Quad, Quad_Subject } from "@rdfjs/types";
import { blankNode, iri, namedNode, plain, quad, RDF_TYPE, typed } from "../rdf/terms.js";
import { classIri, propertyIri } from "../schema/index.js";
import type { QuoteSelection } from "./quotes.js";

/** Quads of an annotation of `selection` in `source`, hung from `subject` with `link`; blank labels start with `label`. */
export function annotationQuads(subject: Quad_Subject, link: NamedNode, source: string, selection: QuoteSelection, label: string): Quad[] {
  const evidence = blankNode(`${label}.evidence`);
  const quoteSelector = blankNode(`${label}.quote`);
  const positionSelector = blankNode(`${label}.position`);
  const count = (n: number) => typed(n, "xsd:nonNegativeInteger");
  const quads = [
    quad(subject, link, evidence),
    quad(evidence, RDF_TYPE, iri(classIri("SpecificResource"))),
    quad(evidence, iri(propertyIri("hasSource")), namedNode(source)),
    quad(evidence, iri(propertyIri("hasSelector")), quoteSelector),
    quad(evidence, iri(propertyIri("hasSelector")), positionSelector),
    quad(quoteSelector, RDF_TYPE, iri(classIri("TextQuoteSelector"))),
    quad(quoteSelector, iri(propertyIri("exact")), plain(selection.exact)),
    quad(positionSelector, RDF_TYPE, iri(classIri("TextPositionSelector"))),
    quad(positionSelector, iri(propertyIri("start")), count(selection.start)),
    quad(positionSelector, iri(propertyIri("end")), count(selection.end)),
  ];
  if (selection.prefix) quads.push(quad(quoteSelector, iri(propertyIri("prefix")), plain(selection.prefix)));
  if (selection.suffix) quads.push(quad(quoteSelector, iri(propertyIri("suffix")), plain(selection.suffix)));
  return quads;
}
