/** `pactgraph summary`: what is in the graph, by class and by epistemic status. */
import { Command } from "commander";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { addDataOptions, type DataOptions } from "../options.js";

export function summaryCommand(context: CommandContext): Command {
  return addDataOptions(new Command("summary"))
    .summary("count triples, instances per class and claims per epistemic status")
    .addHelpText("after", "\nExamples:\n  pactgraph summary\n  pactgraph summary --data my-graph.ttl\n  curl -s https://example.org/g.ttl | pactgraph summary --data - --input-format ttl")
    .action(async (options: DataOptions) => {
      const [{ loadRdfFiles }, { formatSummary, summarizeGraph }] = await Promise.all([import("../../rdf/index.js"), import("../../inspect/index.js")]);
      const inputs = await dataInputs(context, options);
      const quads = await loadRdfFiles(inputs, context.loadOptions(options.strict));
      context.out(`graph: ${inputs.length} input(s)`);
      context.out(formatSummary(summarizeGraph(quads)));
    });
}
