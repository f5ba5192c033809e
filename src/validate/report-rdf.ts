/**
 * The validation report as RDF: the SHACL engine's sh:ValidationReport, with pactgraph's own
 * results added as further sh:result nodes (their sh:sourceConstraintComponent in the checks
 * namespace) and sh:conforms set for all of them.
 */
import type { Quad, Quad_Object, Quad_Subject } from "@rdfjs/types";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { blankNode, literal, namedNode, quad } from "../rdf/terms.js";
import type { ValidationResult } from "./results.js";

const SH = VOCABULARIES.sh;
const RDF_TYPE = namedNode(`${VOCABULARIES.rdf}type`);
const sh = (local: string) => namedNode(SH + local);

/** SHACL's report quads plus `extra` results; `conforms` replaces the engine's sh:conforms. */
export function buildReportQuads(shaclQuads: readonly Quad[], extra: readonly ValidationResult[], conforms: boolean): Quad[] {
  const reportNode: Quad_Subject =
    shaclQuads.find((q) => q.predicate.equals(RDF_TYPE) && q.object.equals(sh("ValidationReport")))?.subject ?? blankNode("report");
  const quads = shaclQuads.filter((q) => !(q.subject.equals(reportNode) && q.predicate.equals(sh("conforms"))));
  if (!quads.some((q) => q.subject.equals(reportNode) && q.predicate.equals(RDF_TYPE))) quads.push(quad(reportNode, RDF_TYPE, sh("ValidationReport")));
  quads.push(quad(reportNode, sh("conforms"), literal(String(conforms), namedNode(`${VOCABULARIES.xsd}boolean`))));
  extra.forEach((result, i) => {
    const node = blankNode(`check${i}`);
    const add = (predicate: string, object: Quad_Object) => quads.push(quad(node, sh(predicate), object));
    quads.push(quad(reportNode, sh("result"), node), quad(node, RDF_TYPE, sh("ValidationResult")));
    add("focusNode", result.focusIsBlank ? blankNode(result.focusNode) : namedNode(result.focusNode));
    if (result.path) add("resultPath", namedNode(result.path));
    if (result.value !== undefined) add("value", literal(result.value));
    add("resultMessage", literal(result.message));
    add("resultSeverity", sh(result.severity));
    if (result.constraint) add("sourceConstraintComponent", namedNode(result.constraint));
  });
  return quads;
}
