/**
 * `export --ontology` in every format: the seed with the OWL classes and the SHACL shapes (their
 * RDF lists and blank nodes too) parses back, through pactgraph's own loader, to the same graph
 * (compared as RDFC-1.0 canonical N-Quads). Seconds per format, so here rather than in the fast
 * suite, which checks Turtle.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportGraph, readJsonLdContext } from "../../src/export/index.js";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/formats.js";
import { loadRdfFile, loadRdfFiles } from "../../src/rdf/load.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";
import { canonicalNQuads } from "../rdf/canonical.js";

const FORMATS = Object.keys(RDF_FORMATS) as RdfFormat[];
const ONTOLOGY = [join(ROOT, "ontology", "pactgraph.ttl"), join(ROOT, "ontology", "shapes.ttl")];
const context = await readJsonLdContext(join(ROOT, "ontology", "context.jsonld"));
const expected = await canonicalNQuads(await loadRdfFiles([SEED_TTL, ...ONTOLOGY]));
const dir = mkdtempSync(join(tmpdir(), "pactgraph-export-ontology-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FORMATS)("export --ontology as %s", (format) => {
  it("round-trips classes, shapes (their RDF lists too) and instances", async () => {
    const { text } = await exportGraph({ dataFiles: [SEED_TTL], format, jsonLdContext: context, extraFiles: ONTOLOGY });
    const path = join(dir, `with-ontology${RDF_FORMATS[format].extensions[0]}`);
    writeFileSync(path, text);
    expect(await canonicalNQuads(await loadRdfFile(path))).toBe(expected);
  });
});
