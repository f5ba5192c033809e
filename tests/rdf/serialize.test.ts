/**
 * Every writer, checked against every reader on random graphs: serialise → write a file → load it
 * back through pactgraph's own loader → isomorphic to the input. Strings mix the characters that
 * break writers (quotes, backslashes, control characters, "]]>", astral code points).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject } from "@rdfjs/types";
import fc from "fast-check";
import { DataFactory, Store } from "n3";
import { isomorphic } from "rdf-isomorphic";
import { afterAll, describe, expect, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/formats.js";
import { loadRdfFile } from "../../src/rdf/load.js";
import { serializeRdf } from "../../src/rdf/serialize.js";
import { blankNode, literal, namedNode } from "../../src/rdf/terms.js";

const defaultGraph = (): Quad_Graph => DataFactory.defaultGraph();
const quad = (s: Quad_Subject, p: Quad["predicate"], o: Quad_Object, g: Quad_Graph = defaultGraph()) => DataFactory.quad(s, p, o, g);

const XSD = "http://www.w3.org/2001/XMLSchema#";
const dir = mkdtempSync(join(tmpdir(), "pactgraph-serialize-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const iri = fc
  .tuple(fc.constantFrom("https://example.org/", "https://w3id.org/pactgraph/id/party/", "urn:x:"), fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/), fc.constantFrom("", "é", "%20x"))
  .map(([ns, local, tail]) => namedNode(ns + local + tail));
const predicate = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/).map((local) => namedNode(`https://example.org/vocab#${local}`));
const blank = fc.integer({ min: 0, max: 3 }).map((i) => blankNode(`x${i}`));
const tricky = fc.constantFrom('"', "'", "\\", "\n", "\t", "\r", "\u0000", "\u0007", "\u007f", "]]>", "<b>", "&amp;", "é", "😀", "\u2028", " ", "@en", "^^");
const text = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), tricky), { maxLength: 5 }).map((parts) => parts.join(""));
const dateLiteral = fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => literal(d.toISOString().slice(0, 10), namedNode(`${XSD}date`)));
const object = fc.oneof(
  iri,
  blank,
  text.map((t) => literal(t)),
  fc.tuple(text, fc.constantFrom("en", "tr", "en-gb", "ar")).map(([t, lang]) => literal(t, lang)),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => literal(String(n), namedNode(`${XSD}integer`))),
  fc.boolean().map((b) => literal(String(b), namedNode(`${XSD}boolean`))),
  dateLiteral,
  fc.constantFrom("2025", "2025-09", "--09").map((v) => literal(v, namedNode(`${XSD}${v.startsWith("--") ? "gMonth" : v.length === 4 ? "gYear" : "gYearMonth"}`))),
);
const graphName = fc.oneof({ weight: 3, arbitrary: fc.constant(defaultGraph()) }, { weight: 1, arbitrary: iri }, { weight: 1, arbitrary: blank });

function graphs(named: boolean) {
  const oneQuad = fc
    .tuple(fc.oneof(iri, blank), predicate, object, named ? graphName : fc.constant(defaultGraph()))
    .map(([s, p, o, g]) => quad(s as Quad_Subject, p, o as Quad_Object, g));
  return fc.array(oneQuad, { minLength: 1, maxLength: 25 }).map((quads) => new Store(quads).getQuads(null, null, null, null));
}

// eslint-disable-next-line no-control-regex -- the characters RDF/XML must refuse: XML 1.0 has no place for them
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
let counter = 0;

async function roundTrip(quads: Quad[], format: RdfFormat): Promise<void> {
  let text: string;
  try {
    text = await serializeRdf(quads, format);
  } catch (error) {
    // The only refusal allowed: RDF/XML and text XML cannot carry.
    expect(format).toBe("rdfxml");
    expect(isPactgraphError(error)).toBe(true);
    expect(quads.some((q) => q.object.termType === "Literal" && NOT_XML.test(q.object.value))).toBe(true);
    return;
  }
  counter += 1;
  const path = join(dir, `graph${counter}${RDF_FORMATS[format].extensions[0]}`);
  writeFileSync(path, text);
  const back = await loadRdfFile(path);
  expect(isomorphic(back, quads), `${format} round trip of\n${text}`).toBe(true);
  expect(await serializeRdf(back, format), "serialising the parsed output again gives the same bytes").toBe(text);
}

describe("serializeRdf round trips random graphs", () => {
  it.each(["turtle", "ntriples", "rdfxml"] as const)("%s (default graph only)", async (format) => {
    await fc.assert(fc.asyncProperty(graphs(false), (quads) => roundTrip(quads, format)), { numRuns: 60 });
  });

  it.each(["nquads", "trig", "jsonld"] as const)("%s (with named graphs)", async (format) => {
    await fc.assert(fc.asyncProperty(graphs(true), (quads) => roundTrip(quads, format)), { numRuns: 60 });
  });

  it("refuses named graphs in a triple-only format, naming the graph and the formats that can hold it", async () => {
    const named = [quad(namedNode("https://example.org/s"), namedNode("https://example.org/p"), literal("o"), namedNode("https://example.org/g"))];
    for (const format of ["turtle", "ntriples", "rdfxml"] as const) {
      await expect(serializeRdf(named, format)).rejects.toThrow(/named graph <https:\/\/example\.org\/g>; export as TriG, N-Quads or JSON-LD/);
    }
  });

  it("writes in RDF/XML what rdflib could not: carriage returns, \"]]>\", any predicate that ends in an XML name, container members as they are", async () => {
    const s = namedNode("https://example.org/s");
    const quads = [
      quad(s, namedNode("https://example.org/p"), literal("line\r\nnext ]]> <tag> & done")),
      quad(s, namedNode("urn:ex:p"), literal("urn")),
      quad(s, namedNode("http://www.w3.org/2013/TurtleTests/3.p"), literal("dots")),
      quad(s, namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#_3"), literal("third")),
      quad(s, namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), namedNode("http://example.org/class/")),
      quad(s, namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), namedNode("https://w3id.org/pactgraph/ontology#Agreement")),
    ];
    const text = await serializeRdf(quads, "rdfxml");
    expect(text).toContain('<pact:Agreement rdf:about="https://example.org/s">');
    expect(text).toContain("line&#13;\nnext ]]&gt; &lt;tag&gt; &amp; done");
    const path = join(dir, "written.rdf");
    writeFileSync(path, text);
    expect(isomorphic(await loadRdfFile(path), quads)).toBe(true);
  });

  it("refuses in RDF/XML what it cannot carry, saying why", async () => {
    const s = namedNode("https://example.org/s");
    const cases: [Quad, RegExp][] = [
      [quad(s, namedNode("https://example.org/p/"), literal("x")), /predicate <https:\/\/example\.org\/p\/>: it does not end in an XML name/],
      [quad(s, namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#li"), literal("x")), /predicate rdf:li: RDF\/XML reserves that name/],
      [quad(s, namedNode("https://example.org/p"), literal("bell \u0007")), /XML 1\.0 cannot carry/],
    ];
    for (const [bad, message] of cases) {
      const error: unknown = await serializeRdf([bad], "rdfxml").catch((e: unknown) => e);
      expect(isPactgraphError(error) && error.code === "E_USAGE").toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("writes N-Triples as sorted, unique lines", async () => {
    const s = namedNode("https://example.org/s");
    const p = namedNode("https://example.org/p");
    const text = await serializeRdf([quad(s, p, literal("b")), quad(s, p, literal("a")), quad(s, p, literal("b"))], "ntriples");
    expect(text).toBe('<https://example.org/s> <https://example.org/p> "a" .\n<https://example.org/s> <https://example.org/p> "b" .\n');
  });
});
