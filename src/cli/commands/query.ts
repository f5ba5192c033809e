/** `pactgraph query`: run a saved (or any) SPARQL query over the graph, local files or an endpoint. */
import { Command, Option } from "commander";
import { UsageError } from "../../errors.js";
import type * as QueryModule from "../../query/index.js";
import type { QuerySource, SavedQuery } from "../../query/index.js";
import type { ResultFormat, ResultKind } from "../../rdf/index.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { queryLibraries } from "../libraries.js";
import { addDataOptions, addOutputOptions, collect, type DataOptions, type OutputOptions } from "../options.js";
import { parseAbsoluteIri, parseByteSize, parseDuration, parseInteger } from "../values.js";

interface QueryOptions extends DataOptions, OutputOptions {
  readonly query?: string;
  readonly param?: string[];
  readonly format?: string;
  readonly unionDefaultGraph?: boolean;
  readonly explain?: string | true;
  readonly stats?: boolean;
  readonly allowService?: boolean;
  readonly describe?: boolean;
  readonly endpoint?: string;
  readonly defaultGraph?: string[];
  readonly namedGraph?: string[];
  readonly timeout?: string;
  readonly maxResponse?: string;
  readonly maxMemory?: string;
  readonly retries?: string;
  readonly engine?: "oxigraph" | "comunica";
  readonly wikidataEndpoint?: string;
  readonly wikidataLocal?: boolean;
  readonly federation?: "service" | "sources";
}

const EXAMPLES = `
Examples:
  pactgraph query defence-obligations
  pactgraph query defence-entanglement -p state=party:pakistan
  pactgraph query --data graph.ttl timeline -f csv -o timeline.csv
  pactgraph query defence-network -f nt                  # CONSTRUCT → N-Triples (any RDF format)
  pactgraph query my-question.rq --data other-graph.ttl  # any .rq file; no header needed
  pactgraph query -q 'SELECT * WHERE { ?s ?p ?o } LIMIT 5' -f application/sparql-results+json
  echo 'ASK { ?s a <https://w3id.org/pactgraph/ontology#Claim> }' | pactgraph query -q -
  pactgraph query --describe defence-entanglement
  pactgraph query timeline --explain physical            # Comunica's plan
  pactgraph query timeline --engine comunica             # local data through Comunica instead of Oxigraph
  pactgraph query wikidata-membership-check              # the graph and Wikidata in one query (Comunica)
  pactgraph query wikidata-label-check --wikidata-local  # over the facts \`pactgraph enrich\` saved
  PACTGRAPH_AUTH_TOKEN=… pactgraph query timeline --endpoint https://store.example.org/sparql

Engines: local data (the project's built graph, or --data) runs on Oxigraph by default, or on
Comunica with --engine comunica; --endpoint and SERVICE run on Comunica. Queries that declare
"requires: wikidata" run on Comunica over the graph and --wikidata-endpoint (default
$PACTGRAPH_WIKIDATA_ENDPOINT, else https://query.wikidata.org/sparql) at once.
Parameters are typed (iri, string, integer, boolean, date); IRIs may use the project's prefixes
(party:turkey). Values are bound as RDF terms, never pasted into the query text.
Formats (-f, case-insensitive; or a media type): table, json, srj, srx, csv, tsv for SELECT and ASK
(not csv/tsv for ASK); ttl, nt, nq, trig, jsonld, rdf for CONSTRUCT and DESCRIBE.`;

