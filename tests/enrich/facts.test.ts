/** Enrich's pure core: rows to facts, the facts file (deterministic, read back the same), diffs. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diffFacts, factsFromResults, factsQuery, readFactsFile, renderFactsFile, sameFacts } from "../../src/enrich/index.js";
import { parseSparqlJson } from "../../src/link/index.js";
import { parseSparql } from "../../src/query/index.js";

const ENDPOINT = "http://127.0.0.1:9/sparql";
const WD = "http://www.wikidata.org/entity/";
const uri = (value: string) => ({ type: "uri", value });
// FIXTURE rows in Wikidata's shapes for a fictional item; not Wikidata's data.
const rows = (start: string) => [
  { s: uri(`${WD}Q9000000301`), p: uri("http://www.w3.org/2000/01/rdf-schema#label"), o: { type: "literal", value: "Fixture Defence Organisation", "xml:lang": "en" } },
  { s: uri(`${WD}Q9000000301`), p: uri("http://schema.org/version"), o: { type: "literal", value: "201", datatype: "http://www.w3.org/2001/XMLSchema#integer" } },
  { s: uri(`${WD}Q9000000301`), p: uri("http://www.wikidata.org/prop/P463"), o: uri(`${WD}statement/fixture`) },
  { s: uri(`${WD}statement/fixture`), p: uri("http://www.wikidata.org/prop/qualifier/P580"), o: { type: "literal", value: start, datatype: "http://www.w3.org/2001/XMLSchema#dateTime" } },
];
const results = (start: string) => parseSparqlJson(JSON.stringify({ head: { vars: ["s", "p", "o"] }, results: { bindings: rows(start) } }), ENDPOINT);
const dir = mkdtempSync(join(tmpdir(), "pactgraph-enrich-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the facts of an item", () => {
  it("keep the revision as provenance, not as a fact", () => {
    const facts = factsFromResults("Q9000000301", results("2001-05-14T00:00:00Z"), ENDPOINT, "q", "2026-01-01T00:00:00Z");
    expect(facts.revision).toBe("201");
    expect(facts.triples).toHaveLength(3);
    expect(facts.triples.every((t) => t.graph.value === "https://w3id.org/pactgraph/graph/wikidata/Q9000000301")).toBe(true);
  });

  it("are fetched by one standard SPARQL 1.1 query bounded by the item", () => {
    const query = factsQuery("Q43", ["en", "tr"]);
    expect(() => parseSparql(query, "facts.rq")).not.toThrow();
    expect(query).toContain("VALUES ?item { wd:Q43 }");
    expect(query).toContain('IN ("en", "tr")');
  });

  it("round-trip through the facts file, which is byte-stable and carries the provenance", async () => {
    const facts = factsFromResults("Q9000000301", results("2001-05-14T00:00:00Z"), ENDPOINT, "SELECT …", "2026-01-01T00:00:00Z");
    const text = await renderFactsFile([facts]);
    expect(await renderFactsFile([facts])).toBe(text);
    for (const expected of ["prov:wasDerivedFrom wd:Q9000000301", `dcterms:source <${ENDPOINT}>`, '"2026-01-01T00:00:00Z"^^xsd:dateTime', "schema:version 201"]) expect(text).toContain(expected);
    const path = join(dir, "facts.trig");
    writeFileSync(path, text);
    const back = (await readFactsFile(path)).get("Q9000000301")!;
    expect(sameFacts(back, facts)).toBe(true);
    expect({ endpoint: back.endpoint, query: back.query, retrievedAt: back.retrievedAt, revision: back.revision }).toEqual({ endpoint: ENDPOINT, query: "SELECT …", retrievedAt: "2026-01-01T00:00:00Z", revision: "201" });
    expect(await renderFactsFile([back])).toBe(text);
  });

  it("list what changed between two retrievals", () => {
    const before = factsFromResults("Q9000000301", results("2001-05-14T00:00:00Z"), ENDPOINT, "q", "2026-01-01T00:00:00Z");
    const after = factsFromResults("Q9000000301", results("2002-05-14T00:00:00Z"), ENDPOINT, "q", "2026-02-01T00:00:00Z");
    expect(sameFacts(before, after)).toBe(false);
    expect(diffFacts(before, after)).toEqual({
      removed: ['wds:fixture pq:P580 "2001-05-14T00:00:00Z"^^xsd:dateTime'],
      added: ['wds:fixture pq:P580 "2002-05-14T00:00:00Z"^^xsd:dateTime'],
    });
  });
});
