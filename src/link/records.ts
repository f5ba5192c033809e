/**
 * Link decisions as RDF: one `pact:WikidataLink` node per entity (status, method, item, score,
 * matched label, features, endpoint, date, candidates) plus the link itself, the entity's
 * `skos:exactMatch` to the Wikidata item, which is what queries follow. Pure functions both ways,
 * so the previous links file can be read back and compared.
 */
import type { Literal, Quad, Quad_Object, Quad_Subject } from "@rdfjs/types";
import { collectionNamespace } from "../rdf/prefixes.js";
import { blankNode, iri, langString, namedNode, plain, RDF_TYPE, TripleSink, typed } from "../rdf/terms.js";
import { classIri, conceptIri, propertyIri, type PropertyName } from "../schema/index.js";
import type { TaggedText } from "./candidates.js";
import { curieOf } from "./entities.js";
import type { Qid } from "./kinds.js";
import { qidOf, wikidataIri } from "./qid.js";

export const LINK_STATUSES = ["Linked", "NeedsReview", "NoWikidataItem"] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];
export const LINK_METHODS = ["Override", "AutomaticMatch"] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];

/** A candidate kept on a needs-review decision. */
export interface CandidateRecord {
  readonly item: Qid;
  readonly label: TaggedText;
  readonly description?: string | undefined;
  readonly score: number;
  readonly matchedLabel: TaggedText;
  readonly features: readonly string[];
}

/** The decision about one entity. */
export interface LinkRecord {
  readonly entity: string;
  readonly entityLabel: string;
  readonly status: LinkStatus;
  readonly method?: LinkMethod | undefined;
  readonly item?: Qid | undefined;
  readonly score?: number | undefined;
  readonly matchedLabel?: TaggedText | undefined;
  readonly features: readonly string[];
  readonly endpoint?: string | undefined;
  /** `YYYY-MM-DD`: when this decision was first made. */
  readonly decided: string;
  /** An override's note (why, verified how). */
  readonly comment?: string | undefined;
  /** Why the entity needs review, or what a curator should know. */
  readonly notes: readonly string[];
  readonly candidates: readonly CandidateRecord[];
}

const p = (name: PropertyName) => namedNode(propertyIri(name));
const RDFS_LABEL = iri("rdfs:label");
const RDFS_COMMENT = iri("rdfs:comment");
const LINK_CLASS = classIri("WikidataLink");
const CANDIDATE_CLASS = classIri("LinkCandidate");

/** `link:party-turkey` for `party:turkey`: one link node per entity, named after it. */
export function linkNodeIri(entity: string): string {
  const slug = curieOf(entity).replace(/^<|>$/g, "").replace(/[^A-Za-z0-9._-]+/g, "-");
  return collectionNamespace("link") + slug;
}

function tagged(text: TaggedText): Literal {
  return text.language ? langString(text.value, text.language) : plain(text.value);
}

/** The quads of a set of decisions (the content of data/links/wikidata.ttl). */
export function recordsToQuads(records: readonly LinkRecord[]): Quad[] {
  const t = new TripleSink();
  for (const record of records) {
    const node = namedNode(linkNodeIri(record.entity));
    const entity = namedNode(record.entity);
    const suffix = record.status === "Linked" ? "" : record.status === "NeedsReview" ? " (needs review)" : " (no Wikidata item)";
    t.add(node, RDF_TYPE, namedNode(LINK_CLASS))
      .add(node, RDFS_LABEL, langString(`Wikidata link of ${record.entityLabel}${suffix}`, "en"))
      .add(node, p("linkOf"), entity)
      .add(node, p("linkStatus"), namedNode(conceptIri(record.status)))
      .add(node, p("decisionDate"), typed(record.decided, "xsd:date"));
    if (record.method) t.add(node, p("linkMethod"), namedNode(conceptIri(record.method)));
    if (record.comment) t.add(node, RDFS_COMMENT, langString(record.comment, "en"));
    if (record.endpoint) t.add(node, p("sparqlEndpoint"), plain(record.endpoint));
    for (const note of record.notes) t.add(node, p("reviewNotes"), plain(note));
    addMatch(t, node, record);
    if (record.item) {
      t.add(node, p("wikidataItem"), namedNode(wikidataIri(record.item)));
      if (record.status === "Linked") t.add(entity, p("wikidata"), namedNode(wikidataIri(record.item)));
    }
    record.candidates.forEach((candidate, i) => {
      const c = blankNode(`${linkNodeIri(record.entity)}#candidate${i}`);
      t.add(node, p("candidates"), c)
        .add(c, RDF_TYPE, namedNode(CANDIDATE_CLASS))
        .add(c, RDFS_LABEL, tagged(candidate.label))
        .add(c, p("wikidataItem"), namedNode(wikidataIri(candidate.item)));
      if (candidate.description) t.add(c, RDFS_COMMENT, langString(candidate.description, "en"));
      addMatch(t, c, candidate);
    });
  }
  return t.quads;
}

