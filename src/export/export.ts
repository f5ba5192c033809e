/**
 * Exporting the graph for other tools: load the data files (and, on request, the ontology and
 * shapes), then serialise everything in one format. The result is a string, complete before
 * anything is written, so a failed export never leaves partial output.
 */
import { loadRdfFiles, type LoadOptions, type RdfInputs } from "../rdf/load.js";
import type { RdfFormat } from "../rdf/formats.js";
import { readTextFile } from "../io/index.js";
import type { JsonLdContext } from "../rdf/jsonld-write.js";
import { serializeRdf } from "../rdf/serialize.js";
import { ParseError } from "../errors.js";
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import { quadKey } from "../rdf/terms.js";

export interface ExportOptions {
  /** The graph: RDF files (any format pactgraph reads, told by extension) or other inputs. */
  readonly dataFiles: RdfInputs;
  readonly format: RdfFormat;
  /** More RDF files to merge in, such as ontology/pactgraph.ttl and ontology/shapes.ttl. */
  readonly extraFiles?: RdfInputs;
  /** The context JSON-LD output is compacted with. */
  readonly jsonLdContext?: JsonLdContext;
  /** How to load (strict, warnings). */
  readonly load?: LoadOptions;
  /**
   * Merge named graphs into the default graph (for a format that holds one graph). Lossless for a
   * pactgraph corpus, whose claims name their source anyway (prov:hadPrimarySource).
   */
  readonly mergeGraphs?: boolean;
}

export interface ExportResult {
  /** The serialised graph. */
  readonly text: string;
  /** Quads loaded (before removing duplicates across files). */
  readonly quads: number;
}

/**
 * Loads and serialises a graph.
 * @example const { text } = await exportGraph({ dataFiles: ["data/turkey-security-alliances.ttl"], format: "jsonld" });
 */
export async function exportGraph(options: ExportOptions): Promise<ExportResult> {
  const loaded = await loadRdfFiles([...options.dataFiles, ...(options.extraFiles ?? [])], options.load ?? {});
  const quads = options.mergeGraphs ? mergeGraphs(loaded) : loaded;
  const text = await serializeRdf(quads, options.format, options.jsonLdContext ? { jsonLdContext: options.jsonLdContext } : {});
  return { text, quads: quads.length };
}

/** The quads with every named graph merged into the default graph (duplicates dropped). */
export function mergeGraphs(quads: readonly Quad[]): Quad[] {
  const merged = new Map<string, Quad>();
  for (const q of quads) {
    const inDefault = q.graph.termType === "DefaultGraph" ? q : DataFactory.quad(q.subject, q.predicate, q.object);
    merged.set(quadKey(inDefault), inDefault);
  }
  return [...merged.values()];
}

/** The `@context` object of a JSON-LD context document such as ontology/context.jsonld. */
export async function readJsonLdContext(path: string): Promise<JsonLdContext> {
  const text = await readTextFile(path);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ParseError(`not a JSON-LD context document: ${error instanceof Error ? error.message : String(error)}`, { file: path }, { cause: error });
  }
  const context = typeof document === "object" && document !== null && "@context" in document ? document["@context"] : undefined;
  if (typeof context !== "object" || context === null || Array.isArray(context)) {
    throw new ParseError('expected a JSON object with an "@context" object', { file: path });
  }
  return context as JsonLdContext;
}
