/** `pactgraph serve`: a local, read-only SPARQL endpoint over the graph. */
import { Command } from "commander";
import { availableParallelism } from "node:os";
import { isIP } from "node:net";
import { dirname } from "node:path";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { addDataOptions, type DataOptions } from "../options.js";
import { parseByteSize, parseDuration, parseInteger, parsePort } from "../values.js";
import { queryLibraries } from "../libraries.js";
import type { QueryPool } from "../../query/index.js";
import type { SiteRoutes } from "../../serve/index.js";
import { sourceTextReader } from "./site.js";

interface ServeOptions extends DataOptions {
  readonly port: string;
  readonly host: string;
  readonly timeout: string;
  readonly maxResults: string;
  readonly maxMemory: string;
  readonly workers?: string;
  readonly site: boolean;
}

/** How long requests in flight may take to finish once the endpoint is told to stop. */
const DRAIN_MS = 1000;

/** Loopback addresses: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

export function serveCommand(context: CommandContext): Command {
  return addDataOptions(new Command("serve"))
    .summary("serve the graph as a read-only SPARQL 1.1 endpoint (YASGUI, any SPARQL client)")
    .description(
      "Answers SPARQL 1.1 Protocol requests (GET, HEAD and POST) at http://<host>:<port>/sparql over the project's " +
        "built graph or --data input, with the dataset parameters, content negotiation, CORS and a service description. " +
        "Queries run on Oxigraph in worker threads, each holding a copy of the graph, and are stopped at their time limit " +
        "or memory ceiling. Updates and SERVICE are refused.",
    )
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", "3030")
    .option("--host <address>", "address to bind; loopback by default", "127.0.0.1")
    .option("--timeout <duration>", "time limit of each query, waiting included (e.g. 30, 10s, 2m)", "30")
    .option("--max-results <n>", "largest result (rows or triples) returned", "10000")
    .option("--max-memory <size>", "memory each query may use beyond the graph (e.g. 512M, 2G)", "512M")
    .option("--workers <n>", "queries run at once, each worker holding a copy of the graph (default: 2, or 1 on one core)")
    .option("--no-site", "serve the SPARQL endpoint only: no site at / and no query page at /query")
    .addHelpText(
      "after",
      "\nExamples:\n  pactgraph serve\n  pactgraph serve --port 8080 --data my-graph.ttl --workers 1\n  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:3030/sparql",
    )
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      const timeoutMs = parseDuration(options.timeout, "--timeout");
      const maxResults = parseInteger(options.maxResults, "--max-results", 1);
      const memoryMb = Math.max(1, Math.round(parseByteSize(options.maxMemory, "--max-memory") / 2 ** 20));
      const workers = options.workers === undefined ? Math.min(2, availableParallelism()) : parseInteger(options.workers, "--workers", 1, 64);
      const [{ createEndpointServer }, { QueryPool }] = await Promise.all([import("../../serve/index.js"), import("../../query/index.js")]);
      const pool = await QueryPool.start(await dataInputs(context, options), {
        workers,
        memoryMb,
        snapshot: true,
        // The project's corpus keeps each source's claims in the source's named graph: serve them all as one.
        unionDefaultGraph: options.data === undefined,
        onEvent: (line) => context.progress(line),
      });
      try {
        if (!isLoopback(options.host)) context.warn(`serving on ${options.host}, which other machines may reach`);
        const site = options.site ? await siteRoutes(context, options, pool, timeoutMs) : undefined;
        const endpoint = createEndpointServer({ pool, timeoutMs, maxResults, onRequest: (line) => context.progress(line), ...(site ? { site } : {}) });
        const url = await endpoint.listen(port, options.host).catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(error.code === "EADDRINUSE" ? `port ${port} is in use; pick another with --port` : `cannot listen on ${options.host}:${port}: ${error.message}`);
        });
        context.out(`SPARQL endpoint at ${url} over ${pool.quads} triples (Ctrl-C to stop)`);
        if (site) context.out(`site at ${url.replace(/sparql$/, "")}, query page at ${url.replace(/sparql$/, "query")}`);
        await new Promise<void>((resolve) => {
          const signal = context.stopSignal();
          if (signal?.aborted) resolve();
          signal?.addEventListener("abort", () => resolve(), { once: true });
        });
        await endpoint.close(DRAIN_MS);
      } finally {
        await pool.close("the endpoint is shutting down");
      }
    });
}

/** The site (built from the pool on the first page asked for) and the query page with the saved queries. */
async function siteRoutes(context: CommandContext, options: ServeOptions, pool: QueryPool, timeoutMs: number): Promise<SiteRoutes> {
  const [{ SiteRoutes, queryPageHtml, QUERY_PATH }, { listSavedQueries }, { generateSite }] = await Promise.all([
    import("../../serve/index.js"),
    import("../../query/index.js"),
    import("../../site/index.js"),
  ]);
  const queries = await listSavedQueries(queryLibraries(context));
  const folders = (options.data ?? []).filter((d) => d !== "-" && !/^https?:/i.test(d)).map((d) => dirname(context.path(d)));
  return new SiteRoutes({
    queryPage: queryPageHtml(queries),
    build: () => generateSite({ run: (query) => pool.run(query, { timeoutMs }), queries, readText: sourceTextReader(context, folders), extraNav: [{ path: QUERY_PATH, label: "Query" }] }),
  });
}
