/** `pactgraph push`: load the built graph into a triple store with the Graph Store Protocol. */
import { Command } from "commander";
import { join } from "node:path";
import { UsageError } from "../../errors.js";
import { out, progress, projectRoot } from "../context.js";
import { dataOption } from "../options.js";

/** The named graph pushes replace unless --graph says otherwise. */
export const DEFAULT_GRAPH = "https://w3id.org/pactgraph/graph/main";

interface PushCliOptions {
  readonly endpoint: string;
  readonly graph: string;
  readonly sparql?: string;
  readonly data?: string[];
  readonly ontology?: boolean;
  readonly links: boolean;
  readonly timeout: string;
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

export function pushCommand(): Command {
  return new Command("push")
    .summary("replace a named graph in a triple store with the built graph (Graph Store Protocol PUT)")
    .description(
      "Sends the built graph (data/*.ttl and data/links/*.ttl, or --data files) to a store's SPARQL 1.1\nGraph Store HTTP Protocol endpoint with PUT, which replaces the named graph as a whole: a failed\nor interrupted push leaves the previous graph intact. Then checks the store holds every triple sent.",
    )
    .requiredOption("-e, --endpoint <url>", "the store's Graph Store Protocol URL")
    .option("-g, --graph <iri>", "the named graph to replace", DEFAULT_GRAPH)
    .option("--sparql <url>", "the store's SPARQL endpoint, to verify the count (default: read the graph back)")
    .addOption(dataOption())
    .option("--ontology", "also push the OWL ontology and the SHACL shapes into the same graph")
    .option("--no-links", "leave out data/links/*.ttl")
    .option("--timeout <seconds>", "per-request timeout", "120")
    .addHelpText("after", EXAMPLES)
    .action(async (options: PushCliOptions) => {
      const [{ pushGraph, authenticatedFetch, authFromEnvironment, requireHttpUrl, USER_AGENT, describeAuth }, { builtGraphFiles }, { loadRdfFiles }] =
        await Promise.all([import("../../remote/index.js"), import("../../build/index.js"), import("../../rdf/load.js")]);
      requireHttpUrl(options.endpoint, "--endpoint");
      if (options.sparql) requireHttpUrl(options.sparql, "--sparql");
      if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]+$/i.test(options.graph)) throw new UsageError(`--graph must be an absolute IRI, got ${JSON.stringify(options.graph)}`);
      const seconds = Number(options.timeout);
      if (!(seconds > 0)) throw new UsageError(`--timeout takes a number of seconds, got ${JSON.stringify(options.timeout)}`);
      const root = projectRoot();
      let files = options.data ?? (await builtGraphFiles(root));
      if (!options.links) files = files.filter((f) => !f.includes(join("data", "links")));
      if (options.ontology) files = [...files, join(root, "ontology", "pactgraph.ttl"), join(root, "ontology", "shapes.ttl")];
      const quads = await loadRdfFiles(files);
      const auth = authFromEnvironment();
      progress(`pushing ${quads.length} triples from ${files.length} file(s) to <${options.graph}> (${describeAuth(auth)})…`);
      const report = await pushGraph({
        graphStore: options.endpoint,
        graph: options.graph,
        quads,
        sparql: options.sparql,
        fetch: authenticatedFetch({ auth, timeoutMs: seconds * 1000, userAgent: USER_AGENT }),
      });
      out(`pushed ${report.sent} triples to <${options.graph}> in ${Math.round(report.pushMs)} ms; the store holds ${report.stored} (verified in ${Math.round(report.verifyMs)} ms)`);
    });
}
