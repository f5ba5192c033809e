/**
 * Edits to the built graph that between them break every kind of constraint pactgraph's shapes use,
 * each on its own node or property: added statements, and statements taken away. The Jena
 * comparison and the core validator's test both validate the result.
 */
import type { Quad } from "@rdfjs/types";
import { bytesInput, loadRdfFile, VOCABULARIES } from "../../src/rdf/index.js";

const ID = "https://w3id.org/pactgraph/id/";
const PACT = "https://w3id.org/pactgraph/ontology#";

export const BREAKING_ADDITIONS = `
@prefix pact: <${PACT}>. @prefix skos: <http://www.w3.org/2004/02/skos/core#>.
@prefix party: <${ID}party/>. @prefix agreement: <${ID}agreement/>. @prefix clause: <${ID}clause/>. @prefix source: <${ID}source/>.
party:gulf-nations skos:exactMatch <https://www.wikidata.org/wiki/Q1> .                   # sh:pattern
party:isis skos:exactMatch "Q2" .                                                         # sh:nodeKind, sh:pattern, sh:maxCount
agreement:saudi-pakistan-pact pact:coversRegion party:turkey ;                            # sh:class
  pact:disputed "no" ;                                                                    # sh:datatype, sh:maxCount
  pact:reviewNote "a note with a language tag"@en .                                       # sh:datatype
agreement:turkey-anti-isis-coalition pact:scope pact:Confirmed ;                          # sh:in, sh:maxCount
  pact:agreementStatus "Failed" .                                                         # sh:in, sh:nodeKind, sh:maxCount
agreement:egypt-arab-defence-force pact:dateEstablished "September 2025" .                 # sh:or of datatypes
clause:saudi-pakistan-pact-mutual-defence pact:binds source:turkey-security-alliances .   # sh:or of classes
`;

/** Which quads of the built graph to take away. */
export function breakingRemovals(quads: readonly Quad[]): (q: Quad) => boolean {
  const evidence = quads.find((q) => q.subject.value === `${ID}claim/arab-defence-force-blocked` && q.predicate.value === `${PACT}evidence`)?.object;
  if (!evidence) throw new Error("the seed graph has changed: claim:arab-defence-force-blocked has no evidence");
  return (q) =>
    (q.subject.value === `${ID}party/egypt` && q.predicate.value === VOCABULARIES.rdfs + "label") || // sh:minCount
    (q.predicate.value === `${PACT}supports` && q.object.value === `${ID}event/erdogan-gulf-visit-2026-03`) || // sh:minCount on ^pact:supports
    (q.predicate.value === `${PACT}notGiven` && q.object.value === `${PACT}Publisher`) || // a node-level sh:or with sh:hasValue
    (q.subject.equals(evidence) && q.predicate.value === "http://www.w3.org/ns/oa#hasSource"); // sh:minCount on a blank node
}

/** The built graph with the breaking edits applied. */
export async function breakingGraph(built: readonly Quad[]): Promise<Quad[]> {
  const drop = breakingRemovals(built);
  return [...built.filter((q) => !drop(q)), ...(await loadRdfFile(bytesInput("breaking.ttl", new TextEncoder().encode(BREAKING_ADDITIONS), { format: "turtle" })))];
}
