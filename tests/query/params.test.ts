/** Parameters are bound as RDF terms in the syntax tree: hostile input cannot change the query. */
import { Store } from "n3";
import sparqljs from "sparqljs";
import { describe, expect, it } from "vitest";
import { ParseError, UsageError } from "../../src/index.js";
import { parseSparql, prepareQuery, toParamValue, type ParamSpec } from "../../src/query/index.js";
import { runQuery } from "../../src/query/engine.js";
import { literal, namedNode, quad } from "../../src/rdf/terms.js";

const HOSTILE = '"} ; DROP ALL ; #';
const spec = (type: ParamSpec["type"]): ParamSpec => ({ name: "x", type, description: "test" });

describe("typed parameter values", () => {
  it.each([
    ["iri", "party:turkey", "https://w3id.org/pactgraph/id/party/turkey"],
    ["iri", "<http://example.org/a>", "http://example.org/a"],
    ["integer", "-12", "-12"],
    ["boolean", "true", "true"],
    ["date", "2025-09", "2025-09"],
    ["string", HOSTILE, HOSTILE],
  ] as const)("%s %j", (type, raw, value) => {
    expect(toParamValue(spec(type), raw).value).toBe(value);
  });

  it.each([
    ["iri", HOSTILE],
    ["iri", "http://example.org/a b"],
    ["iri", "unknownprefix:thing"],
    ["integer", "1; DROP"],
    ["boolean", "yes"],
    ["date", "2025-13"],
  ] as const)("rejects %s %j with a usage error", (type, raw) => {
    expect(() => toParamValue(spec(type), raw)).toThrowError(UsageError);
  });
});

describe("binding into a parsed query", () => {
  const text = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s WHERE { ?s rdfs:label $name }";

  it("inserts a hostile string as one literal, leaving the query's structure intact", async () => {
    const prepared = prepareQuery(text, { file: "t.rq", params: new Map([["name", literal(HOSTILE)]]) });
    const reparsed = new sparqljs.Parser().parse(prepared.text) as sparqljs.SelectQuery;
    // The pattern with the literal in place of the variable (no VALUES row: nothing else names it).
    expect(reparsed.where?.map((p) => p.type)).toEqual(["bgp"]);
    const [bgp] = reparsed.where as sparqljs.BgpPattern[];
    expect(bgp!.triples).toHaveLength(1);
    expect(bgp!.triples[0]!.object).toMatchObject({ termType: "Literal", value: HOSTILE });

    const store = new Store([quad(namedNode("http://e/a"), namedNode("http://www.w3.org/2000/01/rdf-schema#label"), literal("a"))]);
    const result = await runQuery(prepared, { kind: "store", store });
    expect(result).toEqual({ kind: "bindings", variables: ["s"], rows: [] });
    expect(store.size).toBe(1);
  });

  it("keeps a projected parameter in the results with a VALUES row", async () => {
    const projected = "SELECT ?x ?s WHERE { ?s ?p $x }";
    const prepared = prepareQuery(projected, { file: "t.rq", params: new Map([["x", literal("a")]]) });
    const store = new Store([quad(namedNode("http://e/a"), namedNode("http://e/p"), literal("a"))]);
    const result = await runQuery(prepared, { kind: "store", store });
    expect(result.kind === "bindings" && result.rows.map((r) => [r.get("x")?.value, r.get("s")?.value])).toEqual([["a", "http://e/a"]]);
  });
});

describe("read-only and local by default", () => {
  it("refuses SPARQL UPDATE", () => {
    expect(() => prepareQuery("INSERT DATA { <http://a> <http://b> <http://c> }", { file: "u.rq" })).toThrowError(/is a SPARQL UPDATE; `pactgraph query` is read-only/);
  });

  it("refuses SERVICE unless allowed", () => {
    const text = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }";
    expect(() => prepareQuery(text, { file: "s.rq" })).toThrowError(/calls SERVICE <https:\/\/query\.wikidata\.org\/sparql>; remote calls are refused unless you pass --allow-service/);
    expect(prepareQuery(text, { file: "s.rq", allowService: true }).services).toEqual(["https://query.wikidata.org/sparql"]);
  });

  it("reports syntax errors with line and column", () => {
    const error = (() => {
      try {
        parseSparql("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = }", "broken.rq");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/^broken\.rq:3:\d+: SPARQL syntax error: unexpected "}"/);
  });

  it("names an undeclared prefix and where it is used", () => {
    expect(() => parseSparql("SELECT * WHERE {\n  ?s ex:p ?o }", "p.rq")).toThrowError(/^p\.rq:2:6: undeclared prefix "ex:"/);
  });
});

describe("a parameter is bound everywhere in the query, not only in WHERE", () => {
  const engines = ["oxigraph", "comunica"] as const;
  const data = "<http://e/a> <http://e/p> 1 . <http://e/b> <http://e/p> 2 . <http://e/c> <http://e/q> 3 .";
  const run = async (text: string, value: string, engine: (typeof engines)[number]) => {
    const { loadLocalSource, prepareQuery, toParamValue } = await import("../../src/query/index.js");
    const { bytesInput } = await import("../../src/rdf/index.js");
    const { runQuery } = await import("../../src/query/engine.js");
    const { source } = await loadLocalSource([bytesInput("data.ttl", Buffer.from(data))], { engine });
    const params = new Map([["x", toParamValue({ name: "x", type: "iri", description: "" }, value)]]);
    return runQuery(prepareQuery(text, { file: "q.rq", params }), source);
  };
  it.each(engines)("in a CONSTRUCT template (%s)", async (engine) => {
    const result = await run("CONSTRUCT { ?s <http://e/tag> $x } WHERE { ?s <http://e/p> ?o }", "<http://e/t>", engine);
    expect(result.kind === "graph" && result.quads.map((q) => q.object.value).sort()).toEqual(["http://e/t", "http://e/t"]);
  });
  it.each(engines)("in a SELECT expression, ORDER BY and GROUP BY (%s)", async (engine) => {
    const text = "SELECT (STR($x) AS ?label) (COUNT(?s) AS ?n) WHERE { ?s $x ?o } GROUP BY $x ORDER BY $x";
    const result = await run(text, "<http://e/p>", engine);
    expect(result.kind === "bindings" && result.rows.map((r) => [r.get("label")?.value, r.get("n")?.value])).toEqual([["http://e/p", "2"]]);
  });
  it.each(engines)("in HAVING (%s)", async (engine) => {
    const text = "SELECT ?p (COUNT(?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p HAVING (?p = $x)";
    const result = await run(text, "<http://e/q>", engine);
    expect(result.kind === "bindings" && result.rows.map((r) => r.get("n")?.value)).toEqual(["1"]);
  });
});

describe("date parameters are real calendar dates", () => {
  it.each(["2021-02-29", "2025-04-31", "2025-00", "--13"])("refuses %s", async (raw) => {
    const { toParamValue } = await import("../../src/query/index.js");
    expect(() => toParamValue({ name: "as_of", type: "date", description: "" }, raw)).toThrow(/parameter as_of must be a date as precise as known/);
  });
  it.each([["2024-02-29", "date"], ["2025-09", "gYearMonth"], ["2025", "gYear"], ["--09", "gMonth"]])("accepts %s as xsd:%s", async (raw, type) => {
    const { toParamValue } = await import("../../src/query/index.js");
    const value = toParamValue({ name: "as_of", type: "date", description: "" }, raw);
    expect(value.termType === "Literal" && value.datatype.value).toBe(`http://www.w3.org/2001/XMLSchema#${type}`);
  });
});
