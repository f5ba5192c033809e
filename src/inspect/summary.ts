/** A quick census of a graph: triples, instances per class, claims per epistemic status. */
import type { Quad } from "@rdfjs/types";
import { PACT } from "../rdf/prefixes.js";
import { quadKey } from "../rdf/terms.js";
import { propertyIri } from "../schema/index.js";

export interface GraphSummary {
  readonly triples: number;
  readonly instancesByClass: readonly (readonly [string, number])[];
  readonly claimsByStatus: readonly (readonly [string, number])[];
  readonly reviewNotes: number;
}

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/** Counts what is in the graph (distinct triples; pact: classes only). */
export function summarizeGraph(quads: readonly Quad[]): GraphSummary {
  const seen = new Set<string>();
  const byClass = new Map<string, number>();
  const byStatus = new Map<string, number>();
  let reviewNotes = 0;
  const statusPredicate = propertyIri("epistemicStatus");
  const reviewPredicate = propertyIri("reviewNotes");
  for (const q of quads) {
    const key = quadKey(q);
    if (seen.has(key)) continue;
    seen.add(key);
    if (q.predicate.value === RDF_TYPE && q.object.value.startsWith(PACT)) increment(byClass, local(q.object.value));
    if (q.predicate.value === statusPredicate) increment(byStatus, local(q.object.value));
    if (q.predicate.value === reviewPredicate) reviewNotes += 1;
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { triples: seen.size, instancesByClass: sorted(byClass), claimsByStatus: sorted(byStatus), reviewNotes };
}

/** The summary as aligned text lines. */
export function formatSummary(summary: GraphSummary): string {
  const lines = [`triples          ${summary.triples}`, `review notes     ${summary.reviewNotes}`, "", "instances by class:"];
  for (const [name, count] of summary.instancesByClass) lines.push(`  ${name.padEnd(30)} ${String(count).padStart(5)}`);
  lines.push("", "claims by epistemic status:");
  for (const [name, count] of summary.claimsByStatus) lines.push(`  ${name.padEnd(30)} ${String(count).padStart(5)}`);
  return lines.join("\n");
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function local(iri: string): string {
  return iri.slice(PACT.length);
}
