/**
 * `pactgraph link --check`: re-verifies every Wikidata link of the built graph against the
 * endpoint. A link is stale when its item no longer exists, now redirects to another item, is an
 * instance of a class that rules it out, is no longer an instance of the expected class, or no
 * longer has a label or alias equal to the entity's name (or the name an override was verified
 * under). Once the endpoint has failed too often in a row (its circuit breaker is open), the
 * links left are not attempted.
 */
import { isPactgraphError } from "../errors.js";
import { CircuitOpenError } from "../net/index.js";
import { loadRdfFiles } from "../rdf/load.js";
import { findLinkableEntities, type LinkableEntity } from "./entities.js";
import type { LinkKind, Qid } from "./kinds.js";
import { qidOf } from "./qid.js";
import { checkQuery } from "./queries.js";
import { recordsFromQuads, type LinkMethod } from "./records.js";
import type { SparqlResults } from "./results.js";
import type { SparqlSource } from "./sparql-source.js";

export interface CheckOptions {
  readonly graphFiles: readonly string[];
  readonly source: SparqlSource;
  readonly languages: readonly string[];
  readonly kinds?: readonly LinkKind[] | undefined;
  readonly onProgress?: ((message: string) => void) | undefined;
}

/** The verdict on one link. */
export interface CheckResult {
  readonly curie: string;
  readonly label: string;
  readonly item: Qid;
  /** Who made the link: an override, the automatic match, or the DSL module itself. */
  readonly method: LinkMethod | "DSL";
  /** `not attempted`: the endpoint had failed too often in a row to ask it again. */
  readonly verdict: "ok" | "stale" | "failed" | "not attempted";
  readonly reasons: readonly string[];
}

/** Checks every link of the graph (of the selected kinds), one query per link. */
export async function checkLinks(options: CheckOptions): Promise<CheckResult[]> {
  const quads = await loadRdfFiles(options.graphFiles);
  const records = new Map(recordsFromQuads(quads).map((r) => [r.entity, r]));
  const linked = findLinkableEntities(quads).filter((e) => e.linkedTo && (!options.kinds || options.kinds.includes(e.expectation.kind)));
  const results: CheckResult[] = [];
  for (const [i, entity] of linked.entries()) {
    const item = entity.linkedTo!;
    const record = records.get(entity.iri);
    const base = { curie: entity.curie, label: entity.label, item, method: record?.method ?? ("DSL" as const) };
    options.onProgress?.(`checking ${entity.curie} = wd:${item} (${i + 1}/${linked.length})…`);
    try {
      const answer = await options.source.select(checkQuery(item, entity, options.languages));
      const names = [...entity.names.map((n) => n.value), ...(record?.matchedLabel ? [record.matchedLabel.value] : [])];
      const reasons = staleReasons(entity, item, answer, names);
      results.push({ ...base, verdict: reasons.length > 0 ? "stale" : "ok", reasons });
    } catch (error) {
      if (!isPactgraphError(error)) throw error;
      const attempted = !(error instanceof CircuitOpenError);
      results.push({ ...base, verdict: attempted ? "failed" : "not attempted", reasons: attempted ? [error.message] : [] });
    }
  }
  return results;
}

/** Why the answer to a check query makes the link stale (empty when it still fits). */
export function staleReasons(entity: LinkableEntity, item: Qid, answer: SparqlResults, names: readonly string[]): string[] {
  const exists = answer.rows.some((r) => r.exists?.value === "true" || r.exists?.value === "1") || answer.rows.some((r) => r.name || r.class);
  if (!exists) return [`wd:${item} does not exist on the endpoint (deleted?); find its successor or remove the link`];
  const redirects = answer.rows.map((r) => (r.redirect ? qidOf(r.redirect.value) : undefined)).filter((q): q is Qid => q !== undefined);
  if (redirects.length > 0) return [`wd:${item} now redirects to ${redirects.map((q) => `wd:${q}`).join(", ")}; link that item instead`];
  const reasons: string[] = [];
  const classes = new Set(answer.rows.map((r) => (r.class ? qidOf(r.class.value) : undefined)).filter((q): q is Qid => q !== undefined));
  const { accept, conflicts, kind } = entity.expectation;
  const conflicting = conflicts.filter((c) => classes.has(c));
  if (conflicting.length > 0) reasons.push(`wd:${item} is an instance of ${conflicting.map((q) => `wd:${q}`).join(", ")}, which rules it out for a ${kind}`);
  else if (accept.length > 0 && !accept.some((c) => classes.has(c))) {
    reasons.push(`wd:${item} is not an instance of ${accept.map((q) => `wd:${q}`).join(" or ")} any more`);
  }
  const itemNames = new Set(answer.rows.map((r) => r.name?.value).filter((v): v is string => v !== undefined));
  if (!names.some((n) => itemNames.has(n))) {
    reasons.push(`no label or alias of wd:${item} equals ${names.map((n) => `"${n}"`).join(" or ")} any more`);
  }
  return reasons;
}
