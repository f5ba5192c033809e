/**
 * `pactgraph enrich`: fetches the facts of every Wikidata item the graph links to, one polite,
 * cached request per item (the `link` command's client: serial, rate-limited, Retry-After, size
 * limit), and keeps them in the facts file beside — never over — the corpus's own claims.
 *
 * An item already in the file is kept as it is unless `refresh`; a refreshed item whose facts
 * changed is reported line by line (then saved), one whose facts did not change keeps its
 * provenance, so the file stays byte for byte the same. A redirect (owl:sameAs) is reported: the
 * link should move to the item it points to. A failed fetch keeps the item's previous facts and
 * makes the run fail; items no longer linked leave the file.
 */
import { dirname } from "node:path";
import { mkdir, readFile } from "node:fs/promises";
import { isPactgraphError } from "../errors.js";
import { writeFileAtomically } from "../io/index.js";
import { CircuitOpenError } from "../net/index.js";
import type { ResponseCache, SparqlHttpClient } from "../link/index.js";
import { parseSparqlJson } from "../link/index.js";
import { diffFacts, sameFacts, type FactsDiff } from "./diff.js";
import { readFactsFile, renderFactsFile } from "./facts-file.js";
import { factsQuery } from "./facts-query.js";
import { factsFromResults, type ItemFacts } from "./item-facts.js";

export interface EnrichOptions {
  /** The linked items (`Q43`), each with the entities linked to it (CURIEs, for messages). */
  readonly items: ReadonlyMap<string, readonly string[]>;
  readonly factsFile: string;
  readonly languages: readonly string[];
  readonly endpoint: string;
  /** The polite client; absent offline (only cached answers are used). */
  readonly client?: SparqlHttpClient | undefined;
  readonly cache?: ResponseCache | undefined;
  /** Fetch items already in the file again (ignoring the cache) and report what changed. */
  readonly refresh?: boolean;
  /** False for a dry run: fetch and report, write nothing. */
  readonly write: boolean;
  readonly now?: () => number;
  readonly onProgress?: ((message: string) => void) | undefined;
}

export type ItemOutcome =
  | { readonly qid: string; readonly status: "added" | "kept" | "unchanged"; readonly facts: ItemFacts }
  | { readonly qid: string; readonly status: "changed"; readonly facts: ItemFacts; readonly diff: FactsDiff; readonly previousRevision?: string | undefined }
  | { readonly qid: string; readonly status: "failed" | "not fetched"; readonly message: string; readonly facts?: ItemFacts | undefined };

export interface EnrichReport {
  readonly outcomes: readonly ItemOutcome[];
  /** Items that were in the file but are no longer linked. */
  readonly dropped: readonly string[];
  /** Items that are redirects: qid → the item they redirect to. */
  readonly redirects: ReadonlyMap<string, string>;
  readonly file: "written" | "unchanged" | "not written";
}

const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));

/** Runs enrich; see the module comment. */
export async function enrichItems(options: EnrichOptions): Promise<EnrichReport> {
  const now = options.now ?? Date.now;
  const previous = await readFactsFile(options.factsFile);
  const qids = [...options.items.keys()].sort(byNumber);
  const outcomes: ItemOutcome[] = [];
  for (const [index, qid] of qids.entries()) {
    const before = previous.get(qid);
    if (before && !options.refresh) {
      outcomes.push({ qid, status: "kept", facts: before });
      continue;
    }
    options.onProgress?.(`fetching wd:${qid} (${index + 1}/${qids.length})…`);
    try {
      const fetched = await fetchFacts(qid, options, now);
      if (!fetched) outcomes.push({ qid, status: "not fetched", message: "offline, and no cached answer", facts: before });
      else if (!before) outcomes.push({ qid, status: "added", facts: fetched });
      else if (sameFacts(before, fetched)) outcomes.push({ qid, status: "unchanged", facts: before });
      else outcomes.push({ qid, status: "changed", facts: fetched, diff: diffFacts(before, fetched), previousRevision: before.revision });
    } catch (error) {
      if (!(error instanceof CircuitOpenError) && !isPactgraphError(error)) throw error;
      outcomes.push({ qid, status: "failed", message: error.message, facts: before });
    }
  }
  const kept = outcomes.flatMap((o) => (o.facts ? [o.facts] : []));
  const redirects = new Map(kept.filter((f) => f.redirectsTo !== undefined).map((f) => [f.qid, f.redirectsTo!]));
  const dropped = [...previous.keys()].filter((qid) => !options.items.has(qid)).sort(byNumber);
  let file: EnrichReport["file"] = "not written";
  if (options.write) {
    const content = await renderFactsFile(kept);
    const current = await readFile(options.factsFile, "utf8").catch(() => undefined);
    if (current === content) file = "unchanged";
    else {
      await mkdir(dirname(options.factsFile), { recursive: true });
      await writeFileAtomically(options.factsFile, content);
      file = "written";
    }
  }
  return { outcomes, dropped, redirects, file };
}

/** An item's facts from the cache (unless refreshing) or the endpoint; undefined offline on a miss. */
async function fetchFacts(qid: string, options: EnrichOptions, now: () => number): Promise<ItemFacts | undefined> {
  const query = factsQuery(qid, options.languages);
  const { endpoint, cache, client } = options;
  if (cache && !options.refresh) {
    const entry = await cache.lookup(endpoint, query);
    if (entry) {
      try {
        return factsFromResults(qid, parseSparqlJson(entry.body, `cached response of ${endpoint}`), endpoint, query, isoSecond(entry.storedAt));
      } catch {
        // Only parsed answers are cached, so this entry was damaged on disk: fetch it again.
      }
    }
  }
  if (!client) return undefined;
  const body = await client.select(query);
  const fetchedAt = now();
  const facts = factsFromResults(qid, parseSparqlJson(body, endpoint), endpoint, query, isoSecond(fetchedAt));
  await cache?.set(endpoint, query, body, fetchedAt);
  return facts;
}

function isoSecond(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");
}
