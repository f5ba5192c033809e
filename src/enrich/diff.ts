/** What changed between two retrievals of an item's facts, as lines a person can read. */
import type { Quad, Term } from "@rdfjs/types";
import { WIKIDATA_PREFIXES } from "./facts-query.js";
import { factKeys, type ItemFacts } from "./item-facts.js";
import { quadKey } from "../rdf/terms.js";
import { DataFactory } from "n3";

export interface FactsDiff {
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

/** Facts in `before` and not in `after` (removed), and the reverse (added), each as a Turtle-like line. */
export function diffFacts(before: ItemFacts, after: ItemFacts): FactsDiff {
  const old = new Set(factKeys(before));
  const now = new Set(factKeys(after));
  const line = (facts: ItemFacts, keep: (key: string) => boolean) =>
    facts.triples
      .filter((t) => keep(quadKey(DataFactory.quad(t.subject, t.predicate, t.object))))
      .map(describeTriple)
      .sort();
  return { removed: line(before, (k) => !now.has(k)), added: line(after, (k) => !old.has(k)) };
}

/** True when two retrievals hold the same facts. */
export function sameFacts(a: ItemFacts, b: ItemFacts): boolean {
  const x = factKeys(a);
  const y = factKeys(b);
  return x.length === y.length && x.every((key, i) => key === y[i]);
}

function describeTriple(t: Quad): string {
  return `${shorten(t.subject)} ${shorten(t.predicate)} ${shorten(t.object)}`;
}

function shorten(term: Term): string {
  if (term.termType === "Literal") {
    const text = JSON.stringify(term.value);
    if (term.language) return `${text}@${term.language}`;
    const datatype = term.datatype.value;
    return datatype === "http://www.w3.org/2001/XMLSchema#string" ? text : `${text}^^${shorten(term.datatype)}`;
  }
  for (const [prefix, iri] of Object.entries(WIKIDATA_PREFIXES)) {
    if (term.value.startsWith(iri) && /^[\w-]*$/.test(term.value.slice(iri.length))) return `${prefix}:${term.value.slice(iri.length)}`;
  }
  return `<${term.value}>`;
}
