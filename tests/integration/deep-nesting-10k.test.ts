/**
 * Deeply nested input and output: 10,000 levels of RDF/XML elements, Turtle `[ ]` and `( )` load,
 * go out through every writer and come back whole, with no recursion to overflow and no walk over
 * the open elements per element; written again, they give the same bytes. JSON-LD, which jsonld.js expands by recursion, is refused beyond
 * its documented depth, with the place. (The 100,000-level cases run in the integration suite.)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Quad } from "@rdfjs/types";
import { afterAll, describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/formats.js";
import { bytesInput } from "../../src/rdf/input.js";
import { MAX_JSON_DEPTH } from "../../src/rdf/json-syntax.js";
import { loadRdfFile } from "../../src/rdf/load.js";
import { createRdfXmlParser } from "../../src/rdf/rdfxml-read.js";
import { serializeRdf } from "../../src/rdf/serialize.js";
import { deepInput, deepTriples, type DeepShape } from "../rdf/deep-inputs.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-deep-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEPTH = 10_000;

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const SHAPES: [DeepShape, string][] = [
  ["rdfxml", ".rdf"],
  ["blank-nodes", ".ttl"],
  ["lists", ".ttl"],
];

describe("10,000 levels of RDF/XML elements, Turtle [ ] and ( )", () => {
  let quads: Quad[] = [];

  it.each(SHAPES)("%s loads", async (shape, extension) => {
    const loaded = await loadRdfFile(write(`deep-${shape}${extension}`, deepInput(shape, DEPTH)));
    expect(loaded.length).toBe(deepTriples(shape, DEPTH));
    quads.push(...loaded);
  });

  it.each(Object.keys(RDF_FORMATS) as RdfFormat[])("all three are written as %s and read back whole", async (format) => {
    const text = await serializeRdf(quads, format);
    const back = await loadRdfFile(bytesInput(`out${RDF_FORMATS[format].extensions[0]}`, Buffer.from(text), { format }));
    expect(back.length).toBe(quads.length);
  });

  afterAll(() => {
    quads = [];
  });
});

describe("deep graphs written again give the same bytes (canonical blank-node labels do not give out with depth)", () => {
  it.each(SHAPES)("%s, 2,000 levels, in every format", async (shape, extension) => {
    const quads = await loadRdfFile(bytesInput(`again${extension}`, Buffer.from(deepInput(shape, 2000))));
    for (const format of Object.keys(RDF_FORMATS) as RdfFormat[]) {
      const text = await serializeRdf(quads, format);
      const back = await loadRdfFile(bytesInput(`again${RDF_FORMATS[format].extensions[0]}`, Buffer.from(text), { format }));
      expect(await serializeRdf(back, format), format).toBe(text);
    }
  });
});

describe("RDF/XML namespace prefixes", () => {
  it("resolve without walking the open elements: work per element does not grow with depth", async () => {
    const depth = 2000;
    const { parser } = await createRdfXmlParser({ name: "deep.rdf", base: undefined });
    const sax = (parser as unknown as { saxParser: { tags: unknown[] } }).saxParser;
    let reads = 0;
    sax.tags = new Proxy(sax.tags, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    let count = 0;
    Readable.from([deepInput("rdfxml", depth)]).pipe(parser);
    for await (const _ of parser) count += 1;
    expect(count).toBe(deepTriples("rdfxml", depth));
    // Walking the stack for each element's prefixes reads about depth² / 2 entries.
    expect(reads).toBeLessThan(10 * depth);
  });

  it("still follow the XML rules: the innermost declaration wins, and ends with its element", async () => {
    const text =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://one.example/">' +
      '<rdf:Description rdf:about="https://example.org/a" xmlns:ex="https://two.example/"><ex:p>inner</ex:p></rdf:Description>' +
      '<rdf:Description rdf:about="https://example.org/b"><ex:p>outer</ex:p><ex:q xmlns:ex="https://three.example/">self</ex:q></rdf:Description></rdf:RDF>';
    const quads = await loadRdfFile(bytesInput("ns.rdf", Buffer.from(text)));
    expect(quads.map((q) => `${q.predicate.value} ${q.object.value}`).sort()).toEqual(["https://one.example/p outer", "https://three.example/q self", "https://two.example/p inner"]);
  });
});

describe("JSON-LD nesting", () => {
  it(`loads a document nested ${MAX_JSON_DEPTH} levels deep`, async () => {
    // The context and the top node object are two levels; the rest are node objects.
    const quads = await loadRdfFile(write("deep-ok.jsonld", deepInput("jsonld", MAX_JSON_DEPTH - 1)));
    expect(quads.length).toBe(deepTriples("jsonld", MAX_JSON_DEPTH - 1));
  });

  it("refuses a document nested 10,000 levels deep, naming file, line and column", async () => {
    const path = write("deep.jsonld", deepInput("jsonld", DEPTH));
    const error: unknown = await loadRdfFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    const column = deepInput("jsonld", DEPTH).indexOf("{", 0) + 1 + 56 + MAX_JSON_DEPTH * 9 - 9;
    expect((error as Error).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:1:\\d+: JSON-LD nested more than ${MAX_JSON_DEPTH} levels deep`));
    expect(column).toBeGreaterThan(0);
  });

  it("a syntax error deep inside is still located, without overflowing", async () => {
    const text = deepInput("jsonld", DEPTH).replace('"x"', '"x",');
    const error: unknown = await loadRdfFile(write("deep-bad.jsonld", text)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/deep-bad\.jsonld:1:\d+: malformed JSON: nested more than 256 levels deep/);
  });
});
