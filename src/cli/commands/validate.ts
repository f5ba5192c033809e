/** `pactgraph validate`: SHACL shapes plus the checks shapes cannot express; exit 1 on violations. */
import { Command } from "commander";
import { dirname, join, resolve } from "node:path";
import { ExitCode, UsageError } from "../../errors.js";
import type * as Formats from "../../rdf/formats.js";
import type { RdfFormat } from "../../rdf/formats.js";
import { out, PACKAGE_ROOT, progress, projectRoot } from "../context.js";
import { dataOption } from "../options.js";

interface ValidateCliOptions {
  readonly data?: string[];
  readonly shapes?: string;
  readonly report?: string;
  readonly output?: string;
  readonly quiet?: boolean;
}

const EXAMPLES = `
Examples:
  pactgraph validate                          the built graph against ontology/shapes.ttl
  pactgraph validate --data my-graph.ttl
  pactgraph validate --report ttl -o report.ttl   the standard sh:ValidationReport as Turtle
  pactgraph validate --quiet && echo valid

Beyond the shapes, every quote must occur in its source text at its offsets (pact:textFile is read
relative to the project root or the data file's folder), dates must be in order (signed ≤ in force
≤ ended, start ≤ end), and every claim must be typed and cite its source.
Exit codes: 0 no violations, 1 violations found, 2 usage or I/O error.`;

export function validateCommand(): Command {
  return new Command("validate")
    .summary("check the graph against the SHACL shapes, and quotes, dates and claims against their sources")
    .description(
      "Validates the built graph (data/*.ttl and data/links/*.ttl) or --data files against the SHACL shapes\n" +
        "and pactgraph's own checks. Prints one line per violation, grouped and counted; exit 1 if any.",
    )
    .addOption(dataOption())
    .option("--shapes <file>", "SHACL shapes to validate against (default: the package's ontology/shapes.ttl)")
    .option("--report <format>", "text (default), or an RDF format for the sh:ValidationReport: ttl, nt, jsonld, rdfxml…")
    .option("-o, --output <file>", "write the report to this file (atomically) instead of stdout")
    .option("-q, --quiet", "print nothing; the exit code tells")
    .addHelpText("after", EXAMPLES)
    .action(async (options: ValidateCliOptions) => {
      const [{ builtGraphFiles }, { loadRdfDocuments, loadRdfFile }, formats, validate, { serializeRdf }, { writeFileAtomically }] =
        await Promise.all([
          import("../../build/index.js"),
          import("../../rdf/load.js"),
          import("../../rdf/formats.js"),
          import("../../validate/index.js"),
          import("../../rdf/serialize.js"),
          import("../../rdf/output.js"),
        ]);
      // Usage problems first, before any loading.
      const reportFormat = chooseReportFormat(options, formats);
      const root = projectRoot();
      const files = options.data ?? (await builtGraphFiles(root));
      if (files.length === 0) throw new UsageError("no data to validate: run `pactgraph build` first, or pass --data");

      progress(`loading ${files.length} file(s)…`);
      const documents = await loadRdfDocuments(files);
      const shapes = await loadRdfFile(options.shapes ?? join(PACKAGE_ROOT, "ontology", "shapes.ttl"));
      const data = documents.flatMap((d) => d.quads);
      progress("validating…");
      const result = await validate.validateGraph({
        data,
        shapes,
        textDirectories: [root, ...files.map((f) => dirname(resolve(f)))],
      });

      const violations = result.results.filter((r) => r.severity === "Violation").length;
      if (violations > 0) process.exitCode = ExitCode.failure;
      const summary = result.conforms
        ? `conforms: no violations in ${data.length} triples from ${files.length} file(s)`
        : `${validate.summarizeResults(result.results)} (${result.fromShapes} from the shapes, ${result.fromChecks} from pactgraph's checks)`;
      const text =
        reportFormat === "text"
          ? `${result.results.length > 0 ? `${validate.formatResults(result.results)}\n\n` : ""}${summary}\n`
          : await serializeRdf(result.reportQuads, reportFormat);
      if (options.output) {
        await writeFileAtomically(options.output, text);
        if (!options.quiet) out(`${summary}; report written to ${options.output}`);
      } else if (!options.quiet) {
        process.stdout.write(text);
        if (reportFormat !== "text") process.stderr.write(`${summary}\n`);
      }
    });
}

/** `--report` if given; else an RDF format when -o has an RDF extension; else text. */
function chooseReportFormat(options: ValidateCliOptions, formats: typeof Formats): RdfFormat | "text" {
  if (options.report === "text") return "text";
  if (options.report !== undefined) {
    try {
      return formats.parseFormatName(options.report);
    } catch {
      throw new UsageError(`unknown report format "${options.report}"; use text, or an RDF format: ttl, nt, nq, trig, jsonld, rdfxml`);
    }
  }
  return (options.output && formats.formatOfPath(options.output)) || "text";
}
