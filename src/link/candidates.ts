/** Gathers the rows of a candidate query into one record per Wikidata item. */
import type { Qid } from "./kinds.js";
import { qidOf } from "./qid.js";
import type { SparqlResults, SparqlTerm } from "./results.js";

/** A language-tagged string as Wikidata gave it. */
export interface TaggedText {
  readonly value: string;
  readonly language: string;
}

/** A label or alias of a candidate that equals one of the entity's names. */
export interface NameMatch extends TaggedText {
  readonly via: "label" | "alias";
}

/** Everything a query said about one candidate item. */
export interface CandidateEvidence {
  readonly item: Qid;
  /** Its English (else multilingual) label, for display. */
  readonly label?: TaggedText | undefined;
  readonly description?: string | undefined;
  readonly matches: readonly NameMatch[];
  /** Classes of interest it is an instance of (P31/P279*). */
  readonly classes: readonly Qid[];
  /** Related entities' items it is tied to by P463, P710 or P1891. */
  readonly related: readonly Qid[];
}

interface Draft {
  label?: TaggedText;
  description?: string;
  matches: Map<string, NameMatch>;
  classes: Set<Qid>;
  related: Set<Qid>;
}

/** One {@link CandidateEvidence} per item in the rows, sorted by item number. */
export function collectCandidates(results: SparqlResults): CandidateEvidence[] {
  const drafts = new Map<Qid, Draft>();
  for (const row of results.rows) {
    const item = row.item?.type === "uri" ? qidOf(row.item.value) : undefined;
    if (!item) continue;
    let draft = drafts.get(item);
    if (!draft) drafts.set(item, (draft = { matches: new Map(), classes: new Set(), related: new Set() }));
    const name = literal(row.name);
    const via = row.via?.value;
    if (name && (via === "label" || via === "alias")) draft.matches.set(`${via}\u0000${name.language}\u0000${name.value}`, { ...name, via });
    const label = literal(row.label);
    if (label && (!draft.label || (draft.label.language !== "en" && label.language === "en"))) draft.label = label;
    if (row.description?.type === "literal") draft.description = row.description.value;
    const cls = row.class?.type === "uri" ? qidOf(row.class.value) : undefined;
    if (cls) draft.classes.add(cls);
    const related = row.related?.type === "uri" ? qidOf(row.related.value) : undefined;
    if (related) draft.related.add(related);
  }
  return [...drafts.entries()]
    .sort(([a], [b]) => compareQids(a, b))
    .map(([item, d]) => ({
      item,
      label: d.label,
      description: d.description,
      matches: [...d.matches.values()],
      classes: [...d.classes].sort(compareQids),
      related: [...d.related].sort(compareQids),
    }));
}

/** Orders item IDs by number (Q5 before Q43). */
export function compareQids(a: Qid, b: Qid): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function literal(term: SparqlTerm | undefined): TaggedText | undefined {
  return term?.type === "literal" ? { value: term.value, language: term.language ?? "" } : undefined;
}
