/** Federation planning of queries that require Wikidata: one text, three plans, on the syntax tree. */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findSavedQuery, LINKED_ITEMS, linkedWikidataItems, parseSavedQuery, planWikidataQuery, prepareSavedQuery, WIKIDATA_SERVICE } from "../../src/query/index.js";
import { namedNode, quad } from "../../src/rdf/terms.js";
import { ROOT } from "../helpers/project.js";

const TEXT = `# title: t
# description: d
# requires: wikidata
# returns: bindings (item, name)
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?item ?name WHERE {
  ?entity <http://www.w3.org/2004/02/skos/core#exactMatch> ?item .
  SERVICE <${WIKIDATA_SERVICE}> { VALUES ?item { <${LINKED_ITEMS}> } ?item rdfs:label ?name }
}`;
const ITEMS = ["http://www.wikidata.org/entity/Q43", "http://www.wikidata.org/entity/Q851"];

describe("planWikidataQuery", () => {
  it("points SERVICE at the endpoint and bounds it by the linked items", () => {
    const text = planWikidataQuery(TEXT, "t.rq", { kind: "endpoint", endpoint: "http://127.0.0.1:9/sparql", strategy: "service", items: ITEMS });
    expect(text).toContain("SERVICE <http://127.0.0.1:9/sparql>");
    expect(text).toMatch(/VALUES \?item \{\s*<http:\/\/www\.wikidata\.org\/entity\/Q43>\s*<http:\/\/www\.wikidata\.org\/entity\/Q851>\s*\}/);
    expect(text).not.toContain(LINKED_ITEMS);
  });

  it("unwraps SERVICE for multi-source federation and for the local facts", () => {
    for (const plan of [{ kind: "endpoint", endpoint: "http://127.0.0.1:9/sparql", strategy: "sources", items: ITEMS } as const, { kind: "local", items: ITEMS } as const]) {
      const text = planWikidataQuery(TEXT, "t.rq", plan);
      expect(text).not.toContain("SERVICE");
      expect(text).toContain("<http://www.wikidata.org/entity/Q851>");
    }
  });

  it("drops the VALUES locally when the items are not known, and keeps an empty one when nothing is linked", () => {
    expect(planWikidataQuery(TEXT, "t.rq", { kind: "local" })).not.toContain("VALUES");
    const none = planWikidataQuery(TEXT, "t.rq", { kind: "endpoint", endpoint: "http://127.0.0.1:9/sparql", strategy: "service", items: [] });
    // No rows: the block matches nothing (sparqljs writes an empty VALUES with no variables).
    expect(none).toMatch(/VALUES \(\s*\) \{\s*\}/);
  });

  it("refuses a query that requires Wikidata but never calls it", () => {
    expect(() => planWikidataQuery("SELECT * WHERE { ?s ?p ?o }", "x.rq", { kind: "local" })).toThrow(/no SERVICE/);
  });
});

describe("saved queries that require Wikidata", () => {
  it("read the header, and refuse an unknown requirement", () => {
    expect(parseSavedQuery(TEXT, "t.rq").requires).toEqual(["wikidata"]);
    expect(() => parseSavedQuery(TEXT.replace("requires: wikidata", "requires: dbpedia"), "t.rq")).toThrow(/unknown requirement "dbpedia"/);
  });

  it("prepare to the local plan by default, so every engine and the report can run them offline", async () => {
    for (const name of ["wikidata-membership-check", "wikidata-label-check", "wikidata-uncovered-memberships"]) {
      const saved = await findSavedQuery(join(ROOT, "queries"), name);
      expect(saved.requires).toEqual(["wikidata"]);
      const prepared = prepareSavedQuery(saved);
      expect(prepared.services).toEqual([]);
      expect(prepared.text).not.toContain(LINKED_ITEMS);
    }
  });

  it("still refuse any other SERVICE without --allow-service", () => {
    const other = TEXT.replace("?entity <http", "SERVICE <http://elsewhere.example/sparql> { ?x ?y ?z } ?entity <http");
    const saved = parseSavedQuery(other, "t.rq");
    expect(() => prepareSavedQuery(saved, { wikidata: { kind: "endpoint", endpoint: "http://127.0.0.1:9/sparql", strategy: "service", items: ITEMS } })).toThrow(/elsewhere\.example/);
  });
});

describe("linkedWikidataItems", () => {
  it("lists the items of skos:exactMatch links, by number, once each", () => {
    const link = (s: string, o: string) => quad(namedNode(s), namedNode("http://www.w3.org/2004/02/skos/core#exactMatch"), namedNode(o));
    const quads = [link("urn:a", ITEMS[1]!), link("urn:b", ITEMS[0]!), link("urn:c", ITEMS[1]!), link("urn:d", "http://example.org/not-wikidata")];
    expect(linkedWikidataItems(quads)).toEqual(ITEMS);
  });
});
