/** `pactgraph report`: run every saved query over the graph and print a short account of each. */
import { Command, Option } from "commander";
import { join } from "node:path";
import { out, projectRoot } from "../context.js";
import { dataOption } from "../options.js";

export function reportCommand(): Command {
  return new Command("report")
    .summary("run every saved query with its defaults and print a short report of each")
    .addOption(dataOption())
    .option("--rows <n>", "rows to show per query", "3")
    .addOption(new Option("--engine <name>", "engine for local data").choices(["oxigraph", "comunica"]).default("oxigraph"))
    .addHelpText("after", "\nExamples:\n  pactgraph report\n  pactgraph report --rows 10")
    .action(async (options: { data?: string[]; rows: string; engine: "oxigraph" | "comunica" }) => {
      const query = await import("../../query/index.js");
      const { builtGraphFiles } = await import("../../build/index.js");
      const root = projectRoot();
      const { source } = await query.loadLocalSource(options.data ?? (await builtGraphFiles(root)), { engine: options.engine });
      const shown = Math.max(0, Number.parseInt(options.rows, 10) || 0);
      for (const saved of await query.listSavedQueries(join(root, "queries"))) {
        const started = performance.now();
        const result = await query.runSavedQuery(saved, source);
        const ms = Math.round(performance.now() - started);
        const size = query.resultSize(result);
        const unit = result.kind === "graph" ? "triples" : result.kind === "boolean" ? "answer" : "rows";
        out(`\n▸ ${saved.name} — ${saved.title} (${result.kind === "boolean" ? String(result.value) : `${size} ${unit}`}, ${ms} ms)`);
        if (result.kind === "bindings" && size > 0 && shown > 0) {
          const preview = { ...result, rows: result.rows.slice(0, shown) };
          out((await query.formatResult(preview, "table")).trimEnd().replace(/^/gm, "  "));
          if (size > shown) out(`  … ${size - shown} more`);
        }
      }
    });
}