export function queryCommand(context: CommandContext): Command {
  const command = new Command("query")
    .summary("run a saved SPARQL query (or a .rq file, or -q text) over the graph")
    .description(
      "Runs a saved query by name (pactgraph's library and the project's queries/), any .rq file, or the\n" +
        "query text of -q, over the project's built graph, --data input or a remote endpoint. Read-only:\n" +
        "updates are refused.",
    )
    .argument("[query]", "saved query name (see `pactgraph queries`) or path to a .rq file")
    .option("-q, --query <text>", "the query text itself (- reads it from standard input)")
    .addOption(new Option("-p, --param <key=value>", "set a query parameter (repeatable)").argParser(collect));
  addDataOptions(command);
  addOutputOptions(command, "the results")
    .option("-f, --format <name>", "result format (see below); default: table on a terminal, else TSV, JSON (ASK) or Turtle (graphs)")
    .option("--union-default-graph", "query the union of all named graphs as the default graph (always so for the project's corpus)")
    .addOption(new Option("--engine <name>", "engine for local data: oxigraph (default) or comunica").choices(["oxigraph", "comunica"]))
    .addOption(new Option("--explain [mode]", "print Comunica's query plan instead of results").choices(["parsed", "logical", "physical"]))
    .option("--stats", "print load time, query time and result count on stderr")
    .option("--allow-service", "allow SERVICE calls to remote endpoints (refused by default)")
    .option("--describe", "describe the saved query (parameters, result shape) instead of running it")
    .option("-e, --endpoint <url>", "run against a remote SPARQL 1.1 endpoint instead (credentials from PACTGRAPH_AUTH_* variables)")
    .addOption(new Option("--default-graph <iri>", "with --endpoint: the default graph to query (default-graph-uri; repeatable)").argParser(collect))
    .addOption(new Option("--named-graph <iri>", "with --endpoint: a named graph the query may use (named-graph-uri; repeatable)").argParser(collect))
    .option("--timeout <duration>", "time limit: of each request with --endpoint (body included; default 60 s), else of the local query, which then runs in a worker that is stopped at the limit")
    .option("--max-memory <size>", "local data: memory the query may use beyond the graph (e.g. 512M); the query runs in a worker that is stopped above it")
    .option("--max-response <size>", "with --endpoint: largest answer read (e.g. 50M); default 256M")
    .option("--retries <n>", "with --endpoint: retries after busy answers, timeouts and broken connections; default 2")
    .option("--wikidata-endpoint <url>", "for queries that require Wikidata: its SPARQL endpoint (default: $PACTGRAPH_WIKIDATA_ENDPOINT, else the Wikidata Query Service)")
    .option("--wikidata-local", "for queries that require Wikidata: read the facts `pactgraph enrich` saved (data/links/wikidata-facts.trig) instead of the endpoint")
    .addOption(new Option("--federation <strategy>", "for queries that require Wikidata: service (default; measured best) or sources (the endpoint as a second source of every pattern)").choices(["service", "sources"]))
    .addHelpText("after", EXAMPLES)
    .action(async (name: string | undefined, options: QueryOptions) => run(context, name, options));
  return command;
}

