/**
 * The namespaces pactgraph reads and writes. One table, so every writer, query and generated
 * file uses the same prefix for the same namespace.
 */

/** The pactgraph ontology namespace (hash namespace: classes, properties and SKOS concepts). */
export const PACT = "https://w3id.org/pactgraph/ontology#";
/** Base of every instance IRI; each collection gets its own path segment and prefix. */
export const ID_BASE = "https://w3id.org/pactgraph/id/";
/** The ontology document IRI and its version IRI. */
export const ONTOLOGY_IRI = "https://w3id.org/pactgraph/ontology";

/** Well-known vocabularies, keyed by their conventional prefix. */
export const VOCABULARIES = {
  pact: PACT,
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  owl: "http://www.w3.org/2002/07/owl#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  sh: "http://www.w3.org/ns/shacl#",
  prov: "http://www.w3.org/ns/prov#",
  org: "http://www.w3.org/ns/org#",
  oa: "http://www.w3.org/ns/oa#",
  dcterms: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vann: "http://purl.org/vocab/vann/",
  wd: "http://www.wikidata.org/entity/",
  wdt: "http://www.wikidata.org/prop/direct/",
  schema: "http://schema.org/",
} as const;

export type VocabularyPrefix = keyof typeof VOCABULARIES;

/**
 * Instance collections: `https://w3id.org/pactgraph/id/<collection>/<slug>`, written in Turtle
 * with the collection name as prefix (`party:turkey`, `claim:pact-established`).
 */
export const COLLECTIONS = [
  "source",
  "agent",
  "party",
  "organization",
  "person",
  "role",
  "agreement",
  "membership",
  "clause",
  "event",
  "capability",
  "region",
  "aim",
  "assessment",
  "claim",
  "link",
] as const;

export type Collection = (typeof COLLECTIONS)[number];

/** The namespace IRI of one instance collection. */
export function collectionNamespace(collection: Collection): string {
  return `${ID_BASE}${collection}/`;
}

/** Every prefix pactgraph knows: vocabularies plus instance collections. Writers print only those used. */
export const PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  ...VOCABULARIES,
  ...Object.fromEntries(COLLECTIONS.map((c) => [c, collectionNamespace(c)])),
});

/** Expands a CURIE such as `prov:Agent` to a full IRI; throws on an unknown prefix (a programming error). */
export function expandCurie(curie: string): string {
  const colon = curie.indexOf(":");
  const prefix = curie.slice(0, colon);
  const base = PREFIXES[prefix];
  if (colon < 0 || base === undefined) throw new Error(`Unknown prefix in "${curie}"`);
  return base + curie.slice(colon + 1);
}