function addMatch(t: TripleSink, node: Quad_Subject, match: { score?: number | undefined; matchedLabel?: TaggedText | undefined; features: readonly string[] }): void {
  if (match.score !== undefined) t.add(node, p("matchScore"), typed(match.score, "xsd:nonNegativeInteger"));
  if (match.matchedLabel) t.add(node, p("matchedLabel"), tagged(match.matchedLabel));
  for (const feature of match.features) t.add(node, p("matchFeatures"), plain(feature));
}

/** Reads decisions back from the quads of a links file (and ignores everything else). */
export function recordsFromQuads(quads: readonly Quad[]): LinkRecord[] {
  const bySubject = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), q]);
  }
  const objects = (subject: Quad_Subject | Quad_Object, predicate: string): Quad_Object[] =>
    (bySubject.get(`${subject.termType}:${subject.value}`) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object);
  const one = (subject: Quad_Subject | Quad_Object, name: PropertyName | "label" | "comment") => {
    const predicate = name === "label" ? RDFS_LABEL.value : name === "comment" ? RDFS_COMMENT.value : propertyIri(name);
    return objects(subject, predicate)[0];
  };
  const text = (term: Quad_Object | undefined): TaggedText | undefined =>
    term?.termType === "Literal" ? { value: term.value, language: term.language } : undefined;
  const score = (term: Quad_Object | undefined) => (term?.termType === "Literal" ? Number(term.value) : undefined);
  const strings = (subject: Quad_Object, name: PropertyName) => objects(subject, propertyIri(name)).map((o) => o.value).sort();
  const concept = <T extends string>(term: Quad_Object | undefined, values: readonly T[]): T | undefined =>
    values.find((v) => term?.value === conceptIri(v));

  const records: LinkRecord[] = [];
  for (const q of quads) {
    if (q.predicate.value !== RDF_TYPE.value || q.object.value !== LINK_CLASS) continue;
    const node = q.subject;
    const entity = one(node, "linkOf");
    const status = concept(one(node, "linkStatus"), LINK_STATUSES);
    if (!entity || !status) continue;
    const candidates = objects(node, propertyIri("candidates")).map((c): CandidateRecord | undefined => {
      const item = qidOf(one(c, "wikidataItem")?.value ?? "");
      const label = text(one(c, "label"));
      if (!item || !label) return undefined;
      return {
        item,
        label,
        description: one(c, "comment")?.value,
        score: score(one(c, "matchScore")) ?? 0,
        matchedLabel: text(one(c, "matchedLabel")) ?? label,
        features: strings(c, "matchFeatures"),
      };
    });
    records.push({
      entity: entity.value,
      entityLabel: (one(node, "label")?.value ?? "").replace(/^Wikidata link of /, "").replace(/ \((needs review|no Wikidata item)\)$/, ""),
      status,
      method: concept(one(node, "linkMethod"), LINK_METHODS),
      item: qidOf(one(node, "wikidataItem")?.value ?? ""),
      score: score(one(node, "matchScore")),
      matchedLabel: text(one(node, "matchedLabel")),
      features: strings(node, "matchFeatures"),
      endpoint: one(node, "sparqlEndpoint")?.value,
      decided: one(node, "decisionDate")?.value ?? "",
      comment: one(node, "comment")?.value,
      notes: strings(node, "reviewNotes"),
      candidates: candidates
        .filter((c): c is CandidateRecord => c !== undefined)
        .sort((a, b) => b.score - a.score || Number(a.item.slice(1)) - Number(b.item.slice(1))),
    });
  }
  return records.sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}
