/**
 * `pactgraph query` for saved queries that declare `requires: wikidata`: the local graph is loaded
 * for Comunica, the graph's linked items are read from it, and the query is planned (federation.ts)
 * against the Wikidata endpoint — by SERVICE (default) or as a second source — or, with
 * `--wikidata-local`, against the facts `pactgraph enrich` saved (data/links/wikidata-facts.trig).
 */
import { join } from "node:path";
import { UsageError } from "../../errors.js";
import type { FederationStrategy, QuerySource, SavedQuery, WikidataPlan } from "../../query/index.js";
import type { ResultFormat } from "../../rdf/index.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import type { DataOptions, OutputOptions } from "../options.js";
import { parseDuration } from "../values.js";
import { WIKIDATA_ENDPOINT } from "./link.js";


/** Where `pactgraph enrich` writes, and `--wikidata-local` reads, the Wikidata facts. */
export const FACTS_FILE = join("links", "wikidata-facts.trig");

export interface WikidataQueryOptions extends DataOptions, OutputOptions {
  readonly wikidataEndpoint?: string;
  readonly wikidataLocal?: boolean;
  readonly federation?: FederationStrategy;
  readonly engine?: "oxigraph" | "comunica";
  readonly endpoint?: string;
  readonly timeout?: string;
  readonly stats?: boolean;
  readonly allowService?: boolean;
  readonly param?: string[];
  readonly explain?: string | true;
  readonly maxMemory?: string;
  readonly maxResponse?: string;
  readonly retries?: string;
}

/** The endpoint: --wikidata-endpoint, else $PACTGRAPH_WIKIDATA_ENDPOINT, else WDQS; errors name where it came from. */
export async function wikidataEndpointOf(context: CommandContext, option: string | undefined, optionName: string): Promise<string> {
  const { requireHttpUrl } = await import("../../net/index.js");
  if (option !== undefined) return requireHttpUrl(option, optionName).href;
  const fromEnv = context.io.env.PACTGRAPH_WIKIDATA_ENDPOINT;
  return fromEnv ? requireHttpUrl(fromEnv, "PACTGRAPH_WIKIDATA_ENDPOINT").href : WIKIDATA_ENDPOINT;
}

