/**
 * Internal DTD entities in RDF/XML (as Protégé writes them) are expanded fully, references inside
 * entities included, never left as text; what cannot be expanded safely is refused with the file
 * and line: a "billion laughs" document, an external entity, an entity holding markup, one that
 * refers to itself, a parameter-entity reference.
 */
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/errors.js";
import { bytesInput } from "../../src/rdf/input.js";
import { loadRdfFile } from "../../src/rdf/load.js";
import { DtdEntities, MAX_ENTITY_CHARACTERS } from "../../src/rdf/xml-entities.js";

function document(entities: string, body: string): string {
  return (
    `<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n${entities}\n]>\n` +
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">\n' +
    `  <rdf:Description rdf:about="https://example.org/s">\n    ${body}\n  </rdf:Description>\n</rdf:RDF>\n`
  );
}

async function load(text: string) {
  return loadRdfFile(bytesInput("doc.rdf", Buffer.from(text)));
}

async function refusal(text: string): Promise<string> {
  const error: unknown = await load(text).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ParseError);
  return (error as Error).message;
}

describe("DTD entities are expanded fully", () => {
  it("in attribute values and text, through entities that use other entities", async () => {
    const quads = await load(
      document(
        '  <!ENTITY ex "https://example.org/">\n  <!ENTITY vocab "&ex;vocab#">\n  <!ENTITY a "x&amp;y">\n  <!ENTITY b "&a;&a; &#233;&#x263A;">',
        '<ex:p rdf:resource="&vocab;Thing"/>\n    <ex:q>&b;</ex:q>\n    <ex:r rdf:datatype="&ex;type">&a;</ex:r>',
      ),
    );
    expect(quads.map((q) => `${q.predicate.value} ${q.object.value}`).sort()).toEqual([
      "https://example.org/p https://example.org/vocab#Thing",
      "https://example.org/q x&yx&y é☺",
      "https://example.org/r x&y",
    ]);
  });

  it("the first declaration of an entity is the one that counts (XML 1.0 §4.2)", async () => {
    const quads = await load(document('  <!ENTITY e "first">\n  <!ENTITY e "second">', "<ex:p>&e;</ex:p>"));
    expect(quads[0]?.object.value).toBe("first");
  });

  it("comments and other declarations in the DTD are passed over", async () => {
    const quads = await load(document('  <!-- <!ENTITY e "commented out"> -->\n  <!ELEMENT ex:p ANY>\n  <!ATTLIST ex:p id CDATA #IMPLIED>\n  <!ENTITY e \'kept\'>', "<ex:p>&e;</ex:p>"));
    expect(quads[0]?.object.value).toBe("kept");
  });
});

describe("entities that cannot be expanded safely are refused", () => {
  it("a billion laughs: entities that multiply beyond the bound", async () => {
    const levels = Array.from({ length: 9 }, (_, i) => `  <!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join("\n");
    const message = await refusal(document(`  <!ENTITY l0 "lol">\n${levels}`, "<ex:p>&l9;</ex:p>"));
    expect(message).toMatch(/^doc\.rdf:\d+:\d+: RDF\/XML: the entity &l\d; expands to more than 1 MiB of text .*billion laughs/);
  });

  it("many references to a large entity, more than the document could mean", async () => {
    const big = "x".repeat(MAX_ENTITY_CHARACTERS);
    const message = await refusal(document(`  <!ENTITY big "${big}">`, "<ex:p>&big;</ex:p>\n".repeat(40)));
    expect(message).toMatch(/RDF\/XML: expanding DTD entities \(&big; and others\) has produced \d+ characters, far more than the document holds/);
  });

  it.each([
    ["an external entity", '  <!ENTITY e SYSTEM "file:///etc/passwd">', /the entity &e; is external \(SYSTEM "file:\/\/\/etc\/passwd"\); pactgraph never loads files or URLs/],
    ["an entity that refers to itself", '  <!ENTITY a "&b;">\n  <!ENTITY b "x&a;">', /the entity &a; refers to itself \(&a; → &b; → &a;\)/],
    ["an entity holding markup", '  <!ENTITY e "<ex:q>inner</ex:q>">', /the entity &e; holds markup/],
    ["a parameter-entity reference", '  <!ENTITY % p "x">\n  %p;', /parameter-entity references in the DTD are not supported/],
  ])("%s", async (_, entities, words) => {
    const message = await refusal(document(entities, "<ex:p>&e;</ex:p>".replace("&e;", entities.includes("ENTITY a") ? "&a;" : "&e;")));
    expect(message).toMatch(/^doc\.rdf:\d+(:\d+)?: RDF\/XML: /);
    expect(message).toMatch(words);
  });

  it("an entity used but not declared", async () => {
    expect(await refusal(document('  <!ENTITY e "x">', "<ex:p>&nope;</ex:p>"))).toMatch(/^doc\.rdf:7:\d+: RDF\/XML: undefined entity/);
  });
});

describe("DtdEntities", () => {
  it("reads declarations with either quote and expands on demand", () => {
    const entities = new DtdEntities(` rdf:RDF [ <!ENTITY a 'say "hi"'> <!ENTITY b "&a; &lt;twice&gt;"> ]`);
    expect(entities.resolve("b")).toBe('say "hi" <twice>');
    expect(entities.resolve("c")).toBeUndefined();
  });
});
