/** `pactgraph export`: the graph in Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML. */
import { Command } from "commander";
import { join } from "node:path";
import { UsageError } from "../../errors.js";
import type { RdfFormat } from "../../rdf/formats.js";
import { out, PACKAGE_ROOT, progress, projectRoot } from "../context.js";
import { dataOption, rdfFormatOption } from "../options.js";

interface ExportCliOptions {
  readonly data?: string[];
  readonly format?: string;
  readonly output?: string;
  readonly ontology?: boolean;
}

const EXAMPLES = `
Examples:
  pactgraph export -o graph.jsonld                 JSON-LD, compacted with ontology/context.jsonld
  pactgraph export --ontology -o pactgraph.owl     RDF/XML with classes, shapes and instances, for Protégé
  pactgraph export --format nt | sort | head       N-Triples on stdout (lines already sorted)
  pactgraph export --data other.ttl --format trig -o other.trig

Formats: ttl (Turtle, the default), nt (N-Triples), nq (N-Quads), trig, jsonld, rdfxml (.rdf, .owl, .xml).
Files are written atomically: a failed or interrupted export leaves an existing file as it was.`;

export function exportCommand(): Command {
  return new Command("export")
    .summary("write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML")
    .description(
      "Loads the built graph (data/*.ttl and data/links/*.ttl) or --data files, and writes it in one\n" +
        "format to -o (atomically) or to stdout. Output is deterministic: the same graph gives the same bytes.",
    )
    .addOption(dataOption())
    .addOption(rdfFormatOption("ttl, nt, nq, trig, jsonld or rdfxml (default: from the -o extension, else ttl)"))
    .option("-o, --output <file>", "write to this file instead of stdout; its extension sets the format unless --format does")
    .option("--ontology", "include the OWL ontology and the SHACL shapes, so one file has classes and instances")
    .addHelpText("after", EXAMPLES)
    .action(async (options: ExportCliOptions) => {
      const [{ builtGraphFiles }, { exportGraph, readJsonLdContext }, { formatOfPath, parseFormatName, RDF_FORMATS }, { writeFileAtomically }] =
        await Promise.all([
          import("../../build/index.js"),
          import("../../export/index.js"),
          import("../../rdf/formats.js"),
          import("../../rdf/output.js"),
        ]);
      const format: RdfFormat = options.format
        ? parseFormatName(options.format)
        : options.output
          ? (formatOfPath(options.output) ??
            fail(`cannot tell the RDF format of ${options.output} from its extension; pass --format (ttl, nt, nq, trig, jsonld, rdfxml)`))
          : "turtle";
      const dataFiles = options.data ?? (await builtGraphFiles(projectRoot()));
      if (dataFiles.length === 0) fail("no data to export: run `pactgraph build` first, or pass --data");
      const ontology = join(PACKAGE_ROOT, "ontology");
      progress(`exporting ${dataFiles.length} file(s) as ${RDF_FORMATS[format].label}…`);
      const result = await exportGraph({
        dataFiles,
        format,
        ...(options.ontology ? { extraFiles: [join(ontology, "pactgraph.ttl"), join(ontology, "shapes.ttl")] } : {}),
        ...(format === "jsonld" ? { jsonLdContext: await readJsonLdContext(join(ontology, "context.jsonld")) } : {}),
      });
      // Nothing is written until the whole export is serialised.
      if (options.output) {
        await writeFileAtomically(options.output, result.text);
        out(`wrote ${options.output}: ${result.quads} triples as ${RDF_FORMATS[format].label}`);
      } else {
        process.stdout.write(result.text);
      }
    });
}

function fail(message: string): never {
  throw new UsageError(message);
}
