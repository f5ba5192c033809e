/** `pactgraph serve`: a local, read-only SPARQL endpoint over the graph. */
import { Command } from "commander";
import { UsageError } from "../../errors.js";
import { out, progress, projectRoot } from "../context.js";
import { dataOption } from "../options.js";

interface ServeOptions {
  readonly port: string;
  readonly host: string;
  readonly data?: string[];
  readonly timeout: string;
  readonly maxResults: string;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

function positiveInteger(value: string, option: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < (allowZero ? 0 : 1)) throw new UsageError(`${option} takes a whole number, got ${JSON.stringify(value)}`);
  return n;
}

export function serveCommand(): Command {
  return new Command("serve")
    .summary("serve the graph as a read-only SPARQL 1.1 endpoint (YASGUI, any SPARQL client)")
    .description("Answers SPARQL 1.1 Protocol requests (GET and POST) at http://<host>:<port>/sparql over the\nbuilt graph or --data files, with content negotiation and CORS. Updates are refused.")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", "3030")
    .option("--host <address>", "address to bind; loopback by default", "127.0.0.1")
    .addOption(dataOption())
    .option("--timeout <seconds>", "time limit per query", "30")
    .option("--max-results <n>", "largest result (rows or triples) returned", "10000")
    .addHelpText("after", "\nExamples:\n  pactgraph serve\n  pactgraph serve --port 8080 --data my-graph.ttl\n  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:3030/sparql")
    .action(async (options: ServeOptions) => {
      const port = positiveInteger(options.port, "--port", true);
      const timeoutMs = Number(options.timeout) * 1000;
      if (!(timeoutMs > 0)) throw new UsageError(`--timeout takes a number of seconds, got ${JSON.stringify(options.timeout)}`);
      const maxResults = positiveInteger(options.maxResults, "--max-results");
      const [{ createEndpointServer }, { builtGraphFiles }, { loadStore }] = await Promise.all([
        import("../../serve/index.js"),
        import("../../build/index.js"),
        import("../../query/index.js"),
      ]);
      const files = options.data ?? (await builtGraphFiles(projectRoot()));
      const store = await loadStore(files);
      if (!LOOPBACK.has(options.host)) process.stderr.write(`warning: serving on ${options.host}, reachable from other machines\n`);
      const server = createEndpointServer({ store, timeoutMs, maxResults, onRequest: progress });
      await new Promise<void>((resolve, reject) => {
        server.once("error", (error: NodeJS.ErrnoException) =>
          reject(new UsageError(error.code === "EADDRINUSE" ? `port ${port} is in use; pick another with --port` : `cannot listen on ${options.host}:${port}: ${error.message}`)),
        );
        server.listen(port, options.host, resolve);
      });
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      const host = options.host.includes(":") ? `[${options.host}]` : options.host;
      out(`SPARQL endpoint at http://${host}:${actualPort}/sparql over ${store.size} triples (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        // Stop at once: drop idle keep-alive connections and do not wait for queries still running.
        const stop = () => {
          server.close(() => resolve());
          server.closeAllConnections();
          setTimeout(() => process.exit(0), 200).unref();
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
    });
}
