/** `pactgraph query`: run a saved (or any) SPARQL query over the built graph or given files. */
import { Command, Option } from "commander";
import { join } from "node:path";
import { UsageError } from "../../errors.js";
import { out, projectRoot } from "../context.js";
import { dataOption } from "../options.js";
import type * as QueryModule from "../../query/index.js";
import type { QuerySource } from "../../query/index.js";

interface QueryOptions {
  readonly param: string[];
  readonly data?: string[];
  readonly format?: string;
  readonly output?: string;
  readonly unionDefaultGraph?: boolean;
  readonly explain?: string | true;
  readonly stats?: boolean;
  readonly allowService?: boolean;
  readonly describe?: boolean;
  readonly endpoint?: string;
  readonly defaultGraph?: string;
  readonly timeout: string;
  readonly engine?: "oxigraph" | "comunica";
}

const EXAMPLES = `
Examples:
  pactgraph query defence-obligations
  pactgraph query defence-entanglement --param state=party:pakistan
  pactgraph query timeline --format csv -o timeline.csv
  pactgraph query defence-network --format ntriples
  pactgraph query my-question.rq --data other-graph.ttl --stats
  pactgraph query --describe defence-entanglement
  pactgraph query timeline --explain physical           # Comunica's plan
  pactgraph query timeline --engine comunica             # local data through Comunica instead of Oxigraph
  PACTGRAPH_AUTH_TOKEN=… pactgraph query timeline --endpoint https://store.example.org/sparql

Parameters are typed (iri, string, integer, boolean, date); IRIs may use the project's prefixes
(party:turkey). Values are bound as RDF terms, never pasted into the query text.`;

export function queryCommand(): Command {
  return new Command("query")
    .summary("run a saved SPARQL query (or a .rq file) over the graph")
    .description("Runs a saved query from queries/ by name, or any .rq file, with Comunica over the built graph\n(data/*.ttl and data/links/*.ttl) or over --data files. Read-only: updates are refused.")
    .argument("<query>", "saved query name (see `pactgraph queries`) or path to a .rq file")
    .option("-p, --param <key=value>", "set a query parameter (repeatable)", (value: string, previous: string[]) => [...previous, value], [])
    .addOption(dataOption())
    .option("-f, --format <name>", "table, json, srj, srx, csv, tsv (SELECT/ASK); turtle, ntriples, jsonld (CONSTRUCT/DESCRIBE)")
    .option("-o, --output <file>", "write to a file (atomically); the format follows its extension unless --format is given")
    .option("--union-default-graph", "query the union of all named graphs as the default graph")
    .addOption(new Option("--engine <name>", "engine for local data: oxigraph (default, fast) or comunica").choices(["oxigraph", "comunica"]))
    .addOption(new Option("--explain [mode]", "print the query plan instead of results").choices(["parsed", "logical", "physical"]))
    .option("--stats", "print load time, query time and result count on stderr")
    .option("--allow-service", "allow SERVICE calls to remote endpoints (refused by default)")
    .option("--describe", "describe the saved query (parameters, result shape) instead of running it")
    .option("-e, --endpoint <url>", "run against a remote SPARQL 1.1 endpoint instead (credentials from PACTGRAPH_AUTH_* variables)")
    .option("--default-graph <iri>", "with --endpoint: query this named graph as the default graph (default-graph-uri)")
    .option("--timeout <seconds>", "per-request timeout for --endpoint", "60")
    .addHelpText("after", EXAMPLES)
    .action(async (name: string, options: QueryOptions) => {
      const query = await import("../../query/index.js");
      const root = projectRoot();
      const saved = await query.findSavedQuery(join(root, "queries"), name);
      if (options.describe) {
        out(describe(saved));
        return;
      }
      const runOptions = { params: query.parseParamArguments(options.param), allowService: options.allowService === true };
      const prepared = query.prepareSavedQuery(saved, runOptions); // fail on bad parameters before loading data
      const format = chooseFormat(query, options);

      const loadStart = performance.now();
      const { source, description } = await chooseSource(root, options);
      const loadMs = performance.now() - loadStart;
      if (options.explain) {
        const mode = options.explain === true ? "logical" : (options.explain as "parsed" | "logical" | "physical");
        out(await query.explainSavedQuery(saved, source, mode, runOptions));
        return;
      }
      const queryStart = performance.now();
      const { runQuery } = await import("../../query/engine.js");
      const result = await runQuery(prepared, source);
      const queryMs = performance.now() - queryStart;
      const chosen = format ?? query.defaultResultFormat(result.kind, process.stdout.isTTY === true && !options.output);
      const text = await query.formatResult(result, chosen);
      if (options.output) {
        const { writeFileAtomically } = await import("../../rdf/output.js");
        await writeFileAtomically(options.output, text);
      } else {
        process.stdout.write(text);
      }
      if (options.stats) {
        const unit = result.kind === "graph" ? "triples" : result.kind === "boolean" ? "answer" : "rows";
        process.stderr.write(`${description} in ${Math.round(loadMs)} ms; query ${Math.round(queryMs)} ms; ${query.resultSize(result)} ${unit}\n`);
      }
    });
}

