/** `pactgraph quote <source> <text>`: where words occur in a source text, with what a claim needs to cite them. */
import { Command } from "commander";
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { PactgraphError, UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { projectGraphFiles } from "../inputs.js";

export function quoteCommand(context: CommandContext): Command {
  return new Command("quote")
    .summary("find words in a source text: each occurrence with its offsets, prefix and suffix")
    .description(
      "Looks <text> up in a source's text — a text file, or a source of the built graph by slug or CURIE\n" +
        "(its pact:textFile) — and prints every occurrence with its code-point offsets, line and column,\n" +
        "and the prefix and suffix a quote selector records. A claim needs `start` only when a quote\n" +
        "occurs more than once: the line to paste is printed.",
    )
    .argument("<source>", "a source slug (turkey-security-alliances), CURIE (source:…) or text file")
    .argument("<text>", "the words to find, exactly as they are in the text")
    .option("--json", "print the occurrences as JSON")
    .addHelpText("after", '\nExamples:\n  pactgraph quote turkey-security-alliances "potential"\n  pactgraph quote data/sources/treaty.txt "the Parties" --json')
    .action(async (source: string, text: string, options: { json?: boolean }) => {
      const [{ SourceText }, { readTextFile }] = await Promise.all([import("../../dsl/index.js"), import("../../io/index.js")]);
      const file = await textFileOf(context, source);
      const sourceText = new SourceText(await readTextFile(file));
      const found = sourceText.locate(text);
      if (options.json) {
        context.out(JSON.stringify(found.map((s) => ({ ...s, ...lineColumn(sourceText.text, s.start) })), null, 2));
      } else {
        context.out(`${found.length} occurrence${found.length === 1 ? "" : "s"} of ${JSON.stringify(text)} in ${relative(context.io.cwd, file) || file}`);
        for (const s of found) {
          const at = lineColumn(sourceText.text, s.start);
          context.out(`\n  offsets ${s.start}–${s.end} (line ${at.line}, column ${at.column})`);
          context.out(`  prefix ${JSON.stringify(s.prefix)}`);
          context.out(`  suffix ${JSON.stringify(s.suffix)}`);
          context.out(`  cite   quote: ${JSON.stringify(text)}${found.length > 1 ? `, start: ${s.start}` : ""}`);
        }
      }
      if (found.length === 0) throw new PactgraphError(`${JSON.stringify(text)} does not occur in ${file}; quotes must be the exact words (check quotes, dashes and spaces)`, "E_INVALID");
    });
}

/** The text file of a source: a path as given, or the pact:textFile of the built graph's source. */
async function textFileOf(context: CommandContext, source: string): Promise<string> {
  const path = context.path(source);
  if (/\.\w+$/.test(source) && existsSync(path)) return path;
  const project = context.requireProject("built graph to find the source in");
  const [{ loadRdfFiles }, { ID_BASE }, { propertyIri }] = await Promise.all([import("../../rdf/index.js"), import("../../rdf/index.js"), import("../../schema/index.js")]);
  const iri = source.includes("://") ? source : `${ID_BASE}source/${source.replace(/^source:/, "")}`;
  const quads = await loadRdfFiles(await projectGraphFiles(context), context.loadOptions());
  const textFile = quads.find((q) => q.subject.value === iri && q.predicate.value === propertyIri("textFile"))?.object.value;
  if (!textFile) {
    const known = [...new Set(quads.filter((q) => q.predicate.value === propertyIri("textFile")).map((q) => q.subject.value.replace(`${ID_BASE}source/`, "")))];
    throw new UsageError(`the built graph has no source ${source} with a text file${known.length > 0 ? `; its sources: ${known.join(", ")}` : ""} (or give the text file's path)`);
  }
  return context.path(`${project.root}/${textFile}`);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = Array.from(text).slice(0, offset).join("");
  const lines = before.split("\n");
  return { line: lines.length, column: Array.from(lines[lines.length - 1] ?? "").length + 1 };
}
