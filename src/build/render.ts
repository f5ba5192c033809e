/**
 * Renders the generated artefacts: the OWL ontology, the SHACL shapes and the JSON-LD context
 * from the schema, and a DSL graph as Turtle. Pure functions: files are written by the caller.
 */
import type { Quad } from "@rdfjs/types";
import { expandCurie, PREFIXES } from "../rdf/prefixes.js";
import { quadKey } from "../rdf/terms.js";
import { writeTurtle } from "../rdf/turtle-writer.js";
import { generateContext, generateOwl, generateShapes } from "../schema/index.js";

/** A file a build produces, with its path relative to the project root. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
  readonly triples?: number;
}

const LEADING_PREDICATES = ["rdfs:label", "skos:prefLabel"].map(expandCurie);

/** Pretty Turtle with the project's prefixes and a "generated" header. */
export function renderTurtle(quads: readonly Quad[], header: readonly string[]): string {
  return writeTurtle(quads, { prefixes: PREFIXES, leadingPredicates: LEADING_PREDICATES, header });
}

/**
 * ontology/pactgraph.ttl, ontology/shapes.ttl and ontology/context.jsonld, from the schema, and
 * ontology/shapes.core.json: the shapes as `validate` reads the Turtle, parsed and read by the
 * SHACL core ahead of time, for the Turtle's exact bytes.
 */
export async function renderOntologyFiles(): Promise<RenderedFile[]> {
  const note = "Generated from src/schema by `npm run ontology`; edit the schema, not this file.";
  const owl = generateOwl();
  const shapes = generateShapes();
  const shapesTurtle = renderTurtle(shapes, ["pactgraph SHACL shapes", note]);
  return [
    { path: "ontology/pactgraph.ttl", content: renderTurtle(owl, ["pactgraph ontology (OWL 2)", note]), triples: owl.length },
    { path: "ontology/shapes.ttl", content: shapesTurtle, triples: shapes.length },
    // validate's business: only the generator and the drift test load it.
    { path: "ontology/shapes.core.json", content: await (await import("../validate/core-shapes-file.js")).coreShapesFileOf(shapesTurtle) },
    { path: "ontology/context.jsonld", content: `${JSON.stringify(generateContext(), null, 2)}\n` },
  ];
}

/** The corpus as TriG: structure in the default graph, each source's claims in its own named graph. */
export async function renderCorpus(quads: readonly Quad[], modules: readonly string[], outputPath: string): Promise<RenderedFile> {
  const { serializeRdf } = await import("../rdf/serialize.js");
  const header = `# Generated from ${modules.join(", ")} by \`pactgraph build\`; edit the DSL modules, not this file.\n# Each source's claims are in the named graph of the source's IRI; the rest is in the default graph.\n`;
  return { path: outputPath, content: header + (await serializeRdf(quads, "trig")), triples: new Set(quads.map(quadKey)).size };
}

/** The Turtle of one DSL graph. */
export function renderGraph(quads: readonly Quad[], modulePath: string, outputPath: string): RenderedFile {
  const header = [`Generated from ${modulePath} by \`pactgraph build\`; edit the DSL module, not this file.`];
  return { path: outputPath, content: renderTurtle(quads, header), triples: new Set(quads.map(quadKey)).size };
}
