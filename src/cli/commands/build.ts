/** `pactgraph build`: DSL modules → Turtle in data/, schema → ontology/ files. */
import { Command } from "commander";
import { relative } from "node:path";
import { PactgraphError } from "../../errors.js";
import { out, progress, projectRoot } from "../context.js";

export function buildCommand(): Command {
  return new Command("build")
    .summary("build Turtle from the DSL modules and the ontology files from the schema")
    .description(
      "Loads each DSL module (default: data/*.ts), checks it, and writes data/<name>.ttl; regenerates\n" +
        "ontology/pactgraph.ttl, ontology/shapes.ttl and ontology/context.jsonld from the schema.\n" +
        "Output is deterministic: building twice gives byte-identical files.",
    )
    .argument("[modules...]", "DSL modules to build (default: every data/*.ts)")
    .option("--check", "write nothing; exit 1 if any generated file is missing or out of date")
    .addHelpText(
      "after",
      "\nExamples:\n  pactgraph build\n  pactgraph build data/turkey-security-alliances.ts\n  pactgraph build --check   # in CI: are the committed files up to date?",
    )
    .action(async (modules: string[], options: { check?: boolean }) => {
      const { build } = await import("../../build/index.js");
      const root = projectRoot();
      const report = await build({
        root,
        ...(modules.length > 0 ? { modules } : {}),
        check: options.check === true,
        onModule: (path) => progress(`building ${relative(root, path)}…`),
      });
      for (const file of report.files) {
        const triples = file.triples === undefined ? "" : ` (${file.triples} triples)`;
        out(`${file.state.padEnd(9)} ${file.path}${triples}`);
      }
      out(`done in ${Math.round(report.milliseconds)} ms`);
      const outdated = report.files.filter((f) => f.state === "outdated");
      if (outdated.length > 0) {
        throw new PactgraphError(
          `${outdated.length} generated file(s) are out of date: ${outdated.map((f) => f.path).join(", ")}; run \`pactgraph build\``,
          "E_OUTDATED",
        );
      }
    });
}
