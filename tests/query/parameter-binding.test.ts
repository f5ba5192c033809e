/**
 * How parameters reach every part of a saved query: inside a sub-query's projection (where the
 * analyses compute their flags), and without a needless VALUES row once every use is replaced
 * (Virtuoso 7.2 joins such a row with nested sub-queries so badly that it never answers).
 */
import { describe, expect, it } from "vitest";
import sparqljs from "sparqljs";
import { loadLocalSource, prepareQuery } from "../../src/query/index.js";
import { runQuery } from "../../src/query/engine.js";
import { bytesInput } from "../../src/rdf/index.js";
import { literal, namedNode } from "../../src/rdf/terms.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const data = bytesInput("p.ttl", Buffer.from("<http://e/a> <http://e/p> 1 .\n"));

describe("parameters in sub-queries", () => {
  it("are bound inside a sub-query's projection expressions", async () => {
    const text = "SELECT ?flag WHERE { { SELECT (IF($on, 1, 0) AS ?flag) WHERE { ?s <http://e/p> ?o } } }";
    const prepared = prepareQuery(text, { file: "t.rq", params: new Map([["on", literal("true", namedNode(`${XSD}boolean`))]]) });
    for (const engine of ["oxigraph", "comunica"] as const) {
      const { source } = await loadLocalSource([data], { engine });
      const result = await runQuery(prepared, source);
      expect(result.kind === "bindings" && result.rows.map((r) => r.get("flag")?.value)).toEqual(["1"]);
    }
  });
});

describe("the VALUES row of a parameter", () => {
  const valuesRows = (text: string) => {
    const parsed = new sparqljs.Parser().parse(text) as sparqljs.SelectQuery;
    return (parsed.where ?? []).filter((p) => p.type === "values").length;
  };

  it("is left out when every use of the parameter was replaced by its value", () => {
    const prepared = prepareQuery("SELECT ?s WHERE { ?s <http://e/p> $x }", { file: "t.rq", params: new Map([["x", literal("a")]]) });
    expect(valuesRows(prepared.text)).toBe(0);
  });

  it("is kept where the parameter must stay a variable: projected, grouped, or under SELECT *", () => {
    const params = new Map([["x", literal("a")]]);
    expect(valuesRows(prepareQuery("SELECT ?x ?s WHERE { ?s <http://e/p> $x }", { file: "t.rq", params }).text)).toBe(1);
    expect(valuesRows(prepareQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s <http://e/p> $x } GROUP BY ?x", { file: "t.rq", params }).text)).toBe(1);
    expect(valuesRows(prepareQuery("SELECT * WHERE { ?s <http://e/p> $x }", { file: "t.rq", params }).text)).toBe(1);
  });
});

describe("the same text prepared again", () => {
  it("binds each call's own values (the parse is reused, never changed): no value of an earlier call remains", () => {
    const text = "SELECT ?s WHERE { ?s <http://e/p> $x ; <http://e/q> $y } ORDER BY $x";
    const first = prepareQuery(text, { file: "t.rq", params: new Map([["x", literal("one")], ["y", literal("two")]]) });
    const second = prepareQuery(text, { file: "t.rq", params: new Map([["x", literal("three")]]) });
    const unbound = prepareQuery(text, { file: "t.rq" });
    expect(first.text).toContain('"one"');
    expect(first.text).toContain('"two"');
    expect(second.text).toContain('"three"');
    expect(second.text).not.toMatch(/"one"|"two"/);
    expect(second.text).toContain("?y");
    expect(unbound.text).not.toMatch(/"one"|"two"|"three"/);
    expect(unbound.text).toContain("?x");
  });
});
