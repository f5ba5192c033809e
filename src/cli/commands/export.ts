/** `pactgraph export`: the graph in Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML. */
import { Command } from "commander";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { addDataOptions, addOutputOptions, type DataOptions, type OutputOptions } from "../options.js";

interface ExportCliOptions extends DataOptions, OutputOptions {
  readonly format?: string;
  readonly ontology?: boolean;
}

const EXAMPLES = `
Examples:
  pactgraph export -o graph.jsonld                 JSON-LD, compacted with the pactgraph context
  pactgraph export --ontology -o pactgraph.owl     RDF/XML with classes, shapes and instances, for Protégé
  pactgraph export -f nt | sort | head             N-Triples on stdout (lines already sorted)
  pactgraph export --data other.ttl -f trig -o other.trig
  curl -s https://example.org/g.rdf | pactgraph export --data - --input-format rdfxml -f ttl

Formats (-f, case-insensitive; or a media type): ttl (Turtle, the default), nt, nq, trig, jsonld,
rdf/rdfxml (.rdf, .owl, .xml). Regular files are written atomically: a failed or interrupted export
leaves an existing file as it was; -o - is stdout. The project's corpus keeps each source's claims in
the source's named graph: TriG, N-Quads and JSON-LD keep them apart, one-graph formats (Turtle,
N-Triples, RDF/XML) merge them (each claim still names its source).`;

export function exportCommand(context: CommandContext): Command {
  const command = new Command("export")
    .summary("write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML")
    .description(
      "Loads the project's built graph or --data input, and writes it in one format to -o or to stdout.\n" +
        "Output is deterministic: the same graph gives the same bytes.",
    );
  addDataOptions(command);
  return addOutputOptions(command, "the graph")
    .option("-f, --format <name>", "output format: ttl, nt, nq, trig, jsonld, rdf (default: from the -o extension, else ttl)")
    .option("--ontology", "include the OWL ontology and the SHACL shapes, so one file has classes and instances")
    .addHelpText("after", EXAMPLES)
    .action(async (options: ExportCliOptions) => {
      const [{ exportGraph, readJsonLdContext }, rdf, { writeOutput }, { PACKAGE_ONTOLOGY }] = await Promise.all([
        import("../../export/index.js"),
        import("../../rdf/index.js"),
        import("../../io/index.js"),
        import("../../project/index.js"),
      ]);
      const target = options.output === undefined ? "-" : options.output;
      const format = options.format
        ? rdf.parseFormatName(options.format)
        : target !== "-"
          ? (rdf.formatOfPath(target) ?? fail(`cannot tell the RDF format of ${target} from its extension; pass --format (ttl, nt, nq, trig, jsonld, rdf)`))
          : "turtle";
      const inputs = await dataInputs(context, options);
      context.progress(`exporting ${inputs.length} input(s) as ${rdf.RDF_FORMATS[format].label}…`);
      const result = await exportGraph({
        load: context.loadOptions(options.strict),
        dataFiles: inputs,
        format,
        // The project's corpus keeps each source's claims in its own graph; a one-graph format gets them merged.
        mergeGraphs: options.data === undefined && !rdf.RDF_FORMATS[format].quads,
        ...(options.ontology ? { extraFiles: [PACKAGE_ONTOLOGY.owl, PACKAGE_ONTOLOGY.shapes] } : {}),
        ...(format === "jsonld" ? { jsonLdContext: await readJsonLdContext(PACKAGE_ONTOLOGY.context) } : {}),
      });
      // Nothing is written until the whole export is serialised.
      await writeOutput(target === "-" ? "-" : context.path(target), result.text, { stdout: context.io.stdout, force: options.force === true });
      if (target !== "-") context.out(`wrote ${target}: ${result.quads} triples as ${rdf.RDF_FORMATS[format].label}`);
    });
}

function fail(message: string): never {
  throw new UsageError(message);
}
