/** `pactgraph queries`: the library of saved queries, pactgraph's and the project's. */
import { Command } from "commander";
import type { CommandContext } from "../context.js";
import { queryLibraries } from "../libraries.js";

export function queriesCommand(context: CommandContext): Command {
  return new Command("queries")
    .summary("list the saved queries (pactgraph's library and the project's queries/)")
    .option("--json", "print the list as JSON")
    .addHelpText("after", "\nA query in the project's queries/ replaces pactgraph's query of the same name; the listing says so.\n\nExamples:\n  pactgraph queries\n  pactgraph queries --json | jq '.[].name'")
    .action(async (options: { json?: boolean }) => {
      const { listSavedQueries } = await import("../../query/index.js");
      const all = await listSavedQueries(queryLibraries(context));
      if (options.json) {
        const plain = all.map(({ name, title, description, params, returns, requires, origin, path, shadows }) => ({
          name,
          title,
          description,
          params,
          returns,
          ...(requires.length > 0 ? { requires } : {}),
          origin,
          path,
          ...(shadows ? { shadows } : {}),
        }));
        context.out(JSON.stringify(plain, null, 2));
        return;
      }
      const width = Math.max(0, ...all.map((q) => q.name.length));
      for (const q of all) {
        const params = q.params.map((p) => `${p.name}:${p.type}${p.default === undefined ? "" : `=${p.default}`}`).join(" ");
        const origin = q.origin === "project" ? (q.shadows ? "  (project's; replaces pactgraph's)" : "  (project's)") : "";
        const needs = q.requires.length > 0 ? `  (needs ${q.requires.join(", ")})` : "";
        context.out(`${q.name.padEnd(width)}  ${q.title}${params ? `  [${params}]` : ""}${needs}${origin}`);
      }
    });
}
