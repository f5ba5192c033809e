/** `pactgraph queries`: the library of saved queries. */
import { Command } from "commander";
import { join } from "node:path";
import { out, projectRoot } from "../context.js";

export function queriesCommand(): Command {
  return new Command("queries")
    .summary("list the saved queries with their titles and parameters")
    .option("--json", "print the list as JSON")
    .addHelpText("after", "\nExamples:\n  pactgraph queries\n  pactgraph queries --json | jq '.[].name'")
    .action(async (options: { json?: boolean }) => {
      const { listSavedQueries } = await import("../../query/index.js");
      const all = await listSavedQueries(join(projectRoot(), "queries"));
      if (options.json) {
        const plain = all.map(({ name, title, description, params, returns }) => ({ name, title, description, params, returns }));
        out(JSON.stringify(plain, null, 2));
        return;
      }
      const width = Math.max(...all.map((q) => q.name.length));
      for (const q of all) {
        const params = q.params.map((p) => `${p.name}:${p.type}${p.default === undefined ? "" : `=${p.default}`}`).join(" ");
        out(`${q.name.padEnd(width)}  ${q.title}${params ? `  [${params}]` : ""}`);
      }
    });
}
