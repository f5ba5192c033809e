/** `pactgraph link`: link the graph's entities to Wikidata items; review, check, overrides. */
import { Command, Option } from "commander";
import { join, relative } from "node:path";
import { PactgraphError, UsageError } from "../../errors.js";
import type * as LinkModule from "../../link/index.js";
import type * as NetModule from "../../net/index.js";
import type { CommandContext } from "../context.js";
import { projectGraphFiles } from "../inputs.js";
import { parseByteSize, parseDuration, parseInteger } from "../values.js";

interface LinkCliOptions {
  readonly endpoint?: string;
  readonly types?: string;
  readonly dryRun?: boolean;
  readonly review?: boolean;
  readonly check?: boolean;
  readonly offline?: boolean;
  readonly refresh?: boolean;
  readonly languages: string;
  readonly contact?: string;
  readonly cacheDir?: string;
  readonly cacheTtl: string;
  readonly interval: string;
  readonly timeout: string;
  readonly maxResponse: string;
  readonly retries: string;
}

/** The options of the polite Wikidata client, shared with `enrich`. */
export type WikidataClientOptions = Pick<LinkCliOptions, "endpoint" | "contact" | "cacheDir" | "cacheTtl" | "interval" | "timeout" | "maxResponse" | "retries" | "refresh" | "dryRun">;

/** The public Wikidata Query Service. */
export const WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";

const EXAMPLES = `
Examples:
  pactgraph link                              search every unlinked entity, write data/links/wikidata.ttl
  pactgraph link --review                     the entities that need review, with their candidates
  pactgraph link --types state,person --dry-run
  pactgraph link --check                      are the existing links still right? (exit 1 if stale)
  pactgraph link --offline                    apply data/links/overrides.json only; search nothing
  pactgraph link --contact mailto:me@example.org --endpoint http://localhost:9999/sparql

Overrides in data/links/overrides.json always win. Responses are cached in .cache/wikidata/
(--refresh ignores them), so a second run makes no requests.`;

export function linkCommand(context: CommandContext): Command {
  return new Command("link")
    .summary("link parties, organisations, people, regions and agreements to Wikidata items")
    .description(
      "Finds Wikidata candidates for each entity the graph does not link yet (by label and alias, constrained " +
        "by type), scores them, and writes accepted links (skos:exactMatch) and undecided entities with their " +
        "candidates to data/links/wikidata.ttl. Requests are serial, rate-limited, retried politely and cached.",
    )
    .option("--endpoint <url>", "SPARQL endpoint with Wikidata data (default: $PACTGRAPH_WIKIDATA_ENDPOINT, else the Wikidata Query Service)")
    .option("--types <kinds>", "only these kinds: state, organization, group, nonstate, person, region, agreement (comma-separated)")
    .option("--dry-run", "decide and report, but write nothing (neither the links file nor the cache)")
    .addOption(new Option("--review", "print the entities that need review and their candidates (from the links file; no requests)").conflicts(["check", "offline", "dryRun"]))
    .addOption(new Option("--check", "re-verify the existing links against the endpoint; exit 1 if any is stale").conflicts(["offline", "dryRun"]))
    .option("--offline", "search nothing: apply the overrides, keep recorded decisions, mark other entities not searched")
    .option("--refresh", "ignore cached responses (new ones are still cached)")
    .option("--languages <tags>", "languages to search names in besides the entity's own and mul", "de,fr,es,tr,ar")
    .option("--contact <url>", "contact URL or mailto: put in the User-Agent (default: $PACTGRAPH_CONTACT)")
    .option("--cache-dir <dir>", "where responses are cached (default: .cache/wikidata in the project)")
    .option("--cache-ttl <duration>", "how long a cached response stays fresh (e.g. 30d, 12h; 0 caches nothing)", "30d")
    .option("--interval <duration>", "minimum time between two requests (e.g. 1, 500ms)", "1")
    .option("--timeout <duration>", "time limit of one request, body included (e.g. 30, 10s)", "30")
    .option("--max-response <size>", "largest answer read from the endpoint; a larger one fails that lookup (e.g. 50M, 1G)", "50M")
    .option("--retries <n>", "retries after HTTP 429/5xx, timeouts and network errors", "4")
    .addHelpText("after", EXAMPLES)
    .action(async (options: LinkCliOptions) => {
      const [link, net] = await Promise.all([import("../../link/index.js"), import("../../net/index.js")]);
      const project = context.requireProject("graph to link");
      const root = project.root;
      const linksFile = join(project.dataDir, "links", "wikidata.ttl");
      const kinds = parseKinds(link, options.types);
      // Checked on every run, so a URL with credentials in it is refused even when nothing is sent.
      const endpoint = endpointOf(context, net, options);
      if (options.review) return review(context, link, linksFile, root);
      const languages = parseLanguages(link, options.languages);
      const graphFiles = await projectGraphFiles(context);
      const source = options.offline ? undefined : createSource(context, link, net, options, endpoint, root);
      const onProgress = (line: string) => context.progress(line);
      if (options.check) {
        if (!source) throw new UsageError("--check needs the endpoint; drop --offline");
        const results = await link.checkLinks({ graphFiles, source, languages, kinds, onProgress });
        return reportCheck(context, results, source);
      }
      const report = await link.linkEntities({
        graphFiles,
        linksFile,
        overridesFile: join(project.dataDir, "links", "overrides.json"),
        source,
        kinds,
        languages,
        today: new Date().toISOString().slice(0, 10),
        write: options.dryRun !== true,
        onProgress,
      });
      reportLink(context, report, relative(root, linksFile), source);
    });
}

