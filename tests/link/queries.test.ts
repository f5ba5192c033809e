import sparqljs from "sparqljs";
import { describe, expect, it } from "vitest";
import { candidateQuery, checkQuery, sparqlString } from "../../src/link/index.js";
import { entityOf } from "./helpers/graph.js";

const GRAPH = `
party:examplia a pact:State ; rdfs:label "Examplia"@en ; skos:altLabel "Republic of \\"Examplia\\""@en , "Exemplien"@de .
person:ada a pact:Person ; rdfs:label "Ada Example"@en .
`;
const STATE = entityOf(GRAPH, "party:examplia");
const PERSON = entityOf(GRAPH, "person:ada");

// sparqljs rejects undeclared prefixes, so parsing proves every query declares its own.
const parse = (text: string) => new sparqljs.Parser().parse(text);

describe("the candidate query", () => {
  const text = candidateQuery(STATE, ["fr"], ["Q9000000600"]);

  it("is standard SPARQL 1.1 that declares its prefixes and avoids WDQS-only features", () => {
    expect(() => parse(text)).not.toThrow();
    expect(text).not.toMatch(/SERVICE|wikibase:|bd:|hint:/);
    for (const prefix of ["wd", "wdt", "rdfs", "skos", "schema"]) expect(text).toContain(`PREFIX ${prefix}: <`);
  });

  it("looks each name up as an exact literal in the entity's languages, mul and the extra ones", () => {
    expect(text).toContain('"Examplia"@en "Examplia"@de "Examplia"@mul "Examplia"@fr');
    expect(text).toContain('"Republic of \\"Examplia\\""@en');
    expect(text).toContain('"Exemplien"@de');
  });

  it("matches labels and aliases, and constrains by type through P31/P279*", () => {
    expect(text).toContain('{ ?item rdfs:label ?name . BIND("label" AS ?via) }');
    expect(text).toContain('{ ?item skos:altLabel ?name . BIND("alias" AS ?via) }');
    expect(text).toMatch(/VALUES \?class \{[^}]*wd:Q3624078[^}]*\} \?item wdt:P31\/wdt:P279\* \?class/);
    expect(text).toMatch(/VALUES \?class \{[^}]*wd:Q5[^}]*\}/); // a human rules a candidate out for a state
  });

  it("asks about supporting evidence only when related items are known", () => {
    expect(text).toContain("VALUES ?related { wd:Q9000000600 }");
    expect(text).toContain("wdt:P463|wdt:P710|wdt:P1891");
    expect(candidateQuery(PERSON, [], [])).not.toContain("?related {");
  });

  it("is the same text for the same input (it is the cache key)", () => {
    expect(candidateQuery(STATE, ["fr"], ["Q9000000600"])).toBe(text);
  });
});

describe("the check query", () => {
  it("asks whether the item exists, its names, its classes and its redirect", () => {
    const text = checkQuery("Q9000000500", PERSON, ["de"]);
    expect(() => parse(text)).not.toThrow();
    expect(text).toContain("EXISTS { wd:Q9000000500 ?p ?o }");
    expect(text).toContain('FILTER(LANG(?name) IN ("en", "mul", "de"))');
    expect(text).toContain("wd:Q9000000500 owl:sameAs ?redirect");
    expect(text).toMatch(/VALUES \?class \{[^}]*wd:Q5[^}]*\}/);
  });
});

describe("SPARQL string literals", () => {
  it.each([
    ["plain", '"plain"'],
    ['a "quote"', '"a \\"quote\\""'],
    ["back\\slash", '"back\\\\slash"'],
    ["line\nbreak", '"line\\nbreak"'],
  ])("%j is written %s", (value, written) => {
    expect(sparqlString(value)).toBe(written);
  });
});
