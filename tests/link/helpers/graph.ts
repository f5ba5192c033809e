/** Small graphs written in Turtle for unit tests, read through the real entity reader. */
import { Parser } from "n3";
import { findLinkableEntities, type LinkableEntity } from "../../../src/link/index.js";

const PROLOGUE = `
@prefix pact: <https://w3id.org/pactgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix party: <https://w3id.org/pactgraph/id/party/> .
@prefix person: <https://w3id.org/pactgraph/id/person/> .
@prefix region: <https://w3id.org/pactgraph/id/region/> .
@prefix organization: <https://w3id.org/pactgraph/id/organization/> .
@prefix agreement: <https://w3id.org/pactgraph/id/agreement/> .
@prefix event: <https://w3id.org/pactgraph/id/event/> .
@prefix claim: <https://w3id.org/pactgraph/id/claim/> .
`;

/** The linkable entities of a Turtle snippet (the common prefixes are declared for it). */
export function entitiesOf(turtle: string): LinkableEntity[] {
  return findLinkableEntities(new Parser({ format: "text/turtle" }).parse(PROLOGUE + turtle));
}

/** The one entity with this CURIE. */
export function entityOf(turtle: string, curie: string): LinkableEntity {
  const found = entitiesOf(turtle).find((e) => e.curie === curie);
  if (!found) throw new Error(`no entity ${curie} in the test graph`);
  return found;
}