async function run(context: CommandContext, name: string | undefined, options: QueryOptions): Promise<void> {
  const query = await import("../../query/index.js");
  const saved = await chooseQuery(context, query, name, options);
  if (options.describe) {
    context.out(describe(saved));
    return;
  }
  if (saved.requires.includes("wikidata")) {
    const { runWikidataQuery } = await import("./query-wikidata.js");
    return runWikidataQuery(context, saved, options, (kind) => chooseFormat(options, kind, context.interactive));
  }
  if (options.wikidataEndpoint !== undefined || options.wikidataLocal || options.federation !== undefined) {
    throw new UsageError(`--wikidata-endpoint, --wikidata-local and --federation apply to queries that require Wikidata; ${saved.name} does not`);
  }
  const runOptions = { params: query.parseParamArguments(options.param ?? []), allowService: options.allowService === true };
  const prepared = query.prepareSavedQuery(saved, runOptions); // fail on bad parameters before loading data
  const kind: ResultKind = prepared.form === "SELECT" ? "bindings" : prepared.form === "ASK" ? "boolean" : "graph";
  const format = await chooseFormat(options, kind, context.interactive);

  if (options.explain && (options.timeout !== undefined || options.maxMemory !== undefined) && !options.endpoint) {
    throw new UsageError("--explain prints a plan and runs nothing; --timeout and --max-memory limit a running query");
  }
  const loadStart = performance.now();
  if (!options.endpoint && !options.explain && (options.timeout !== undefined || options.maxMemory !== undefined)) {
    return runBounded(context, prepared, format, options);
  }
  const { source, description } = await chooseSource(context, options);
  const loadMs = performance.now() - loadStart;
  if (options.explain) {
    const mode = options.explain === true ? "logical" : (options.explain as "parsed" | "logical" | "physical");
    context.out(await query.explainSavedQuery(saved, source, mode, runOptions));
    return;
  }
  const queryStart = performance.now();
  const { runQuery } = await import("../../query/engine.js");
  const result = await runQuery(prepared, source);
  const queryMs = performance.now() - queryStart;
  const text = await query.formatResult(result, format, { queryText: prepared.text });
  const { writeOutput } = await import("../../io/index.js");
  const target = options.output === undefined || options.output === "-" ? "-" : context.path(options.output);
  await writeOutput(target, text, { stdout: context.io.stdout, force: options.force === true });
  if (options.stats) {
    const unit = result.kind === "graph" ? "triples" : result.kind === "boolean" ? "answer" : "rows";
    context.io.stderr.write(`${description} in ${Math.round(loadMs)} ms; query ${Math.round(queryMs)} ms; ${query.resultSize(result)} ${unit}\n`);
  }
}

/**
 * A local query with a time or memory limit runs in a worker thread that is stopped, with its CPU
 * and memory given back, when the limit is reached (E_TIMEOUT, E_MEMORY: exit 1).
 */
async function runBounded(context: CommandContext, prepared: QueryModule.PreparedQuery, format: ResultFormat, options: QueryOptions): Promise<void> {
  const query = await import("../../query/index.js");
  const inputs = await dataInputs(context, options);
  const started = performance.now();
  const result = await query.runQueryBounded(prepared, inputs, {
    ...(options.timeout === undefined ? {} : { timeoutMs: parseDuration(options.timeout, "--timeout") }),
    ...(options.maxMemory === undefined ? {} : { memoryMb: Math.max(1, Math.round(parseByteSize(options.maxMemory, "--max-memory") / 2 ** 20)) }),
    engine: options.engine ?? "oxigraph",
    unionDefaultGraph: options.unionDefaultGraph === true || options.data === undefined,
  });
  const { writeOutput } = await import("../../io/index.js");
  const target = options.output === undefined || options.output === "-" ? "-" : context.path(options.output);
  await writeOutput(target, await query.formatResult(result, format), { stdout: context.io.stdout, force: options.force === true });
  if (options.stats) {
    const unit = result.kind === "graph" ? "triples" : result.kind === "boolean" ? "answer" : "rows";
    context.io.stderr.write(`loaded ${inputs.length} input(s) and ran the query in a worker in ${Math.round(performance.now() - started)} ms; ${query.resultSize(result)} ${unit}\n`);
  }
}

