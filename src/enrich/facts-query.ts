/**
 * The one SELECT that fetches an item's facts, as `?s ?p ?o` rows in Wikidata's own RDF shapes
 * (what the Wikidata Query Service holds), so that the saved federated queries read the saved
 * facts exactly as they read the endpoint: labels and aliases in the chosen languages; the
 * statements (p:/ps:) of P31, P17, P463, P571 and P576 with their P580/P582 qualifiers and time
 * values (wikibase:timeValue, timePrecision); the truthy wdt: values; a redirect (owl:sameAs); and,
 * for every organisation the item is a member of, that organisation's labels and classes. The
 * revision (schema:version) comes back too, for the provenance. Standard SPARQL 1.1, every prefix
 * declared, no label service: any Wikidata-shaped endpoint can answer it.
 */
import { sparqlString } from "../link/index.js";

/** The properties whose statements enrich keeps (instance of, country, member of, inception, dissolved). */
export const FACT_PROPERTIES = ["P31", "P17", "P463", "P571", "P576"] as const;

/** Qualifiers kept on member-of statements: start time and end time. */
export const QUALIFIERS = ["P580", "P582"] as const;

/** The namespaces of Wikidata's RDF that the facts use. */
export const WIKIDATA_PREFIXES: Readonly<Record<string, string>> = {
  wd: "http://www.wikidata.org/entity/",
  wds: "http://www.wikidata.org/entity/statement/",
  wdv: "http://www.wikidata.org/value/",
  wdt: "http://www.wikidata.org/prop/direct/",
  p: "http://www.wikidata.org/prop/",
  ps: "http://www.wikidata.org/prop/statement/",
  psv: "http://www.wikidata.org/prop/statement/value/",
  pq: "http://www.wikidata.org/prop/qualifier/",
  pqv: "http://www.wikidata.org/prop/qualifier/value/",
  wikibase: "http://wikiba.se/ontology#",
  schema: "http://schema.org/",
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  owl: "http://www.w3.org/2002/07/owl#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
};

const TIME_FIELDS = ["wikibase:timeValue", "wikibase:timePrecision", "wikibase:timeTimezone", "wikibase:timeCalendarModel"];

/** The facts query for one item (`Q43`), with labels and aliases in `languages`. */
export function factsQuery(qid: string, languages: readonly string[]): string {
  const prefixes = Object.entries(WIKIDATA_PREFIXES).map(([prefix, iri]) => `PREFIX ${prefix}: <${iri}>`);
  const langs = languages.map((l) => sparqlString(l.toLowerCase())).join(", ");
  const statementProps = FACT_PROPERTIES.map((p) => `p:${p}`).join("|");
  const itemPredicates = ["rdfs:label", "skos:altLabel", "owl:sameAs", "schema:version", ...FACT_PROPERTIES.flatMap((p) => [`wdt:${p}`, `p:${p}`])];
  const statementPredicates = ["rdf:type", "wikibase:rank", ...FACT_PROPERTIES.flatMap((p) => [`ps:${p}`, `psv:${p}`]), ...QUALIFIERS.flatMap((q) => [`pq:${q}`, `pqv:${q}`])];
  const valuePaths = [...FACT_PROPERTIES.map((p) => `psv:${p}`), ...QUALIFIERS.map((q) => `pqv:${q}`)].join("|");
  const inLanguages = `(!isLiteral(?o) || LANG(?o) = "" || LCASE(LANG(?o)) IN (${langs}))`;
  return [
    ...prefixes,
    "SELECT ?s ?p ?o WHERE {",
    `  VALUES ?item { wd:${qid} }`,
    `  { ?item ?p ?o . BIND(?item AS ?s) FILTER(?p IN (${itemPredicates.join(", ")}) && ${inLanguages}) }`,
    `  UNION { ?item ${statementProps} ?s . ?s ?p ?o . FILTER(?p IN (${statementPredicates.join(", ")})) }`,
    `  UNION { ?item ${statementProps} ?statement . ?statement ${valuePaths} ?s . ?s ?p ?o . FILTER(?p IN (rdf:type, ${TIME_FIELDS.join(", ")})) }`,
    `  UNION { ?item p:P463/ps:P463 ?s . ?s ?p ?o . FILTER(?p IN (rdfs:label, wdt:P31) && ${inLanguages}) }`,
    "}",
  ].join("\n");
}
