/** Static checks of the saved-query library with sparqljs: syntax, prefixes, parameters, headers. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listSavedQueries, parameterVariables, parseSavedQuery, parseSparql, type SavedQuery } from "../../src/query/index.js";
import { ParseError } from "../../src/index.js";
import { ROOT } from "../helpers/project.js";

const library = await listSavedQueries(join(ROOT, "queries"));

describe("the saved-query library", () => {
  it("holds at least 12 queries, with at least one CONSTRUCT and one ASK", () => {
    expect(library.length).toBeGreaterThanOrEqual(12);
    const forms = library.map((q) => (parseSparql(q.text, q.path) as { queryType: string }).queryType);
    expect(forms).toContain("CONSTRUCT");
    expect(forms).toContain("ASK");
  });

  describe.each(library.map((q) => [q.name, q] as [string, SavedQuery]))("%s", (_name, query) => {
    const parsed = parseSparql(query.text, query.path);

    it("parses as SPARQL 1.1 with every prefix declared (sparqljs rejects undeclared ones)", () => {
      expect(parsed.type).toBe("query");
      expect(query.text).not.toMatch(/<<|>>|\{\|/); // no SPARQL-star / RDF 1.2 syntax
    });

    it("has a complete header", () => {
      expect(query.title.length).toBeGreaterThan(10);
      expect(query.description.length).toBeGreaterThan(40);
      expect(query.returns).toMatch(/^(bindings \(.+\)|graph|boolean)$/);
    });

    it("uses exactly the parameters it declares, each with a default", () => {
      expect(parameterVariables(query.text)).toEqual(query.params.map((p) => p.name).sort());
      for (const p of query.params) expect(p.default, p.name).toBeDefined();
    });

    it("returns what its header says", () => {
      if (parsed.type !== "query") throw new Error("not a query");
      if (parsed.queryType === "SELECT") {
        const projected = parsed.variables.map((v) => ("termType" in v ? v.value : v.variable.value));
        expect(query.returns).toBe(`bindings (${projected.join(", ")})`);
      } else {
        expect(query.returns).toBe(parsed.queryType === "ASK" ? "boolean" : "graph");
      }
    });
  });
});

describe("header parsing", () => {
  it("names the file and line of a malformed header", () => {
    const text = "# title: A title long enough\n# description: x\n# colour: blue\nSELECT * WHERE { ?s ?p ?o }";
    expect(() => parseSavedQuery(text, "bad.rq")).toThrowError(ParseError);
    expect(() => parseSavedQuery(text, "bad.rq")).toThrowError(/^bad\.rq:3:3: unknown header field "colour"/);
  });

  it("rejects an unknown parameter type", () => {
    const text = "# title: t\n# description: d\n# param: x: colour = red — a colour\n# returns: boolean\nASK {}";
    expect(() => parseSavedQuery(text, "q.rq")).toThrowError(/parameter x has unknown type "colour"/);
  });

  it("reads continuation lines into the description", () => {
    const text = readFileSync(join(ROOT, "queries", "defence-entanglement.rq"), "utf8");
    expect(parseSavedQuery(text, "x.rq").description).toContain("a state is drawn in when it is obliged to defend a state already drawn in");
  });
});
