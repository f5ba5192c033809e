/**
 * `pactgraph link`: decides, for every entity of the built graph that the graph itself does not
 * link, whether it is linked to a Wikidata item, and writes the decisions to the links file.
 *
 * An override always wins. Otherwise the entity's candidates are fetched (cache first) and
 * scored; the best is accepted only above the threshold and with a clear margin, or the entity
 * needs review with its candidates. Offline, or when a lookup fails or is not attempted (the
 * endpoint failed too often in a row and its circuit breaker opened), the entity keeps the
 * decision the links file already holds (or needs review, not searched yet). A decision keeps the
 * date it was first made, so re-running gives the same file.
 */
import { mkdir, readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isPactgraphError, PactgraphError } from "../errors.js";
import { CircuitOpenError } from "../net/index.js";
import { loadRdfFiles } from "../rdf/load.js";
import { collectCandidates } from "./candidates.js";
import { findLinkableEntities, type LinkableEntity } from "./entities.js";
import type { LinkKind, Qid } from "./kinds.js";
import { loadLinksFile, renderLinksFile, writeLinksFile } from "./links-file.js";
import { E_OVERRIDES, readOverrides, type Override } from "./overrides.js";
import { candidateQuery } from "./queries.js";
import { recordsFromQuads, type LinkRecord } from "./records.js";
import { decide, scoreCandidate, type MatchDecision } from "./score.js";
import type { SparqlSource } from "./sparql-source.js";

export interface LinkOptions {
  /** The built graph's files; the links file among them is read as the previous decisions. */
  readonly graphFiles: readonly string[];
  readonly linksFile: string;
  readonly overridesFile: string;
  /** Where candidates come from; absent when offline (nothing is searched). */
  readonly source?: SparqlSource | undefined;
  /** Search only entities of these kinds (overrides still apply to all). */
  readonly kinds?: readonly LinkKind[] | undefined;
  /** Languages searched besides the entity's own and `mul`. */
  readonly languages: readonly string[];
  /** `YYYY-MM-DD`, the date of new decisions. */
  readonly today: string;
  /** False for a dry run: decide, write nothing. */
  readonly write: boolean;
  readonly onProgress?: ((message: string) => void) | undefined;
}

/** An entity whose lookup failed (it keeps its previous decision, if any). */
export interface LinkFailure {
  readonly curie: string;
  readonly message: string;
}

export interface LinkReport {
  readonly records: readonly LinkRecord[];
  /** Lookups made (answered from the cache or the endpoint, or failed). */
  readonly attempted: number;
  /** Attempted lookups that failed. */
  readonly failures: readonly LinkFailure[];
  /** Entities not looked up because the endpoint had failed too often in a row (CURIEs). */
  readonly notAttempted: readonly string[];
  /** Entities the graph itself links (in a DSL module), left alone. */
  readonly linkedInGraph: readonly string[];
  readonly file: "written" | "unchanged" | "not written";
}

/** The note on an entity that was never searched. */
export const NOT_SEARCHED_NOTE =
  "Not searched yet: run `pactgraph link` against a SPARQL endpoint, or decide it in data/links/overrides.json.";

/** Runs the linker; see the module comment. */
export async function linkEntities(options: LinkOptions): Promise<LinkReport> {
  const linksPath = resolve(options.linksFile);
  const graphQuads = await loadRdfFiles(options.graphFiles.filter((f) => resolve(f) !== linksPath));
  const entities = findLinkableEntities(graphQuads);
  const previous = new Map(recordsFromQuads(await loadLinksFile(options.linksFile)).map((r) => [r.entity, r]));
  const overrides = await readOverrides(options.overridesFile);
  const byEntity = checkOverrides(overrides, entities, options.overridesFile);
  const known = knownItems(entities, overrides);

  const records: LinkRecord[] = [];
  const failures: LinkFailure[] = [];
  const notAttempted: string[] = [];
  const linkedInGraph: string[] = [];
  const searched = entities.filter((e) => !e.linkedTo && !byEntity.has(e.iri) && selected(e, options.kinds));
  let done = 0;
  for (const entity of entities) {
    if (entity.linkedTo) {
      linkedInGraph.push(entity.curie);
      continue;
    }
    const before = previous.get(entity.iri);
    const carried = before?.method === "Override" ? undefined : before;
    const override = byEntity.get(entity.iri);
    let record: LinkRecord | undefined;
    if (override) record = fromOverride(entity, override);
    else if (!selected(entity, options.kinds)) record = carried;
    else if (!options.source) record = carried ?? notSearched(entity, options.today);
    else {
      options.onProgress?.(`searching ${entity.curie} (${++done}/${searched.length})…`);
      try {
        // Cached answers still come back once the endpoint's breaker is open; others are not attempted.
        const results = await options.source.select(candidateQuery(entity, options.languages, relatedItems(entity, known)));
        const scored = collectCandidates(results).map((c) => scoreCandidate(entity, c));
        record = fromDecision(entity, decide(scored), options.source.endpoint, options.today);
      } catch (error) {
        if (error instanceof CircuitOpenError) notAttempted.push(entity.curie);
        else if (isPactgraphError(error)) failures.push({ curie: entity.curie, message: error.message });
        else throw error;
        record = carried;
      }
    }
    if (record) records.push(keepDate(record, before));
  }

  const content = renderLinksFile(records);
  let file: LinkReport["file"] = "not written";
  if (options.write) {
    await mkdir(dirname(linksPath), { recursive: true });
    const current = await readFile(linksPath, "utf8").catch(() => undefined);
    file = (await writeLinksFile(linksPath, content, current)) ? "written" : "unchanged";
  }
  return { records, attempted: done - notAttempted.length, failures, notAttempted, linkedInGraph, file };
}

