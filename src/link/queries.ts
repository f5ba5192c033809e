/**
 * The SPARQL the linker sends. Every query declares its prefixes and uses only standard SPARQL
 * 1.1 (no WDQS label service, no `hint:`), so any endpoint holding Wikidata-shaped data
 * (`wd:`/`wdt:` IRIs, rdfs:label, skos:altLabel, schema:description) can answer it.
 *
 * Names are matched as exact language-tagged literals (`"Turkey"@en`): on the Wikidata Query
 * Service that is an index lookup, whereas a case-insensitive FILTER would scan every label.
 */
import { VOCABULARIES } from "../rdf/prefixes.js";
import type { LinkableEntity } from "./entities.js";
import type { Qid } from "./kinds.js";
import { classesOfInterest } from "./kinds.js";

const PROLOGUE = ["wd", "wdt", "rdfs", "skos", "schema", "owl"]
  .map((p) => `PREFIX ${p}: <${VOCABULARIES[p as keyof typeof VOCABULARIES]}>`)
  .join("\n");

/** The relations that count as supporting evidence: member of, participant, signatory. */
export const EVIDENCE_PROPERTIES = ["P463", "P710", "P1891"] as const;

/** Wikidata's language-independent ("multilingual") label language. */
export const MULTILINGUAL = "mul";

const LANGUAGE_TAG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;

/** True for a well-formed BCP 47 language tag (as far as SPARQL literals need). */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}

/** A SPARQL string literal, with quotes, backslashes and line breaks escaped. */
export function sparqlString(value: string): string {
  const escaped = value.replace(/[\\"\n\r\t]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t" })[c] ?? c);
  return `"${escaped}"`;
}

function languageTagged(value: string, language: string): string {
  if (!isLanguageTag(language)) throw new Error(`invalid language tag "${language}"`);
  return `${sparqlString(value)}@${language.toLowerCase()}`;
}

/** The languages an entity's names are looked up in: its own, then `mul`, then `others`. */
export function searchLanguages(entity: LinkableEntity, others: readonly string[]): string[] {
  const own = entity.names.map((n) => n.language.toLowerCase());
  return [...new Set([...own, MULTILINGUAL, ...others.map((l) => l.toLowerCase())])];
}

/** The entity's own languages (its names' language tags plus `mul`): a match there weighs more. */
export function ownLanguages(entity: LinkableEntity): Set<string> {
  return new Set([...entity.names.map((n) => n.language.toLowerCase()), MULTILINGUAL]);
}

/**
 * Candidates for one entity: items whose label or alias equals one of its names in a searched
 * language, each with its English label and description, the classes of interest it is an
 * instance of (P31/P279*), and which of the `related` items it is tied to by P463/P710/P1891.
 */
export function candidateQuery(entity: LinkableEntity, otherLanguages: readonly string[], related: readonly Qid[]): string {
  const languages = searchLanguages(entity, otherLanguages);
  const names = [...new Set(entity.names.flatMap((n) => languages.map((l) => languageTagged(n.value, l))))];
  const classes = classesOfInterest(entity.expectation).map((q) => `wd:${q}`);
  const evidence = EVIDENCE_PROPERTIES.map((p) => `wdt:${p}`).join("|");
  const lines = [
    PROLOGUE,
    `# pactgraph link: candidates for ${entity.curie}`,
    "SELECT DISTINCT ?item ?name ?via ?label ?description ?class ?related WHERE {",
    `  VALUES ?name { ${names.join(" ")} }`,
    '  { ?item rdfs:label ?name . BIND("label" AS ?via) }',
    "  UNION",
    '  { ?item skos:altLabel ?name . BIND("alias" AS ?via) }',
    `  FILTER(STRSTARTS(STR(?item), "${VOCABULARIES.wd}Q"))`,
    `  OPTIONAL { ?item rdfs:label ?label . FILTER(LANG(?label) IN ("en", "${MULTILINGUAL}")) }`,
    '  OPTIONAL { ?item schema:description ?description . FILTER(LANG(?description) = "en") }',
    ...(classes.length > 0 ? [`  OPTIONAL { VALUES ?class { ${classes.join(" ")} } ?item wdt:P31/wdt:P279* ?class . }`] : []),
    ...(related.length > 0
      ? [
          `  OPTIONAL { VALUES ?related { ${related.map((q) => `wd:${q}`).join(" ")} }`,
          `    { ?item ${evidence} ?related } UNION { ?related ${evidence} ?item } }`,
        ]
      : []),
    "}",
    "ORDER BY ?item",
    "LIMIT 1000",
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * What an existing link's item looks like now: its labels and aliases in the searched
 * languages, the classes of interest it is an instance of, and where it redirects (WDQS writes a
 * merged item as `owl:sameAs` its target); `?exists` is false when the endpoint has no triple
 * about the item at all.
 */
export function checkQuery(qid: Qid, entity: LinkableEntity, otherLanguages: readonly string[]): string {
  const languages = searchLanguages(entity, otherLanguages).map((l) => sparqlString(l)).join(", ");
  const classes = classesOfInterest(entity.expectation).map((q) => `wd:${q}`);
  const lines = [
    PROLOGUE,
    `# pactgraph link --check: ${entity.curie} = wd:${qid}`,
    "SELECT DISTINCT ?exists ?name ?via ?class ?redirect WHERE {",
    `  { BIND(EXISTS { wd:${qid} ?p ?o } AS ?exists) }`,
    `  UNION { wd:${qid} rdfs:label ?name . BIND("label" AS ?via) FILTER(LANG(?name) IN (${languages})) }`,
    `  UNION { wd:${qid} skos:altLabel ?name . BIND("alias" AS ?via) FILTER(LANG(?name) IN (${languages})) }`,
    ...(classes.length > 0 ? [`  UNION { VALUES ?class { ${classes.join(" ")} } wd:${qid} wdt:P31/wdt:P279* ?class . }`] : []),
    `  UNION { wd:${qid} owl:sameAs ?redirect . }`,
    "}",
  ];
  return `${lines.join("\n")}\n`;
}