/** The built graph or --data files in memory, or a remote endpoint. */
async function chooseSource(root: string, options: QueryOptions): Promise<{ source: QuerySource; description: string }> {
  if (options.endpoint) {
    if (options.data) throw new UsageError("use either --endpoint or --data, not both");
    if (options.engine === "oxigraph") throw new UsageError("--endpoint queries run on Comunica; leave out --engine oxigraph");
    const seconds = Number(options.timeout);
    if (!(seconds > 0)) throw new UsageError(`--timeout takes a number of seconds, got ${JSON.stringify(options.timeout)}`);
    const { endpointSource, requireHttpUrl } = await import("../../remote/index.js");
    const url = requireHttpUrl(options.endpoint, "--endpoint");
    if (options.defaultGraph) url.searchParams.append("default-graph-uri", options.defaultGraph);
    return { source: endpointSource(url.toString(), { timeoutMs: seconds * 1000 }), description: `endpoint ${url.toString()} ready` };
  }
  if (options.defaultGraph) throw new UsageError("--default-graph applies to --endpoint only; for local data use --union-default-graph or --data");
  const [{ builtGraphFiles }, { loadLocalSource }] = await Promise.all([import("../../build/index.js"), import("../../query/index.js")]);
  const files = options.data ?? (await builtGraphFiles(root));
  // Plans come from Comunica, so --explain loads the data for Comunica.
  const engine = options.explain ? "comunica" : (options.engine ?? "oxigraph");
  const { source, quads } = await loadLocalSource(files, { engine, unionDefaultGraph: options.unionDefaultGraph === true });
  return { source, description: `loaded ${quads} triples from ${files.length} file(s)` };
}

function chooseFormat(query: typeof QueryModule, options: QueryOptions) {
  if (options.format) return query.resultFormatFromName(options.format);
  if (!options.output) return undefined;
  const inferred = query.resultFormatOfPath(options.output);
  if (!inferred) throw new UsageError(`cannot tell the result format from ${options.output}; pass --format`);
  return inferred;
}

function describe(saved: QueryModule.SavedQuery): string {
  const lines = [`${saved.name}: ${saved.title}`, "", saved.description, "", `returns: ${saved.returns}`];
  lines.push(saved.params.length === 0 ? "parameters: none" : "parameters:");
  for (const p of saved.params) lines.push(`  ${p.name} (${p.type}${p.default === undefined ? ", required" : `, default ${p.default}`}): ${p.description}`);
  for (const note of saved.notes) lines.push(`note: ${note}`);
  lines.push(`file: ${saved.path}`);
  return lines.join("\n");
}
