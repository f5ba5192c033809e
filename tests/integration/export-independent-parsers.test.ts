/**
 * Every export format read by parsers that share no code with ours: rapper (Raptor, Debian's
 * raptor2-utils) for Turtle, N-Triples, N-Quads, TriG and RDF/XML, and RDFLib (Debian's
 * python3-rdflib, through /usr/bin/python3) for all six, JSON-LD included. Each re-emits what it
 * read as N-Triples/N-Quads, and that must be the same graph as the seed graph, not just the same
 * number of triples. `.ci/run` installs both tools.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { DataFactory, Parser } from "n3";
import { isomorphic } from "rdf-isomorphic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportGraph, readJsonLdContext } from "../../src/export/index.js";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/formats.js";
import { loadRdfFile, loadRdfFiles } from "../../src/rdf/load.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";
import { canonicalNQuads } from "../rdf/canonical.js";

const RAPPER_SYNTAX: Partial<Record<RdfFormat, string>> = { turtle: "turtle", ntriples: "ntriples", nquads: "nquads", trig: "trig", rdfxml: "rdfxml" };
const RDFLIB_SYNTAX: Record<RdfFormat, string> = { turtle: "turtle", ntriples: "nt", nquads: "nquads", trig: "trig", jsonld: "json-ld", rdfxml: "xml" };
const FORMATS = Object.keys(RDF_FORMATS) as RdfFormat[];
const ONTOLOGY = [join(ROOT, "ontology", "pactgraph.ttl"), join(ROOT, "ontology", "shapes.ttl")];

const dir = mkdtempSync(join(tmpdir(), "pactgraph-independent-"));
const files = new Map<string, string>();
const seed = await loadRdfFile(SEED_TTL);
const rdflibOutput = new Map<string, string>();
let expectedWithOntology = "";
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = (format: RdfFormat, withOntology: boolean) => `${format}${withOntology ? "+ontology" : ""}`;

beforeAll(async () => {
  expectedWithOntology = await canonicalNQuads(await loadRdfFiles([SEED_TTL, ...ONTOLOGY]));
  const context = await readJsonLdContext(join(ROOT, "ontology", "context.jsonld"));
  for (const format of FORMATS) {
    for (const withOntology of [false, true]) {
      const { text } = await exportGraph({ dataFiles: [SEED_TTL], format, jsonLdContext: context, ...(withOntology ? { extraFiles: ONTOLOGY } : {}) });
      const path = join(dir, `${key(format, withOntology)}${RDF_FORMATS[format].extensions[0]}`);
      writeFileSync(path, text);
      files.set(key(format, withOntology), path);
    }
  }
  // One Python process reads every file (RDFLib takes a while to import) and writes N-Quads next to it.
  const script = [
    "import sys, rdflib",
    "for path, syntax in zip(sys.argv[1::2], sys.argv[2::2]):",
    "    g = rdflib.ConjunctiveGraph()",
    "    g.parse(path, format=syntax)",
    "    g.serialize(destination=path + '.rdflib.nq', format='nquads')",
  ].join("\n");
  const args = [...files].flatMap(([name, path]) => [path, RDFLIB_SYNTAX[name.replace("+ontology", "") as RdfFormat]]);
  execFileSync("/usr/bin/python3", ["-c", script, ...args], { encoding: "utf8" });
  for (const [name, path] of files) rdflibOutput.set(name, readFileSync(`${path}.rdflib.nq`, "utf8"));
}, 60_000);

function rapper(path: string, syntax: string): string {
  const { stdout, stderr, status } = spawnSync("rapper", ["-q", "-i", syntax, "-o", "nquads", path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (status !== 0) throw new Error(`rapper failed (is raptor2-utils installed?): ${stderr}`);
  return stdout;
}

/** N-Quads as n3 quads; RDFLib names the default graph in its N-Quads output, so graph names can be dropped. */
function parseNQuads(text: string, dropGraphs: boolean): Quad[] {
  const quads = new Parser({ format: "application/n-quads" }).parse(text);
  return dropGraphs ? quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object)) : quads;
}

const RAPPER_FORMATS = FORMATS.filter((f) => RAPPER_SYNTAX[f] !== undefined);

describe("rapper reads every export as the same graph", () => {
  it.each(RAPPER_FORMATS)("%s", async (format) => {
    const syntax = RAPPER_SYNTAX[format] ?? "";
    expect(isomorphic(parseNQuads(rapper(files.get(key(format, false)) ?? "", syntax), false), seed)).toBe(true);
    const withOntology = parseNQuads(rapper(files.get(key(format, true)) ?? "", syntax), false);
    expect(await canonicalNQuads(withOntology)).toBe(expectedWithOntology);
  });
});

describe("RDFLib reads every export as the same graph", () => {
  it.each(FORMATS)("%s", async (format) => {
    expect(isomorphic(parseNQuads(rdflibOutput.get(key(format, false)) ?? "", true), seed)).toBe(true);
    const withOntology = parseNQuads(rdflibOutput.get(key(format, true)) ?? "", true);
    expect(await canonicalNQuads(withOntology)).toBe(expectedWithOntology);
  });
});
