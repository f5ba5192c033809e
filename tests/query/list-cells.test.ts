/**
 * List cells (GROUP_CONCAT) come back from engines in any order; the formatter sorts their items,
 * so `pactgraph query` prints the same on every engine.
 */
import { describe, expect, it } from "vitest";
import { listColumns, sortListCells, type QueryResult } from "../../src/query/index.js";
import { literal } from "../../src/rdf/terms.js";
import { runCli } from "../helpers/project.js";

describe("list cells", () => {
  it("are found through sub-queries and COALESCE/REPLACE, with their separators", () => {
    const text = `SELECT ?e (COALESCE(?names, "") AS ?who) (REPLACE(?kinds, "^; ", "") AS ?what) ?plain WHERE {
      { SELECT ?e (GROUP_CONCAT(?n; separator="; ") AS ?names) (GROUP_CONCAT(?k; separator=", ") AS ?kinds) (SAMPLE(?n) AS ?plain) WHERE { ?e ?p ?n . ?e ?q ?k } GROUP BY ?e }
    }`;
    expect([...listColumns(text)]).toEqual([["who", "; "], ["what", ", "]]);
  });

  it("are sorted item by item, other cells left alone", () => {
    const result: QueryResult = { kind: "bindings", variables: ["who", "plain"], rows: [new Map([["who", literal("b; a; c")], ["plain", literal("z; y")]])] };
    const sorted = sortListCells(result, new Map([["who", "; "]]));
    expect(sorted.kind === "bindings" && sorted.rows.map((r) => [r.get("who")?.value, r.get("plain")?.value])).toEqual([["a; b; c", "z; y"]]);
  });

  it("print sorted from the CLI, on either engine", async () => {
    for (const engine of ["oxigraph", "comunica"]) {
      const { stdout, status } = await runCli(["query", "timeline", "-f", "csv", "--engine", engine]);
      expect(status).toBe(0);
      expect(stdout).toContain(",Gulf nations; Saudi Arabia; United Arab Emirates\r\n");
    }
  });
});