async function chooseQuery(context: CommandContext, query: typeof QueryModule, name: string | undefined, options: QueryOptions): Promise<SavedQuery> {
  if (options.query !== undefined) {
    if (name !== undefined) throw new UsageError(`give either a query name or -q, not both (got ${JSON.stringify(name)} and -q)`);
    if (options.query === "-") {
      if (options.data?.includes("-")) throw new UsageError("standard input cannot hold both the query (-q -) and the data (--data -)");
      const chunks: Buffer[] = [];
      for await (const chunk of context.io.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return query.inlineQuery(Buffer.concat(chunks).toString("utf8"), "<stdin>");
    }
    return query.inlineQuery(options.query);
  }
  if (name === undefined) throw new UsageError("name a saved query (see `pactgraph queries`), a .rq file, or give the query text with -q");
  const { readTextFile } = await import("../../io/index.js");
  return query.findSavedQuery(queryLibraries(context), name, (path) => readTextFile(context.path(path)));
}

/** The built graph or --data input in memory, or a remote endpoint. */
async function chooseSource(context: CommandContext, options: QueryOptions): Promise<{ source: QuerySource; description: string }> {
  const timeoutMs = options.timeout === undefined ? 60_000 : parseDuration(options.timeout, "--timeout");
  if (options.endpoint) {
    if (options.data) throw new UsageError("use either --endpoint or --data, not both");
    if (options.engine === "oxigraph") throw new UsageError("--endpoint queries run on Comunica; leave out --engine oxigraph");
    if (options.unionDefaultGraph) throw new UsageError("--union-default-graph applies to local data; for an endpoint use --default-graph");
    const { endpointSource } = await import("../../remote/index.js");
    const { requireHttpUrl } = await import("../../net/index.js");
    const url = requireHttpUrl(options.endpoint, "--endpoint");
    for (const graph of options.defaultGraph ?? []) url.searchParams.append("default-graph-uri", parseAbsoluteIri(graph, "--default-graph"));
    for (const graph of options.namedGraph ?? []) url.searchParams.append("named-graph-uri", parseAbsoluteIri(graph, "--named-graph"));
    const limits = {
      ...(options.maxResponse === undefined ? {} : { maxResponseBytes: parseByteSize(options.maxResponse, "--max-response") }),
      ...(options.retries === undefined ? {} : { retries: parseInteger(options.retries, "--retries", 0, 20) }),
    };
    return { source: endpointSource(url.toString(), { timeoutMs, env: context.io.env, ...limits }), description: `endpoint ${url.toString()} ready` };
  }
  if (options.defaultGraph || options.namedGraph) throw new UsageError("--default-graph and --named-graph apply to --endpoint; for local data use --union-default-graph or --data");
  if (options.maxResponse !== undefined || options.retries !== undefined) throw new UsageError("--max-response and --retries apply to --endpoint requests");
  const inputs = await dataInputs(context, options);
  const { loadLocalSource } = await import("../../query/index.js");
  // Plans come from Comunica, so --explain loads the data for Comunica.
  const engine = options.explain ? "comunica" : (options.engine ?? "oxigraph");
  // The project's corpus keeps each source's claims in the source's named graph: query them all as one.
  const unionDefaultGraph = options.unionDefaultGraph === true || options.data === undefined;
  const { source, quads } = await loadLocalSource(inputs, { engine, unionDefaultGraph, load: context.loadOptions(options.strict) });
  if (quads === 0) context.warn(`the graph is empty: ${inputs.map((i) => i.name).join(", ")} hold no triples`);
  return { source, description: `loaded ${quads} triples from ${inputs.length} input(s)` };
}

async function chooseFormat(options: QueryOptions, kind: ResultKind, interactive: boolean): Promise<ResultFormat> {
  const formats = await import("../../rdf/index.js");
  if (options.format) return formats.resultFormatFromName(options.format, kind);
  if (options.output === undefined || options.output === "-") return formats.defaultResultFormat(kind, interactive && options.output === undefined);
  const inferred = formats.resultFormatOfPath(options.output, kind);
  if (!inferred) throw new UsageError(`cannot tell the result format from ${options.output}; pass --format`);
  return inferred;
}

function describe(saved: SavedQuery): string {
  const lines = [`${saved.name}: ${saved.title}`, "", saved.description, "", `returns: ${saved.returns}`];
  lines.push(saved.params.length === 0 ? "parameters: none" : "parameters:");
  for (const p of saved.params) lines.push(`  ${p.name} (${p.type}${p.default === undefined ? ", required" : `, default ${p.default}`}): ${p.description}`);
  for (const note of saved.notes) lines.push(`note: ${note}`);
  lines.push(`file: ${saved.path}${saved.origin === "project" ? " (the project's)" : ""}`);
  return lines.join("\n");
}
