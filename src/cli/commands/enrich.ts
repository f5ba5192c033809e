/** `pactgraph enrich`: fetch Wikidata facts of the linked items into data/links/wikidata-facts.trig. */
import { Command, Option } from "commander";
import { join, relative } from "node:path";
import { PactgraphError, UsageError } from "../../errors.js";
import type * as EnrichModule from "../../enrich/index.js";
import type { CommandContext } from "../context.js";
import { projectGraphFiles } from "../inputs.js";
import { createSource, endpointOf, type WikidataClientOptions } from "./link.js";
import { FACTS_FILE } from "./query-wikidata.js";

interface EnrichCliOptions extends WikidataClientOptions {
  readonly lang: string;
  readonly offline?: boolean;
  readonly cacheTtl: string;
  readonly interval: string;
  readonly timeout: string;
  readonly maxResponse: string;
  readonly retries: string;
}

const EXAMPLES = `
Examples:
  pactgraph enrich --contact mailto:me@example.org    fetch the facts of every linked item not saved yet
  pactgraph enrich --refresh                           fetch them all again; list every fact that changed
  pactgraph enrich --lang en,tr,ar --dry-run           fetch and report, write nothing
  pactgraph enrich --offline                           use cached answers only; send no request
  pactgraph query wikidata-membership-check --wikidata-local   the cross-check over the saved facts

What is fetched for each item: labels and aliases in --lang, P31 (instance of), P17 (country), P463
(member of) with its P580/P582 qualifiers, P571/P576 (inception, dissolved), and the labels and
classes of the organisations it is a member of, in Wikidata's own RDF shapes, each item in a named
graph with its provenance (endpoint, query, retrieval time, revision). Responses are cached in
.cache/wikidata/ like link's; the facts never replace the corpus's claims.`;

export function enrichCommand(context: CommandContext): Command {
  return new Command("enrich")
    .summary("fetch Wikidata facts of the linked items (labels, P31, P17, P463, P571/P576), with provenance")
    .description(
      "Fetches the facts of every Wikidata item the graph links to (skos:exactMatch) into data/links/wikidata-facts.trig, " +
        "one named graph per item with its provenance, through link's polite client (serial, rate-limited, Retry-After, cached). " +
        "Items already saved are kept unless --refresh, which reports every changed fact; redirects are reported.",
    )
    .option("--endpoint <url>", "SPARQL endpoint with Wikidata data (default: $PACTGRAPH_WIKIDATA_ENDPOINT, else the Wikidata Query Service)")
    .option("--lang <tags>", "languages of the labels and aliases to keep (comma-separated)", "en,tr,ar,de,fr")
    .addOption(new Option("--refresh", "fetch every item again, ignoring the cache, and report what changed").conflicts(["offline"]))
    .option("--offline", "send no request: use cached answers only")
    .option("--dry-run", "fetch and report, but write nothing (neither the facts file nor the cache)")
    .option("--contact <url>", "contact URL or mailto: put in the User-Agent (default: $PACTGRAPH_CONTACT)")
    .option("--cache-dir <dir>", "where responses are cached (default: .cache/wikidata in the project)")
    .option("--cache-ttl <duration>", "how long a cached response stays fresh (e.g. 30d, 12h; 0 caches nothing)", "30d")
    .option("--interval <duration>", "minimum time between two requests (e.g. 1, 500ms)", "1")
    .option("--timeout <duration>", "time limit of one request, body included (e.g. 30, 10s)", "30")
    .option("--max-response <size>", "largest answer read from the endpoint (e.g. 50M)", "50M")
    .option("--retries <n>", "retries after HTTP 429/5xx, timeouts and network errors", "4")
    .addHelpText("after", EXAMPLES)
    .action(async (options: EnrichCliOptions) => run(context, options));
}

