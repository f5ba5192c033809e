/** Ontology-level metadata written into the generated OWL file. */
import { ONTOLOGY_IRI } from "../rdf/prefixes.js";

export const ontologyMetadata = {
  iri: ONTOLOGY_IRI,
  version: "0.1.0",
  versionIri: `${ONTOLOGY_IRI}/0.1.0`,
  title: "pactgraph ontology",
  description:
    "Security agreements, their parties, clauses, memberships and events, with the provenance of every statement: source, attribution, epistemic status and exact quote.",
  license: "https://creativecommons.org/licenses/by/4.0/",
  creator: "https://w3id.org/pactgraph",
  creatorName: "pactgraph project",
  preferredPrefix: "pact",
} as const;