function selected(entity: LinkableEntity, kinds: readonly LinkKind[] | undefined): boolean {
  return kinds === undefined || kinds.includes(entity.expectation.kind);
}

function checkOverrides(overrides: readonly Override[], entities: readonly LinkableEntity[], path: string): Map<string, Override> {
  const byIri = new Map(entities.map((e) => [e.iri, e]));
  const problems: string[] = [];
  for (const o of overrides) {
    const entity = byIri.get(o.entity);
    if (!entity) problems.push(`"${o.key}" is not a party, organisation, person, region or agreement of the built graph; fix or remove the entry`);
    else if (entity.linkedTo) problems.push(`"${o.key}" is already linked to wd:${entity.linkedTo} in its DSL module; remove one of the two`);
  }
  if (problems.length > 0) throw new PactgraphError(`${path}: ${problems.join("\n  ")}`, E_OVERRIDES);
  return new Map(overrides.map((o) => [o.entity, o]));
}

/** Items known before any search (links in the graph, overrides): the evidence candidates are tied to. */
function knownItems(entities: readonly LinkableEntity[], overrides: readonly Override[]): Map<string, Qid> {
  const known = new Map<string, Qid>();
  for (const e of entities) if (e.linkedTo) known.set(e.iri, e.linkedTo);
  for (const o of overrides) if (o.wikidata !== "none") known.set(o.entity, o.wikidata);
  return known;
}

function relatedItems(entity: LinkableEntity, known: ReadonlyMap<string, Qid>): Qid[] {
  const items = entity.related.map((iri) => known.get(iri)).filter((q): q is Qid => q !== undefined);
  return [...new Set(items)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

function fromOverride(entity: LinkableEntity, o: Override): LinkRecord {
  const base = { entity: entity.iri, entityLabel: entity.label, method: "Override", features: [], decided: o.decided, comment: o.note, notes: [], candidates: [] } as const;
  if (o.wikidata === "none") return { ...base, status: "NoWikidataItem" };
  return { ...base, status: "Linked", item: o.wikidata, matchedLabel: o.name ? { value: o.name, language: "en" } : undefined };
}

function fromDecision(entity: LinkableEntity, decision: MatchDecision, endpoint: string, today: string): LinkRecord {
  const base = { entity: entity.iri, entityLabel: entity.label, endpoint, decided: today };
  if (decision.status === "Linked") {
    const { best } = decision;
    return { ...base, status: "Linked", method: "AutomaticMatch", item: best.item, score: best.score, matchedLabel: best.matchedLabel, features: best.features, notes: [], candidates: [] };
  }
  return {
    ...base,
    status: "NeedsReview",
    features: [],
    notes: [`Needs review: ${decision.reason}.`],
    candidates: decision.candidates.map((c) => ({
      item: c.item,
      label: c.label ?? c.matchedLabel,
      description: c.description,
      score: c.score,
      matchedLabel: c.matchedLabel,
      features: c.features,
    })),
  };
}

function notSearched(entity: LinkableEntity, today: string): LinkRecord {
  return { entity: entity.iri, entityLabel: entity.label, status: "NeedsReview", features: [], decided: today, notes: [NOT_SEARCHED_NOTE], candidates: [] };
}

/** A decision that has not changed keeps the date it was first made (overrides carry their own). */
function keepDate(record: LinkRecord, before: LinkRecord | undefined): LinkRecord {
  if (!before || record.method === "Override") return record;
  const same = before.status === record.status && before.method === record.method && before.item === record.item;
  return same ? { ...record, decided: before.decided } : record;
}
