/**
 * Reads the entities to link from a graph: every party, organisation, person, region and
 * agreement, with its names (rdfs:label, skos:altLabel, language-tagged), any Wikidata link the
 * graph already gives it, and the entities it is related to (for supporting evidence).
 */
import type { Quad } from "@rdfjs/types";
import { COLLECTIONS, collectionNamespace, PACT } from "../rdf/prefixes.js";
import { classIri, isSubclassOf, propertyIri, type ClassName } from "../schema/index.js";
import { expectationFor, linkableClasses, type TypeExpectation } from "./kinds.js";
import { qidOf } from "./qid.js";
import type { Qid } from "./kinds.js";

/** A name of an entity: its value, language tag, and whether it is the label or an alternative. */
export interface EntityName {
  readonly value: string;
  readonly language: string;
  readonly source: "label" | "altLabel";
}

/** One entity the linker may link. */
export interface LinkableEntity {
  readonly iri: string;
  /** `party:turkey`: the IRI written with its collection prefix. */
  readonly curie: string;
  readonly className: ClassName;
  readonly expectation: TypeExpectation;
  /** The English (or first) label, for messages. */
  readonly label: string;
  readonly names: readonly EntityName[];
  /** The Wikidata item the graph itself already links the entity to, if any. */
  readonly linkedTo?: Qid | undefined;
  /** IRIs of other linkable entities it is related to, directly or through a statement node. */
  readonly related: readonly string[];
}

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
const SKOS_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel";

// Nodes that relate everything they touch without saying anything about how: claims (which
// support statements and name their voices) and their quoted evidence.
const NOT_RELATING = new Set(["Claim", "SpecificResource", "TextQuoteSelector", "TextPositionSelector", "SourceDocument", "WikidataLink", "LinkCandidate"]
  .map((c) => classIri(c as ClassName)));

/** `party:turkey` for an instance IRI of a known collection, else the IRI in angle brackets. */
export function curieOf(iri: string): string {
  for (const collection of COLLECTIONS) {
    const namespace = collectionNamespace(collection);
    if (iri.startsWith(namespace)) return `${collection}:${iri.slice(namespace.length)}`;
  }
  return `<${iri}>`;
}

/** The linkable entities of `quads`, sorted by IRI. */
export function findLinkableEntities(quads: readonly Quad[]): LinkableEntity[] {
  const classByIri = new Map(linkableClasses().map((c) => [classIri(c), c] as const));
  const types = new Map<string, ClassName[]>();
  const notRelating = new Set<string>();
  const names = new Map<string, EntityName[]>();
  const links = new Map<string, Qid>();
  const wikidata = propertyIri("wikidata");
  for (const q of quads) {
    const s = q.subject.value;
    if (q.predicate.value === RDF_TYPE) {
      const name = classByIri.get(q.object.value);
      if (name) types.set(s, [...(types.get(s) ?? []), name]);
      if (NOT_RELATING.has(q.object.value)) notRelating.add(s);
    } else if ((q.predicate.value === RDFS_LABEL || q.predicate.value === SKOS_ALT_LABEL) && q.object.termType === "Literal") {
      const source = q.predicate.value === RDFS_LABEL ? "label" : "altLabel";
      names.set(s, [...(names.get(s) ?? []), { value: q.object.value, language: q.object.language || "en", source }]);
    } else if (q.predicate.value === wikidata) {
      const qid = qidOf(q.object.value);
      if (qid) links.set(s, qid);
    }
  }
  const related = relatedEntities(quads, new Set(types.keys()), notRelating);
  const entities: LinkableEntity[] = [];
  for (const [iri, classes] of types) {
    const className = mostSpecific(classes);
    const expectation = expectationFor(className);
    if (!expectation) continue;
    const entityNames = sortNames(names.get(iri) ?? []);
    const label = entityNames.find((n) => n.source === "label" && n.language === "en") ?? entityNames[0];
    entities.push({
      iri,
      curie: curieOf(iri),
      className,
      expectation,
      label: label?.value ?? curieOf(iri),
      names: entityNames,
      linkedTo: links.get(iri),
      related: [...(related.get(iri) ?? [])].sort(),
    });
  }
  return entities.sort((a, b) => (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0));
}

function mostSpecific(classes: readonly ClassName[]): ClassName {
  return classes.reduce((best, c) => (isSubclassOf(c, best) ? c : best));
}

function sortNames(names: readonly EntityName[]): EntityName[] {
  const key = (n: EntityName) => `${n.source === "label" ? 0 : 1}\u0000${n.language}\u0000${n.value}`;
  const unique = new Map(names.map((n) => [key(n), n]));
  return [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, n]) => n);
}

/**
 * Entity → related entities: both ends of a triple between two entities, and every pair of
 * entities one statement node (membership, clause, role, event…) connects.
 */
function relatedEntities(quads: readonly Quad[], entities: ReadonlySet<string>, notRelating: ReadonlySet<string>): Map<string, Set<string>> {
  const related = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => {
    if (a === b) return;
    related.set(a, (related.get(a) ?? new Set()).add(b));
    related.set(b, (related.get(b) ?? new Set()).add(a));
  };
  const touching = new Map<string, Set<string>>(); // statement node -> entities
  const touch = (node: string, entity: string) => touching.set(node, (touching.get(node) ?? new Set()).add(entity));
  for (const q of quads) {
    // Only pactgraph's own relations say how two things are related (not rdf:type or skos:exactMatch).
    if (!q.predicate.value.startsWith(PACT) || q.object.termType === "Literal") continue;
    const s = q.subject.value;
    const o = q.object.value;
    const sIsEntity = entities.has(s);
    const oIsEntity = entities.has(o);
    if (sIsEntity && oIsEntity) relate(s, o);
    else if (oIsEntity && !notRelating.has(s)) touch(s, o);
    else if (sIsEntity && !notRelating.has(o)) touch(o, s);
  }
  for (const members of touching.values()) {
    const list = [...members];
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) relate(list[i]!, list[j]!);
  }
  return related;
}
