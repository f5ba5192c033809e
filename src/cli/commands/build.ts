/** `pactgraph build`: the project's DSL modules → Turtle beside them. */
import { Command } from "commander";
import { relative } from "node:path";
import { PactgraphError, UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";

export function buildCommand(context: CommandContext): Command {
  return new Command("build")
    .summary("build the project's DSL modules into Turtle")
    .description(
      "Loads each DSL module (default: every .ts file of the project's data folder), checks it, and writes\n" +
        "<name>.ttl beside it. Output is deterministic: building twice gives byte-identical files.\n" +
        "In pactgraph's own repository it also regenerates ontology/ from the schema; elsewhere the\n" +
        "package's ontology is used as installed (`pactgraph ontology <dir>` copies it out).",
    )
    .argument("[modules...]", "DSL modules to build (default: every .ts file of the data folder)")
    .option("--check", "write nothing; exit 1 if any generated file is missing or out of date")
    .option("--watch", "build, then rebuild what each change under the data folder touches, until stopped (Ctrl-C)")
    .addHelpText(
      "after",
      "\nExamples:\n  pactgraph build\n  pactgraph build data/my-corpus.ts\n  pactgraph build --check   # in CI: are the committed files up to date?\n  pactgraph build --watch   # rebuild on every save; problems are reported and the watch goes on",
    )
    .action(async (modules: string[], options: { check?: boolean; watch?: boolean }) => {
      const { build, watchBuild } = await import("../../build/index.js");
      const project = context.requireProject("DSL module to build");
      if (options.watch) {
        const signal = context.stopSignal();
        if (options.check || modules.length > 0) throw new UsageError("--watch builds the whole data folder; leave out --check and module names");
        context.out(`watching ${relative(context.io.cwd, project.dataDir) || "."} (Ctrl-C to stop)`);
        await watchBuild({
          root: project.root,
          dataDir: project.dataDir,
          ...(signal ? { signal } : {}),
          onBuild: (report) => {
            const time = `${Math.round(report.milliseconds)} ms`;
            if (report.error) context.io.stderr.write(`pactgraph: ${report.error.message}\n(${time}; fix it and save again)\n`);
            else context.out(`${report.written.length > 0 ? `written ${report.written.join(", ")}` : "nothing changed"} (${report.rebuilt.length} module(s) run, ${time})`);
          },
        });
        return;
      }
      const report = await build({
        root: project.root,
        dataDir: project.dataDir,
        ...(modules.length > 0 ? { modules: modules.map((m) => context.path(m)) } : {}),
        check: options.check === true,
        onModule: (path) => context.progress(`building ${relative(project.root, path)}…`),
      });
      if (report.files.length === 0) {
        throw new PactgraphError(`no DSL modules in ${project.dataDir}; add one (see \`pactgraph init\`) or name it: pactgraph build my-graph.ts`, "E_NO_DATA");
      }
      for (const file of report.files) {
        const triples = file.triples === undefined ? "" : ` (${file.triples} triples)`;
        context.out(`${file.state.padEnd(9)} ${file.path}${triples}`);
      }
      context.out(`done in ${Math.round(report.milliseconds)} ms`);
      const outdated = report.files.filter((f) => f.state === "outdated");
      if (outdated.length > 0) {
        throw new PactgraphError(`${outdated.length} generated file(s) are out of date: ${outdated.map((f) => f.path).join(", ")}; run \`pactgraph build\``, "E_OUTDATED");
      }
    });
}
