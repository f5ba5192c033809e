/** `pactgraph validate`: SHACL shapes plus the checks shapes cannot express; exit 1 on violations. */
import { Command } from "commander";
import { dirname } from "node:path";
import { ExitCode, UsageError } from "../../errors.js";
import type * as RdfModule from "../../rdf/index.js";
import type { RdfFormat } from "../../rdf/index.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { addDataOptions, addOutputOptions, type DataOptions, type OutputOptions } from "../options.js";

interface ValidateCliOptions extends DataOptions, OutputOptions {
  readonly shapes?: string;
  readonly report?: string;
  readonly quiet?: boolean;
}

const EXAMPLES = `
Examples:
  pactgraph validate                          the built graph against the package's SHACL shapes
  pactgraph validate --data my-graph.ttl
  pactgraph validate --report ttl -o report.ttl   the standard sh:ValidationReport as Turtle
  pactgraph validate --quiet && echo valid

Beyond the shapes, every quote must occur in its source text at its offsets (pact:textFile is read
relative to the project root or the data file's folder), dates must be in order (signed ≤ in force
≤ ended, start ≤ end), and every claim must be typed and cite its source.
With --strict, validate also refuses ill-typed literals while loading, lists what rests on nothing
(fields no claim covers and no review note explains: a COW code, a group's members) and fails on warnings.
Exit codes: 0 no violations, 1 violations found, 2 usage or I/O error.`;

export function validateCommand(context: CommandContext): Command {
  const command = new Command("validate")
    .summary("check the graph against the SHACL shapes, and quotes, dates and claims against their sources")
    .description(
      "Validates the project's built graph or --data input against the SHACL shapes and pactgraph's own\n" +
        "checks. Prints one line per violation, grouped and counted; exit 1 if any.",
    );
  addDataOptions(command);
  return addOutputOptions(command, "the report")
    .option("--shapes <file>", "SHACL shapes to validate against (default: the package's ontology/shapes.ttl)")
    .option("--report <format>", "text (default), or an RDF format for the sh:ValidationReport: ttl, nt, jsonld, rdf…")
    .option("-q, --quiet", "print nothing; the exit code tells")
    .addHelpText("after", EXAMPLES)
    .action(async (options: ValidateCliOptions) => {
      const [rdf, validate, { writeOutput }, { PACKAGE_ONTOLOGY }] = await Promise.all([
        import("../../rdf/index.js"),
        import("../../validate/index.js"),
        import("../../io/index.js"),
        import("../../project/index.js"),
      ]);
      // Usage problems first, before any loading.
      const reportFormat = chooseReportFormat(options, rdf);
      const inputs = await dataInputs(context, options);
      context.progress(`loading ${inputs.length} input(s)…`);
      const strict = options.strict === true;
      const documents = await rdf.loadRdfDocuments(inputs, context.loadOptions(strict));
      const shapes = await validate.loadShapesFile(options.shapes ? context.path(options.shapes) : PACKAGE_ONTOLOGY.shapes);
      const data = documents.flatMap((d) => d.quads);
      context.progress("validating…");
      const fileDirs = inputs.flatMap((i) => ("path" in i.content ? [dirname(i.content.path)] : []));
      const result = await validate.validateGraph({ data, shapes, strict, textDirectories: [...(context.project ? [context.project.root] : []), context.io.cwd, ...fileDirs] });

      // Warnings are printed but pass, unless --strict: then anything found fails.
      const failing = result.results.filter((r) => r.severity === "Violation" || (strict && r.severity === "Warning")).length;
      if (failing > 0) context.exitCode = ExitCode.data;
      const summary = result.conforms
        ? `conforms: no violations in ${data.length} triples from ${inputs.length} input(s)`
        : `${validate.summarizeResults(result.results)} (${result.fromShapes} from the shapes, ${result.fromChecks} from pactgraph's checks)`;
      const text =
        reportFormat === "text"
          ? `${result.results.length > 0 ? `${validate.formatResults(result.results)}\n\n` : ""}${summary}\n`
          : await rdf.serializeRdf(result.reportQuads, reportFormat);
      if (options.output !== undefined && options.output !== "-") {
        await writeOutput(context.path(options.output), text, { stdout: context.io.stdout, force: options.force === true });
        if (!options.quiet) context.out(`${summary}; report written to ${options.output}`);
      } else if (!options.quiet) {
        context.write(text);
        if (reportFormat !== "text") context.io.stderr.write(`${summary}\n`);
      }
    });
}

/** `--report` if given; else an RDF format when -o has an RDF extension; else text. */
function chooseReportFormat(options: ValidateCliOptions, rdf: typeof RdfModule): RdfFormat | "text" {
  if (options.report?.toLowerCase() === "text") return "text";
  if (options.report !== undefined) {
    try {
      return rdf.parseFormatName(options.report);
    } catch {
      throw new UsageError(`unknown report format "${options.report}"; use text, or an RDF format: ttl, nt, nq, trig, jsonld, rdf`);
    }
  }
  return (options.output && options.output !== "-" && rdf.formatOfPath(options.output)) || "text";
}
