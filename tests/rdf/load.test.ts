/**
 * The loader's promises, format by format: bad terms are refused with file, line and column (found
 * in the text when the parser does not give it), files never share blank nodes, empty files are
 * refused, and syntax errors point at the right place.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { locateJsonSyntaxError } from "../../src/rdf/json-syntax.js";
import { loadRdfFile, loadRdfFiles } from "../../src/rdf/load.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function loadError(path: string): Promise<ParseError> {
  const error: unknown = await loadRdfFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

const RDFXML_HEAD = '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">\n';

// name, content, expected location, expected words in the message
const BAD_TERMS: [string, string, string, string][] = [
  ["date.ttl", '@prefix ex: <https://example.org/> .\n\nex:a ex:signed "2025-13-40"^^<http://www.w3.org/2001/XMLSchema#date> .\n', ":3:16", 'invalid xsd:date literal "2025-13-40": month 13'],
  ["date.nt", '<https://example.org/a> <https://example.org/b> "x" .\n<https://example.org/a> <https://example.org/c> "2025-02-30"^^<http://www.w3.org/2001/XMLSchema#date> .\n', ":2:49", 'invalid xsd:date literal "2025-02-30"'],
  ["count.jsonld", '{\n  "@id": "https://example.org/a",\n  "https://example.org/n": { "@value": "-3", "@type": "http://www.w3.org/2001/XMLSchema#nonNegativeInteger" }\n}\n', ":3:40", 'invalid xsd:nonNegativeInteger literal "-3"'],
  ["flag.rdf", `${RDFXML_HEAD}  <rdf:Description rdf:about="https://example.org/a">\n    <ex:flag rdf:datatype="http://www.w3.org/2001/XMLSchema#boolean">yes</ex:flag>\n  </rdf:Description>\n</rdf:RDF>\n`, ":4:70", 'invalid xsd:boolean literal "yes"'],
  ["lang.rdf", `${RDFXML_HEAD}  <rdf:Description rdf:about="https://example.org/a">\n    <ex:name xml:lang="en-toolongsubtag">x</ex:name>\n  </rdf:Description>\n</rdf:RDF>\n`, ":4:23", 'invalid language tag "en-toolongsubtag"'],
  ["iri.ttl", "@prefix ex: <https://example.org/> .\nex:a ex:b <https://example.org/a b> .\n", ":2:11", "invalid IRI <https://example.org/a b>: an IRI cannot contain a space"],
  ["iri.nt", "<https://example.org/a> <https://example.org/b> <https://example.org/a b> .\n", ":1:49", "invalid IRI <https://example.org/a b>"],
  ["iri.jsonld", '{\n  "@id": "https://example.org/a",\n  "https://example.org/b": { "@id": "https://example.org/a b" }\n}\n', ":3:37", "invalid IRI <https://example.org/a b>: an IRI cannot contain a space"],
  ["escaped-iri.ttl", "<https://example.org/a> <https://example.org/b> <https://example.org/a\\u0020b> .\n", ":1:49", "invalid IRI <https://example.org/a b>"],
  ["relative.ttl", "<a> <https://example.org/b> <https://example.org/c> .\n", ":1:1", "invalid IRI <a>: a relative IRI, and the file sets no base"],
  ["relative.jsonld", '{ "@id": "treaty", "https://example.org/b": "c" }\n', ":1:10", "invalid IRI <treaty>: a relative IRI"],
];

describe("bad terms are refused on load, naming file, line, column and term", () => {
  it.each(BAD_TERMS)("%s", async (name, content, location, words) => {
    const path = file(name, content);
    const error = await loadError(path);
    expect(error.message).toContain(words);
    expect(error.message.startsWith(`${path}${location}${location ? ":" : ""}`)).toBe(true);
    expect(error.exitCode).toBe(1);
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

describe("empty input", () => {
  it.each(["empty.ttl", "empty.jsonld", "empty.rdf", "blank.nt"])("%s is refused as empty", async (name) => {
    const path = file(name, name.startsWith("blank") ? " \n\n\t\n" : "");
    expect((await loadError(path)).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: the file is empty`));
  });

  it("a file with only prefixes and comments is an empty graph, not an error", async () => {
    expect(await loadRdfFile(file("comment.ttl", "# nothing yet\n@prefix ex: <https://example.org/> .\n"))).toEqual([]);
    expect(await loadRdfFile(file("empty-graph.jsonld", '{ "@graph": [] }\n'))).toEqual([]);
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
