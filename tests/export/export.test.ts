/**
 * Exporting the seed graph in every format: the output parses back (through pactgraph's own
 * loader) to a graph isomorphic to the seed, is byte-for-byte deterministic, and carries what each
 * format is for (the project's context in JSON-LD, the project's prefixes in Turtle).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isomorphic } from "rdf-isomorphic";
import { afterAll, describe, expect, it } from "vitest";
import { exportGraph, readJsonLdContext } from "../../src/export/index.js";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/formats.js";
import { loadRdfFile } from "../../src/rdf/load.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";

const FORMATS = Object.keys(RDF_FORMATS) as RdfFormat[];
const ONTOLOGY = [join(ROOT, "ontology", "pactgraph.ttl"), join(ROOT, "ontology", "shapes.ttl")];
const context = await readJsonLdContext(join(ROOT, "ontology", "context.jsonld"));
const seed = await loadRdfFile(SEED_TTL);
const dir = mkdtempSync(join(tmpdir(), "pactgraph-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exported(format: RdfFormat, withOntology = false) {
  return exportGraph({ dataFiles: [SEED_TTL], format, jsonLdContext: context, ...(withOntology ? { extraFiles: ONTOLOGY } : {}) });
}

function writeOut(name: string, format: RdfFormat, text: string): string {
  const path = join(dir, `${name}${RDF_FORMATS[format].extensions[0]}`);
  writeFileSync(path, text);
  return path;
}

describe.each(FORMATS)("export of the seed graph as %s", (format) => {
  it("parses back to a graph isomorphic to the seed graph", async () => {
    const { text, quads } = await exported(format);
    expect(quads).toBe(seed.length);
    const back = await loadRdfFile(writeOut("seed", format, text));
    expect(back.length).toBe(seed.length);
    expect(isomorphic(back, seed)).toBe(true);
  });

  it("is deterministic, and exporting its own output again gives the same bytes", async () => {
    const first = (await exported(format)).text;
    expect((await exported(format)).text).toBe(first);
    const again = await exportGraph({ dataFiles: [writeOut("again", format, first)], format, jsonLdContext: context });
    expect(again.text).toBe(first);
  });

});

// That --ontology round-trips classes, shapes (their RDF lists too) and instances, in every
// format, is tests/integration/export-ontology.test.ts (RDFC-1.0 over the shapes' blank nodes
// takes seconds per format).

describe("what each format carries", () => {
  it("Turtle is the built file's Turtle, without its generated-file header", async () => {
    const built = readFileSync(SEED_TTL, "utf8");
    const body = built.slice(built.indexOf("@prefix"));
    expect((await exported("turtle")).text).toBe(body);
  });

  it("JSON-LD is compacted with ontology/context.jsonld, inlined, so it reads like the DSL", async () => {
    const document = JSON.parse((await exported("jsonld")).text) as { "@context": unknown; "@graph": Record<string, unknown>[] };
    expect(document["@context"]).toEqual(context);
    const pact = document["@graph"].find((node) => node.id === "pgid:agreement/saudi-pakistan-pact");
    expect(pact).toMatchObject({ type: "MutualDefencePact", status: "Concluded", scope: "Bilateral" });
    expect(pact?.established).toEqual({ type: "xsd:gYearMonth", "@value": "2025-09" });
    expect(pact?.label).toBe("Saudi–Pakistani mutual defence pact (September 2025)");
  });

  it("N-Triples and N-Quads are sorted lines", async () => {
    for (const format of ["ntriples", "nquads"] as const) {
      const lines = (await exported(format)).text.trimEnd().split("\n");
      expect(lines.length).toBe(seed.length);
      expect([...lines].sort()).toEqual(lines);
    }
  });

  it("RDF/XML declares the project's prefixes and writes every blank node with rdf:nodeID", async () => {
    const text = (await exported("rdfxml")).text;
    expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF')).toBe(true);
    expect(text).toContain('xmlns:pact="https://w3id.org/pactgraph/ontology#"');
    expect(text).not.toContain('rdf:parseType="Resource"');
  });

  it("--ontology adds the OWL classes and the SHACL shapes", async () => {
    const text = (await exported("ntriples", true)).text;
    expect(text).toContain("<https://w3id.org/pactgraph/ontology#MutualDefencePact> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/2002/07/owl#Class> .");
    expect(text).toContain("<https://w3id.org/pactgraph/ontology#ClaimShape> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/shacl#NodeShape> .");
  });
});
