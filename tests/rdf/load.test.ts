/**
 * The loader's promises, format by format: what is not RDF (bad IRIs and language tags, lone
 * surrogates) is refused with file, line and column (found in the text when the parser does not
 * give it); ill-typed literals load, and only a strict load refuses them; relative IRIs resolve
 * against the base; files never share blank nodes; empty files are the empty graph; and syntax
 * errors point at the right place.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { locateJsonSyntaxError } from "../../src/rdf/json-syntax.js";
import { formatOfPath } from "../../src/rdf/formats.js";
import { bytesInput } from "../../src/rdf/input.js";
import { loadRdfFile, loadRdfFiles, type LoadOptions } from "../../src/rdf/load.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function loadError(path: string, options: LoadOptions = {}): Promise<ParseError> {
  const error: unknown = await loadRdfFile(path, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

const RDFXML_HEAD = '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">\n';

// name, content, expected location, expected words in the message
const BAD_TERMS: [string, string, string, string][] = [
  ["lang.rdf", `${RDFXML_HEAD}  <rdf:Description rdf:about="https://example.org/a">\n    <ex:name xml:lang="en-toolongsubtag">x</ex:name>\n  </rdf:Description>\n</rdf:RDF>\n`, ":4:23", 'invalid language tag "en-toolongsubtag"'],
  ["iri.ttl", "@prefix ex: <https://example.org/> .\nex:a ex:b <https://example.org/a b> .\n", ":2:11", "invalid IRI <https://example.org/a b>: an IRI cannot contain a space"],
  ["iri.nt", "<https://example.org/a> <https://example.org/b> <https://example.org/a b> .\n", ":1:49", "invalid IRI <https://example.org/a b>"],
  ["iri.jsonld", '{\n  "@id": "https://example.org/a",\n  "https://example.org/b": { "@id": "https://example.org/a b" }\n}\n', ":3:37", "invalid IRI <https://example.org/a b>: an IRI cannot contain a space"],
  ["escaped-iri.ttl", "<https://example.org/a> <https://example.org/b> <https://example.org/a\\u0020b> .\n", ":1:49", "invalid IRI <https://example.org/a b>"],
  ["surrogate.nt", '<https://example.org/a> <https://example.org/b> "x" .\n<https://example.org/a> <https://example.org/c> "half \\uD800 a pair" .\n', ":2:55", "\\uD800 is a lone UTF-16 surrogate, which is not a Unicode character"],
  ["surrogate.ttl", '@prefix ex: <https://example.org/> .\nex:a ex:b "low \\udc01 half" .\n', ":2:16", "\\udc01 is a lone UTF-16 surrogate"],
  ["surrogate-long.ttl", '@prefix ex: <https://example.org/> .\nex:a ex:b "\\U0000D834" .\n', ":2:12", "\\U0000D834 is a lone UTF-16 surrogate"],
  ["surrogate-iri.ttl", "<https://example.org/a\\uD800> <https://example.org/b> 1 .\n", ":1:23", "\\uD800 is a lone UTF-16 surrogate"],
  ["surrogate.jsonld", '{\n  "@id": "https://example.org/a",\n  "https://example.org/b": "\\ud83d"\n}\n', ":3:29", 'the literal "\\ud83d" holds a lone UTF-16 surrogate, U+D83D, which is not a Unicode character'],
  ["surrogate-key.jsonld", '{\n  "@id": "https://example.org/a\\udfff",\n  "https://example.org/b": "x"\n}\n', ":2:32", "holds a lone UTF-16 surrogate, U+DFFF"],
];

describe("bad terms are refused on load, naming file, line, column and term", () => {
  it.each(BAD_TERMS)("%s", async (name, content, location, words) => {
    const path = file(name, content);
    const error = await loadError(path);
    expect(error.message).toContain(words);
    expect(error.message.startsWith(`${path}${location}${location ? ":" : ""}`)).toBe(true);
    expect(error.exitCode).toBe(1);
  });

  it("a surrogate pair escaped as two \\u is named, with the escape to write instead", async () => {
    const error = await loadError(file("pair.nt", '<https://example.org/a> <https://example.org/b> "smile \\uD83D\\uDE00" .\n'));
    expect(error.message).toMatch(/pair\.nt:1:56: \\uD83D\\uDE00 is a UTF-16 surrogate pair, .*write the character itself or \\U0001F600$/);
  });

  it("characters beyond U+FFFF, written or escaped, are fine", async () => {
    const [quad] = await loadRdfFile(file("astral.nt", '<https://example.org/a> <https://example.org/b> "\u{1F600} and \\U0001F600" .\n'));
    expect(quad?.object.value).toBe("\u{1F600} and \u{1F600}");
  });
});

// Literals outside their datatype's lexical space: valid RDF, loaded as they are; a strict load refuses them.
const ILL_TYPED: [string, string, string, string][] = [
  ["date.ttl", '@prefix ex: <https://example.org/> .\n\nex:a ex:signed "2025-13-40"^^<http://www.w3.org/2001/XMLSchema#date> .\n', ":3:16", 'invalid xsd:date literal "2025-13-40": month 13'],
  ["date.nt", '<https://example.org/a> <https://example.org/b> "x" .\n<https://example.org/a> <https://example.org/c> "2025-02-30"^^<http://www.w3.org/2001/XMLSchema#date> .\n', ":2:49", 'invalid xsd:date literal "2025-02-30"'],
  ["count.jsonld", '{\n  "@id": "https://example.org/a",\n  "https://example.org/n": { "@value": "-3", "@type": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger" }\n}\n', ":3:40", 'invalid xsd:nonNegativeInteger literal "-3"'],
  ["flag.rdf", `${RDFXML_HEAD}  <rdf:Description rdf:about="https://example.org/a">\n    <ex:flag rdf:datatype="http://www.w3.org/2001/XMLSchema#boolean">yes</ex:flag>\n  </rdf:Description>\n</rdf:RDF>\n`, ":4:70", 'invalid xsd:boolean literal "yes"'],
  ["double.jsonld", '{\n  "@id": "https://example.org/a",\n  "https://example.org/n": { "@value": "flargh", "@type": "http://www.w3.org/2001/XMLSchema#double" }\n}\n', ":3:40", 'invalid xsd:double literal "flargh"'],
];

describe("ill-typed literals", () => {
  it.each(ILL_TYPED)("%s loads as it is", async (name, content, _location, words) => {
    const quads = await loadRdfFile(file(`lenient-${name}`, content));
    const value = /literal "([^"]*)"/.exec(words)?.[1];
    expect(quads.some((q) => q.object.termType === "Literal" && q.object.value === value)).toBe(true);
  });

  it.each(ILL_TYPED)("%s is refused by a strict load, at file:line:column", async (name, content, location, words) => {
    const path = file(`strict-${name}`, content);
    const error = await loadError(path, { strict: true });
    expect(error.message).toContain(words);
    expect(error.message.startsWith(`${path}${location}:`)).toBe(true);
  });

  it("keeps the lexical form of doubles in JSON-LD, as every other format does", async () => {
    const quads = await loadRdfFile(file("doubles.jsonld", '{ "@id": "https://example.org/a", "https://example.org/n": [{ "@value": "1E0", "@type": "http://www.w3.org/2001/XMLSchema#double" }, 2.5] }\n'));
    expect(quads.map((q) => q.object.value).sort()).toEqual(["1E0", "2.5E0"]);
  });
});

describe("relative IRIs resolve against the input's base", () => {
  const BASE = "https://example.org/dir/doc";
  const CASES: [string, string][] = [
    ["rel.ttl", "<a> <https://example.org/p> <../b> .\n"],
    ["rel.trig", "{ <a> <https://example.org/p> <../b> . }\n"],
    ["rel.jsonld", '{ "@id": "a", "https://example.org/p": { "@id": "../b" } }\n'],
    ["rel.rdf", `${RDFXML_HEAD}<rdf:Description rdf:about="a"><ex:p rdf:resource="../b"/></rdf:Description></rdf:RDF>\n`],
  ];

  it.each(CASES)("%s: a given base", async (name, content) => {
    const format = formatOfPath(name);
    const quads = await loadRdfFile(bytesInput(name, Buffer.from(content), { base: BASE, ...(format ? { format } : {}) }));
    expect(quads.map((q) => [q.subject.value, q.object.value])).toEqual([["https://example.org/dir/a", "https://example.org/b"]]);
  });

  it.each(CASES)("%s: a file's own URL by default", async (name, content) => {
    const path = file(name, content);
    const quads = await loadRdfFile(path);
    expect(quads[0]?.subject.value).toBe(new URL("a", pathToFileURL(path)).href);
  });

  it.each(CASES)("%s: no base at all (standard input) is an error that says to pass --base", async (name, content) => {
    const format = formatOfPath(name);
    const error: unknown = await loadRdfFile(bytesInput("<stdin>", Buffer.from(content), format ? { format } : {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(/^<stdin>:\d+:\d+: .*relative IRI.*pass --base/);
  });

  it("N-Triples has no relative IRIs, base or not", async () => {
    const error = await loadError(file("rel.nt", "<a> <https://example.org/p> <https://example.org/o> .\n"));
    expect(error.message).toMatch(/rel\.nt:1:1:/);
  });
});
describe("syntax errors point at the offending text", () => {
  it.each([
    ["unclosed.ttl", "@prefix ex: <https://example.org/> .\nex:a ex:b ex:c ;\n   ex:d ex:e\nex:f ex:g ex:h .\n", ":4:1:"],
    ["quote.nt", '<https://example.org/a> <https://example.org/b> "open .\n', ":1:49:"],
    ["comma.jsonld", '{\n  "@id": "https://example.org/a",\n}\n', ":3:1: malformed JSON:"],
    ["tag.rdf", `${RDFXML_HEAD}  <rdf:Description rdf:about="https://example.org/a">\n  </rdf:Descripton>\n</rdf:RDF>\n`, ":4:"],
  ])("%s", async (name, content, location) => {
    const path = file(name, content);
    expect((await loadError(path)).message.startsWith(`${path}${location}`)).toBe(true);
  });
});

describe("empty input is the empty graph, with a warning", () => {
  it.each([
    ["empty.ttl", ""],
    ["empty.nt", ""],
    ["empty.nq", ""],
    ["empty.trig", ""],
    ["empty.jsonld", ""],
    ["empty.rdf", ""],
    ["blank.nt", " \n\n\t\n"],
    ["comment.ttl", "# nothing yet\n@prefix ex: <https://example.org/> .\n"],
    ["comment.rdf", '<?xml version="1.0"?>\n<!-- nothing yet -->\n'],
    ["empty-graph.jsonld", '{ "@graph": [] }\n'],
  ])("%s", async (name, content) => {
    const warnings: string[] = [];
    const path = file(name, content);
    expect(await loadRdfFile(path, { onWarning: (message) => warnings.push(message) })).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: no triples \\(.+\\); loaded as the empty .+ graph$`))]);
  });

  it("a file with triples gives no warning", async () => {
    const warnings: string[] = [];
    await loadRdfFile(file("one.nt", '<https://example.org/a> <https://example.org/b> "x" .\n'), { onWarning: (message) => warnings.push(message) });
    expect(warnings).toEqual([]);
  });
});

describe("blank nodes", () => {
  it("of different files stay apart, in every format", async () => {
    const cases: [string, string][] = [
      ["a.ttl", "[] <https://example.org/p> 1 ."],
      ["a.jsonld", '{ "@id": "_:b0", "https://example.org/p": 1 }'],
      ["a.rdf", `${RDFXML_HEAD}<rdf:Description rdf:nodeID="b0"><ex:p>1</ex:p></rdf:Description></rdf:RDF>`],
    ];
    for (const [name, content] of cases) {
      const first = file(`one-${name}`, content);
      const second = file(`two-${name}`, content);
      const quads = await loadRdfFiles([first, second]);
      expect(new Set(quads.map((q) => q.subject.value)).size, name).toBe(2);
    }
  });
});

describe("locateJsonSyntaxError", () => {
  it.each([
    ['{"a": }', 6, 'unexpected "}"; expected a value'],
    ['{"a": 1 "b": 2}', 8, 'unexpected """; expected "," or "}"'],
    ["[1, 2", 5, 'unexpected end of input; expected "," or "]"'],
    ['{"a": "x\ny"}', 8, "control character in a string; escape it (\\n, \\t, \\u0000)"],
    ['{"a": tru}', 6, 'unexpected "t"; expected a value'],
    ['{"a": 1} x', 9, 'unexpected "x" after the end of the JSON value'],
    ['"abc', 0, "unterminated string"],
  ])("%j fails at offset %i", (text, offset, message) => {
    expect(locateJsonSyntaxError(text)).toEqual({ offset, message });
  });

  it("finds nothing wrong in valid JSON", () => {
    expect(locateJsonSyntaxError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}')).toBeUndefined();
  });
});