function parseKinds(link: typeof LinkModule, types: string | undefined): LinkModule.LinkKind[] | undefined {
  if (types === undefined) return undefined;
  const kinds = types.split(",").map((t) => t.trim()).filter((t) => t !== "");
  const unknown = kinds.filter((k) => !link.isLinkKind(k));
  if (kinds.length === 0 || unknown.length > 0) {
    throw new UsageError(`unknown kind${unknown.length === 1 ? "" : "s"} in --types: ${unknown.join(", ") || "(none given)"}; use ${link.LINK_KINDS.join(", ")}`);
  }
  return kinds.filter(link.isLinkKind);
}

function parseLanguages(link: typeof LinkModule, list: string): string[] {
  const tags = list.split(",").map((t) => t.trim()).filter((t) => t !== "");
  const bad = tags.filter((t) => !link.isLanguageTag(t));
  if (bad.length > 0) throw new UsageError(`not a language tag in --languages: ${bad.join(", ")}; write e.g. de,fr,tr`);
  return tags;
}

/** The endpoint: --endpoint, else $PACTGRAPH_WIKIDATA_ENDPOINT, else WDQS; errors name where it came from. */
export function endpointOf(context: CommandContext, net: typeof NetModule, options: Pick<LinkCliOptions, "endpoint">): string {
  const fromEnv = context.io.env.PACTGRAPH_WIKIDATA_ENDPOINT;
  if (options.endpoint !== undefined) return net.requireHttpUrl(options.endpoint, "--endpoint").href;
  return fromEnv ? net.requireHttpUrl(fromEnv, "PACTGRAPH_WIKIDATA_ENDPOINT").href : WIKIDATA_ENDPOINT;
}

export function createSource(
  context: CommandContext,
  link: typeof LinkModule,
  net: typeof NetModule,
  options: WikidataClientOptions,
  endpoint: string,
  root: string,
  purpose = "Wikidata linker",
): LinkModule.CachedSparqlSource {
  const client = new link.SparqlHttpClient({
    endpoint,
    userAgent: net.userAgent(purpose, options.contact ?? context.io.env.PACTGRAPH_CONTACT),
    minIntervalMs: parseDuration(options.interval, "--interval", { allowZero: true }),
    timeoutMs: parseDuration(options.timeout, "--timeout"),
    maxResponseBytes: parseByteSize(options.maxResponse, "--max-response"),
    maxRetries: parseInteger(options.retries, "--retries", 0, 20),
  });
  const cache = new link.ResponseCache({
    directory: options.cacheDir ? context.path(options.cacheDir) : join(root, ".cache", "wikidata"),
    ttlMs: parseDuration(options.cacheTtl, "--cache-ttl", { allowZero: true, unbounded: true }),
    readOnly: options.dryRun === true,
  });
  return new link.CachedSparqlSource(client, cache, options.refresh === true);
}