async function run(context: CommandContext, options: EnrichCliOptions): Promise<void> {
  const [link, net, enrich, rdf] = await Promise.all([import("../../link/index.js"), import("../../net/index.js"), import("../../enrich/index.js"), import("../../rdf/index.js")]);
  const project = context.requireProject("graph to enrich");
  const endpoint = endpointOf(context, net, options);
  const languages = options.lang.split(",").map((t) => t.trim()).filter((t) => t !== "");
  const bad = languages.filter((t) => !link.isLanguageTag(t));
  if (languages.length === 0 || bad.length > 0) throw new UsageError(`not a language tag in --lang: ${bad.join(", ") || "(none given)"}; write e.g. en,tr,ar`);

  const quads = await rdf.loadRdfFiles(await projectGraphFiles(context));
  const items = new Map<string, string[]>();
  for (const q of quads) {
    if (q.predicate.value !== "http://www.w3.org/2004/02/skos/core#exactMatch" || q.object.termType !== "NamedNode") continue;
    const qid = link.qidOf(q.object.value);
    if (qid === undefined) continue;
    items.set(qid, [...(items.get(qid) ?? []), link.curieOf(q.subject.value)].sort());
  }
  const source = createSource(context, link, net, options, endpoint, project.root, "Wikidata enrichment");
  const factsFile = join(project.dataDir, FACTS_FILE);
  const report = await enrich.enrichItems({
    items,
    factsFile,
    languages,
    endpoint,
    client: options.offline ? undefined : source.client,
    cache: source.cache,
    refresh: options.refresh === true,
    write: options.dryRun !== true,
    onProgress: (line) => context.progress(line),
  });
  printReport(context, report, items, relative(project.root, factsFile), options.offline ? undefined : source);
}

function printReport(
  context: CommandContext,
  report: EnrichModule.EnrichReport,
  items: ReadonlyMap<string, readonly string[]>,
  factsFile: string,
  source: { readonly client: { readonly requests: number }; readonly cache?: { readonly hits: number } | undefined } | undefined,
): void {
  const out = (line: string) => context.out(line);
  const who = (qid: string) => `wd:${qid} (${(items.get(qid) ?? []).join(", ")})`;
  for (const o of report.outcomes) {
    if (o.status === "changed") {
      const revision = o.previousRevision !== o.facts.revision ? `, revision ${o.previousRevision ?? "?"} → ${o.facts.revision ?? "?"}` : "";
      out(`changed ${who(o.qid)}: ${o.diff.removed.length} fact(s) removed, ${o.diff.added.length} added${revision}`);
      for (const line of o.diff.removed) out(`  - ${line}`);
      for (const line of o.diff.added) out(`  + ${line}`);
    } else if (o.status === "failed" || o.status === "not fetched") out(`${o.status} ${who(o.qid)}: ${o.message}`);
  }
  for (const [qid, target] of report.redirects) out(`redirect ${who(qid)} now redirects to wd:${target}: point the link at wd:${target} (data/links/overrides.json), then run \`pactgraph link\` and \`pactgraph enrich\``);
  for (const qid of report.dropped) out(`dropped wd:${qid}: no entity links to it any more`);
  const count = (status: EnrichModule.ItemOutcome["status"]) => report.outcomes.filter((o) => o.status === status).length;
  const facts = report.outcomes.reduce((n, o) => n + (o.facts?.triples.length ?? 0), 0);
  out(`items ${items.size}: ${count("added")} added, ${count("changed")} changed, ${count("unchanged")} unchanged, ${count("kept")} kept, ${count("failed")} failed, ${count("not fetched")} not fetched; ${facts} facts`);
  if (source) out(`requests ${source.client.requests} (cache hits ${source.cache?.hits ?? 0})`);
  out(report.file === "not written" ? "dry run: wrote nothing" : `${report.file} ${factsFile}`);
  const failed = count("failed") + count("not fetched");
  if (failed > 0) {
    throw new PactgraphError(`${failed} item(s) could not be fetched; they keep their previous facts. Run \`pactgraph enrich\` again later${source ? "" : " without --offline"}.`, "E_LINK");
  }
}
