/**
 * One entry point for writing RDF in any format pactgraph supports. Quads are put in a canonical
 * order with canonical blank-node labels first, so every format is as deterministic as it can be:
 * Turtle through the project's pretty writer, N-Triples/N-Quads as sorted lines, TriG through n3,
 * JSON-LD compacted through jsonld.js, RDF/XML written flat (rdfxml-write.ts).
 */
import type { Quad } from "@rdfjs/types";
import { UsageError } from "../errors.js";
import { RDF_FORMATS, type RdfFormat } from "./formats.js";
import type { JsonLdContext } from "./jsonld-write.js";
import { writeLines, writeTrig } from "./n3-write.js";
import { PREFIXES, VOCABULARIES } from "./prefixes.js";
import { canonicalOrder } from "./quad-order.js";
import { writeTurtle } from "./turtle-writer.js";

export interface SerializeOptions {
  /** prefix → namespace for Turtle, TriG and RDF/XML (default: every prefix pactgraph knows). */
  readonly prefixes?: Readonly<Record<string, string>>;
  /** The JSON-LD context to compact with (default: the vocabulary prefixes only). */
  readonly jsonLdContext?: JsonLdContext;
  /** Comment lines at the top of Turtle output. */
  readonly header?: readonly string[];
}

/** Formats that hold only a default graph. */
const TRIPLE_FORMATS: readonly RdfFormat[] = ["turtle", "ntriples", "rdfxml"];
const LEADING_PREDICATES = ["http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel"];

/**
 * Serialises quads as `format`. Throws a {@link UsageError} when the format cannot hold them
 * (named graphs in a triple format, characters RDF/XML cannot carry).
 * @example await serializeRdf(quads, "ntriples") // "<https://…> <…> <…> .\n…"
 */
export async function serializeRdf(quads: readonly Quad[], format: RdfFormat, options: SerializeOptions = {}): Promise<string> {
  const prefixes = options.prefixes ?? PREFIXES;
  if (TRIPLE_FORMATS.includes(format)) refuseNamedGraphs(quads, format);
  const ordered = canonicalOrder(quads);
  switch (format) {
    case "turtle":
      return writeTurtle(ordered, { prefixes, leadingPredicates: LEADING_PREDICATES, header: options.header ?? [] });
    case "ntriples":
      return writeLines(ordered, "N-Triples");
    case "nquads":
      return writeLines(ordered, "N-Quads");
    case "trig":
      return writeTrig(ordered, prefixes);
    case "jsonld":
      // jsonld.js loads only for JSON-LD output: a TriG or Turtle writer need not pay for it.
      return (await import("./jsonld-write.js")).writeJsonLd(ordered, options.jsonLdContext ?? { ...VOCABULARIES });
    case "rdfxml":
      return (await import("./rdfxml-write.js")).writeRdfXml(ordered, prefixes);
  }
}

function refuseNamedGraphs(quads: readonly Quad[], format: RdfFormat): void {
  const named = quads.find((q) => q.graph.termType !== "DefaultGraph");
  if (!named) return;
  throw new UsageError(
    `${RDF_FORMATS[format].label} holds a single graph, but the data has quads in the named graph <${named.graph.value}>; ` +
      "export as TriG, N-Quads or JSON-LD",
  );
}
