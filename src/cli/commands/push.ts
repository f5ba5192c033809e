/** `pactgraph push`: load the built graph into a triple store with the Graph Store Protocol. */
import { Command } from "commander";
import { join, sep } from "node:path";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { addDataOptions, type DataOptions } from "../options.js";
import { parseAbsoluteIri, parseByteSize, parseDuration, parseInteger } from "../values.js";

/** The named graph pushes replace unless --graph says otherwise. */
export const DEFAULT_GRAPH = "https://w3id.org/pactgraph/graph/main";

interface PushCliOptions extends DataOptions {
  readonly endpoint: string;
  readonly graph: string;
  readonly sparql?: string;
  readonly ontology?: boolean;
  readonly links: boolean;
  readonly timeout: string;
  readonly maxResponse: string;
  readonly retries: string;
}

const EXAMPLES = `
Examples:
  pactgraph push --endpoint http://127.0.0.1:8890/sparql-graph-crud --sparql http://127.0.0.1:8890/sparql   # Virtuoso
  pactgraph push --endpoint http://127.0.0.1:3030/pactgraph/data                                           # Fuseki
  pactgraph push --endpoint http://127.0.0.1:7878/store --graph https://example.org/graph/seed --ontology   # Oxigraph server
  PACTGRAPH_AUTH_USER=dba PACTGRAPH_AUTH_PASSWORD=… PACTGRAPH_AUTH_SCHEME=digest \\
    pactgraph push --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth

Credentials come only from PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD (basic, or digest with
PACTGRAPH_AUTH_SCHEME=digest) or PACTGRAPH_AUTH_TOKEN (bearer), never from the command line.`;

export function pushCommand(context: CommandContext): Command {
  return addDataOptions(new Command("push"))
    .summary("replace a named graph in a triple store with the built graph (Graph Store Protocol PUT)")
    .description(
      "Sends the project's built graph (or --data input) to a store's SPARQL 1.1 Graph Store HTTP Protocol\nendpoint with PUT, which replaces the named graph as a whole: a failed or interrupted push leaves\nthe previous graph intact. Then checks the store holds every triple sent.",
    )
    .requiredOption("-e, --endpoint <url>", "the store's Graph Store Protocol URL")
    .option("-g, --graph <iri>", "the named graph to replace", DEFAULT_GRAPH)
    .option("--sparql <url>", "the store's SPARQL endpoint, to verify the count (default: read the graph back)")
    .option("--ontology", "also push the OWL ontology and the SHACL shapes into the same graph")
    .option("--no-links", "leave out the project's links/*.ttl")
    .option("--timeout <duration>", "time limit of each request, upload and answer included (e.g. 120, 2m)", "120")
    .option("--max-response <size>", "largest answer read from the store (reading the graph back, e.g. 256M, 1G)", "256M")
    .option("--retries <n>", "retries of the PUT and the count after HTTP 429/5xx, timeouts and broken connections", "2")
    .addHelpText("after", EXAMPLES)
    .action(async (options: PushCliOptions) => {
      const [{ pushGraph }, net, { loadRdfFiles }, { PACKAGE_ONTOLOGY }] = await Promise.all([
        import("../../remote/index.js"),
        import("../../net/index.js"),
        import("../../rdf/index.js"),
        import("../../project/index.js"),
      ]);
      const store = net.requireHttpUrl(options.endpoint, "--endpoint");
      const sparql = options.sparql === undefined ? undefined : net.requireHttpUrl(options.sparql, "--sparql");
      const graph = parseAbsoluteIri(options.graph, "--graph");
      const auth = net.authFromEnvironment(context.io.env);
      const client = new net.HttpClient({
        userAgent: net.userAgent("graph store push", context.io.env.PACTGRAPH_CONTACT),
        timeoutMs: parseDuration(options.timeout, "--timeout"),
        timeoutOption: "--timeout",
        maxResponseBytes: parseByteSize(options.maxResponse, "--max-response"),
        limitOption: "--max-response",
        retry: { retries: parseInteger(options.retries, "--retries", 0, 20) },
        auth: { credentials: auth, origins: [store.origin, ...(sparql ? [sparql.origin] : [])] },
      });
      let inputs = await dataInputs(context, options);
      if (!options.links && options.data === undefined) {
        const links = join(context.requireProject("built graph to push").dataDir, "links") + sep;
        inputs = inputs.filter((input) => !("path" in input.content && input.content.path.startsWith(links)));
      }
      if (options.ontology) inputs = [...inputs, ...[PACKAGE_ONTOLOGY.owl, PACKAGE_ONTOLOGY.shapes].map((path) => ({ name: path, content: { path } }))];
      const quads = await loadRdfFiles(inputs, context.loadOptions(options.strict));
      context.progress(`pushing ${quads.length} triples from ${inputs.length} input(s) to <${graph}> (${net.describeAuth(auth)})…`);
      const report = await pushGraph({ graphStore: store.href, graph, quads, sparql: sparql?.href, client });
      context.out(`pushed ${report.sent} triples to <${graph}> in ${Math.round(report.pushMs)} ms; the store holds ${report.stored} (verified in ${Math.round(report.verifyMs)} ms)`);
    });
}