/** Runs a saved query that needs Wikidata; see the module comment. */
export async function runWikidataQuery(context: CommandContext, saved: SavedQuery, options: WikidataQueryOptions, chooseFormat: (kind: "bindings" | "boolean" | "graph") => Promise<ResultFormat>): Promise<void> {
  if (options.endpoint) throw new UsageError(`${saved.name} reads the local graph and Wikidata; --endpoint does not apply (point --wikidata-endpoint at the Wikidata endpoint)`);
  if (options.wikidataLocal && (options.wikidataEndpoint !== undefined || options.federation !== undefined)) {
    throw new UsageError("--wikidata-local reads the saved Wikidata facts; --wikidata-endpoint and --federation apply to the endpoint");
  }
  if (options.maxMemory !== undefined || options.maxResponse !== undefined || options.retries !== undefined) {
    throw new UsageError("--max-memory, --max-response and --retries do not apply to queries that require Wikidata (--timeout limits each request to the endpoint)");
  }
  if (!options.wikidataLocal && options.engine === "oxigraph") throw new UsageError("federated queries run on Comunica; leave out --engine oxigraph, or add --wikidata-local");
  const query = await import("../../query/index.js");
  const params = query.parseParamArguments(options.param ?? []);
  query.prepareSavedQuery(saved, { params, allowService: options.allowService === true }); // bad parameters fail before anything loads
  const endpoint = options.wikidataLocal ? undefined : await wikidataEndpointOf(context, options.wikidataEndpoint, "--wikidata-endpoint");

  const loadStart = performance.now();
  const inputs = await dataInputs(context, options);
  if (options.wikidataLocal && !options.data) inputs.push(await factsInput(context));
  const unionDefaultGraph = options.data === undefined;
  const engine = options.wikidataLocal ? (options.engine ?? "comunica") : "comunica";
  // An n3 store: Comunica's multi-source federation reads it beside the endpoint pattern by pattern.
  const store = await query.loadStore(inputs, context.loadOptions(options.strict));
  const local: QuerySource = { kind: "store", store, unionDefaultGraph, engine: "comunica" };
  const quads = store.size;
  const items = query.linkedWikidataItems(store.match(null, null, null, null));
  const loadMs = performance.now() - loadStart;

  let requests = 0;
  let plan: WikidataPlan = { kind: "local", items };
  let source: QuerySource = engine === "comunica" ? local : (await query.loadLocalSource(inputs, { engine: "oxigraph", unionDefaultGraph, load: context.loadOptions(options.strict) })).source;
  if (endpoint !== undefined) {
    const strategy = options.federation ?? "service";
    plan = { kind: "endpoint", endpoint, strategy, items };
    const fetcher = await politeFetch(context, endpoint, options.timeout);
    const counted: typeof fetch = (input, init) => {
      requests++;
      return fetcher(input, init);
    };
    source = { kind: "federated", store, unionDefaultGraph, endpoints: strategy === "sources" ? [endpoint] : [], fetch: counted };
  }
  const runOptions = { params, allowService: options.allowService === true, wikidata: plan };
  if (options.explain) {
    if (source.kind === "oxigraph") throw new UsageError("query plans come from Comunica: leave out --engine oxigraph");
    const mode = options.explain === true ? "logical" : (options.explain as "parsed" | "logical" | "physical");
    context.out(await query.explainSavedQuery(saved, source, mode, runOptions));
    return;
  }
  const prepared = query.prepareSavedQuery(saved, runOptions);
  const queryStart = performance.now();
  const { runQuery } = await import("../../query/engine.js");
  const result = await runQuery(prepared, source);
  const queryMs = performance.now() - queryStart;
  const format = await chooseFormat(result.kind);
  const text = await query.formatResult(result, format, { queryText: prepared.text });
  const { writeOutput } = await import("../../io/index.js");
  const target = options.output === undefined || options.output === "-" ? "-" : context.path(options.output);
  await writeOutput(target, text, { stdout: context.io.stdout, force: options.force === true });
  if (options.stats) {
    const where = endpoint === undefined ? "the saved Wikidata facts" : `${endpoint} (${plan.kind === "endpoint" ? plan.strategy : "local"}): ${requests} request(s)`;
    context.io.stderr.write(`loaded ${quads} triples, ${items.length} linked item(s) in ${Math.round(loadMs)} ms; query ${Math.round(queryMs)} ms over ${where}; ${query.resultSize(result)} rows\n`);
  }
}

/** The saved facts file, or an error that says how to make it. */
async function factsInput(context: CommandContext) {
  const project = context.requireProject("saved Wikidata facts");
  const path = join(project.dataDir, FACTS_FILE);
  const { access } = await import("node:fs/promises");
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists) throw new UsageError(`--wikidata-local reads ${path}, which does not exist; run \`pactgraph enrich\` first`);
  const { fileInput } = await import("../../rdf/index.js");
  return fileInput(path);
}

/**
 * The fetch Comunica sends Wikidata requests through: the network module's client, with its time
 * and size limits, retries after 429/5xx (Retry-After honoured) and a User-Agent with the contact.
 * No credentials: PACTGRAPH_AUTH_* are meant for the user's own stores, never for Wikidata.
 * One request starts at a time (see serialFetch).
 */
async function politeFetch(context: CommandContext, endpoint: string, timeout: string | undefined): Promise<typeof fetch> {
  const { endpointSource, serialFetch } = await import("../../remote/index.js");
  const timeoutMs = timeout === undefined ? 60_000 : parseDuration(timeout, "--timeout");
  const source = endpointSource(endpoint, { timeoutMs, env: { PACTGRAPH_CONTACT: context.io.env.PACTGRAPH_CONTACT }, timeoutOption: "--timeout" });
  if (!source.fetch) throw new Error("bug: an endpoint source without its fetch");
  return serialFetch(source.fetch);
}
