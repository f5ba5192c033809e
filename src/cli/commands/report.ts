/** `pactgraph report`: run every saved query over the graph and print a short account of each. */
import { Command, Option } from "commander";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { queryLibraries } from "../libraries.js";
import { addDataOptions, type DataOptions } from "../options.js";
import { parseInteger } from "../values.js";

interface ReportOptions extends DataOptions {
  readonly rows: string;
  readonly engine: "oxigraph" | "comunica";
}

export function reportCommand(context: CommandContext): Command {
  return addDataOptions(new Command("report"))
    .summary("run every saved query with its defaults and print a short report of each")
    .option("--rows <n>", "rows to show per query", "3")
    .addOption(new Option("--engine <name>", "engine for local data").choices(["oxigraph", "comunica"]).default("oxigraph"))
    .addHelpText("after", "\nExamples:\n  pactgraph report\n  pactgraph report --rows 10")
    .action(async (options: ReportOptions) => {
      const query = await import("../../query/index.js");
      const shown = parseInteger(options.rows, "--rows", 0);
      const inputs = await dataInputs(context, options);
      const { source, quads } = await query.loadLocalSource(inputs, { engine: options.engine, unionDefaultGraph: options.data === undefined, load: context.loadOptions(options.strict) });
      if (quads === 0) context.warn(`the graph is empty: ${inputs.map((i) => i.name).join(", ")} hold no triples`);
      const table = { kind: "bindings", format: "table" } as const;
      for (const saved of await query.listSavedQueries(queryLibraries(context))) {
        if (query.requiresWikidata(saved)) {
          // Over the local graph alone such a query would report every item as missing from Wikidata.
          context.out(`\n▸ ${saved.name} — ${saved.title} (needs Wikidata: \`pactgraph query ${saved.name}\`, or --wikidata-local after \`pactgraph enrich\`)`);
          continue;
        }
        const started = performance.now();
        const result = await query.runSavedQuery(saved, source);
        const ms = Math.round(performance.now() - started);
        const size = query.resultSize(result);
        const unit = result.kind === "graph" ? "triples" : result.kind === "boolean" ? "answer" : "rows";
        context.out(`\n▸ ${saved.name} — ${saved.title} (${result.kind === "boolean" ? String(result.value) : `${size} ${unit}`}, ${ms} ms)`);
        if (result.kind === "bindings" && size > 0 && shown > 0) {
          const preview = { ...result, rows: result.rows.slice(0, shown) };
          context.out((await query.formatResult(preview, table, { queryText: query.prepareSavedQuery(saved).text })).trimEnd().replace(/^/gm, "  "));
          if (size > shown) context.out(`  … ${size - shown} more`);
        }
      }
    });
}
