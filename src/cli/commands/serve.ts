/** `pactgraph serve`: a local, read-only SPARQL endpoint over the graph. */
import { Command } from "commander";
import { isIP } from "node:net";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { addDataOptions, type DataOptions } from "../options.js";
import { parseDuration, parseInteger, parsePort } from "../values.js";

interface ServeOptions extends DataOptions {
  readonly port: string;
  readonly host: string;
  readonly timeout: string;
  readonly maxResults: string;
}

/** Loopback addresses: 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

export function serveCommand(context: CommandContext): Command {
  return addDataOptions(new Command("serve"))
    .summary("serve the graph as a read-only SPARQL 1.1 endpoint (YASGUI, any SPARQL client)")
    .description("Answers SPARQL 1.1 Protocol requests (GET and POST) at http://<host>:<port>/sparql over the\nproject's built graph or --data input, with content negotiation and CORS. Updates are refused.")
    .option("-p, --port <port>", "port to listen on (0 picks a free one)", "3030")
    .option("--host <address>", "address to bind; loopback by default", "127.0.0.1")
    .option("--timeout <duration>", "time limit of each query (e.g. 30, 10s, 2m)", "30")
    .option("--max-results <n>", "largest result (rows or triples) returned", "10000")
    .addHelpText("after", "\nExamples:\n  pactgraph serve\n  pactgraph serve --port 8080 --data my-graph.ttl\n  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:3030/sparql")
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      const timeoutMs = parseDuration(options.timeout, "--timeout");
      const maxResults = parseInteger(options.maxResults, "--max-results", 1);
      const [{ createEndpointServer }, { loadStore }] = await Promise.all([import("../../serve/index.js"), import("../../query/index.js")]);
      const store = await loadStore(await dataInputs(context, options));
      if (!isLoopback(options.host)) context.warn(`serving on ${options.host}, which other machines may reach`);
      const server = createEndpointServer({ store, timeoutMs, maxResults, onRequest: (line) => context.progress(line) });
      await new Promise<void>((resolve, reject) => {
        server.once("error", (error: NodeJS.ErrnoException) =>
          reject(new UsageError(error.code === "EADDRINUSE" ? `port ${port} is in use; pick another with --port` : `cannot listen on ${options.host}:${port}: ${error.message}`)),
        );
        server.listen(port, options.host, resolve);
      });
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      const host = options.host.includes(":") ? `[${options.host}]` : options.host;
      context.out(`SPARQL endpoint at http://${host}:${actualPort}/sparql over ${store.size} triples (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        // Stop accepting; let queries in flight finish for a moment, then drop what is left.
        const stop = () => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => {
            server.closeAllConnections();
            resolve();
          }, 1000).unref();
        };
        if (context.io.signal?.aborted) stop();
        context.io.signal?.addEventListener("abort", stop, { once: true });
      });
    });
}