function reportLink(context: CommandContext, report: LinkModule.LinkReport, linksFile: string, source: LinkModule.CachedSparqlSource | undefined): void {
  const out = (line: string) => context.out(line);
  const linked = report.records.filter((r) => r.status === "Linked");
  const overrides = linked.filter((r) => r.method === "Override").length;
  const width = 14;
  for (const failure of report.failures) out(`failed  ${failure.curie}: ${failure.message}`);
  out(`${"linked".padEnd(width)}${String(linked.length).padStart(4)}  (${overrides} override, ${linked.length - overrides} automatic)`);
  out(`${"needs review".padEnd(width)}${String(report.records.filter((r) => r.status === "NeedsReview").length).padStart(4)}`);
  out(`${"no item".padEnd(width)}${String(report.records.filter((r) => r.status === "NoWikidataItem").length).padStart(4)}`);
  if (report.linkedInGraph.length > 0) out(`${"linked in DSL".padEnd(width)}${String(report.linkedInGraph.length).padStart(4)}`);
  out(`${"failed".padEnd(width)}${String(report.failures.length).padStart(4)}`);
  const gaveUp = source ? `the endpoint failed ${source.client.breaker.threshold} times in a row` : "";
  if (report.notAttempted.length > 0) out(`${"not attempted".padEnd(width)}${String(report.notAttempted.length).padStart(4)}  (${gaveUp})`);
  if (source) out(`${"requests".padEnd(width)}${String(source.client.requests).padStart(4)}  (cache hits ${source.cache?.hits ?? 0})`);
  out(report.file === "not written" ? `dry run: wrote nothing` : `${report.file} ${linksFile}`);
  if (report.failures.length + report.notAttempted.length > 0) {
    const skipped = report.notAttempted.length > 0 ? `, and ${report.notAttempted.length} were not attempted because ${gaveUp}` : "";
    throw new PactgraphError(
      `${report.failures.length} of ${report.attempted} attempted lookup(s) failed${skipped}; those entities keep their previous decisions. Run \`pactgraph link\` again later.`,
      "E_LINK",
    );
  }
}

function reportCheck(context: CommandContext, results: readonly LinkModule.CheckResult[], source: LinkModule.CachedSparqlSource): void {
  const out = (line: string) => context.out(line);
  for (const r of results.filter((r) => r.verdict !== "not attempted")) {
    const line = `${r.verdict.padEnd(6)} ${r.curie}  wd:${r.item}  (${r.method})`;
    out(r.reasons.length > 0 ? `${line}: ${r.reasons.join("; ")}` : line);
  }
  const by = (v: LinkModule.CheckResult["verdict"]) => results.filter((r) => r.verdict === v).length;
  const skipped = by("not attempted");
  const checked = skipped > 0 ? `${results.length - skipped} of ${results.length}` : String(results.length);
  const gaveUp = skipped > 0 ? `; ${skipped} not attempted because the endpoint failed ${source.client.breaker.threshold} times in a row` : "";
  out(`checked ${checked} link(s): ${by("ok")} ok, ${by("stale")} stale, ${by("failed")} failed${gaveUp} (${source.client.requests} request(s))`);
  if (by("stale") + by("failed") + skipped > 0) {
    throw new PactgraphError(
      `${by("stale")} stale and ${by("failed") + skipped} unchecked link(s); fix them in data/links/overrides.json or re-run \`pactgraph link\``,
      "E_LINK",
    );
  }
}

async function review(context: CommandContext, link: typeof LinkModule, linksFile: string, root: string): Promise<void> {
  const out = (line: string) => context.out(line);
  const undecided = (await link.readLinksFile(linksFile)).filter((r) => r.status === "NeedsReview");
  out(`${undecided.length} entit${undecided.length === 1 ? "y needs" : "ies need"} review (${relative(root, linksFile)}):`);
  for (const record of undecided) {
    out(`\n${link.curieOf(record.entity)}  ${record.entityLabel}`);
    for (const note of record.notes) out(`  ${note}`);
    for (const c of record.candidates) {
      const description = c.description ? ` (${c.description})` : "";
      out(`    wd:${c.item}  ${String(c.score).padStart(3)}  "${c.label.value}"${description}`);
      out(`      matched "${c.matchedLabel.value}"@${c.matchedLabel.language}; ${c.features.join("; ")}`);
    }
  }
  if (undecided.length > 0) out(`\nDecide them in data/links/overrides.json ("Q…" or "none"), then run \`pactgraph link\`.`);
}
