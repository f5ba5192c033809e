/** `pactgraph summary`: what is in the graph, by class and by epistemic status. */
import { Command } from "commander";
import { out, projectRoot } from "../context.js";
import { dataOption } from "../options.js";

export function summaryCommand(): Command {
  return new Command("summary")
    .summary("count triples, instances per class and claims per epistemic status")
    .addOption(dataOption())
    .addHelpText("after", "\nExamples:\n  pactgraph summary\n  pactgraph summary --data my-graph.ttl")
    .action(async (options: { data?: string[] }) => {
      const [{ builtGraphFiles }, { loadRdfFiles }, { formatSummary, summarizeGraph }] = await Promise.all([
        import("../../build/index.js"),
        import("../../rdf/load.js"),
        import("../../inspect/index.js"),
      ]);
      const files = options.data ?? (await builtGraphFiles(projectRoot()));
      const quads = await loadRdfFiles(files);
      out(`graph: ${files.length} file(s)`);
      out(formatSummary(summarizeGraph(quads)));
    });
}
