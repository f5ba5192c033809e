/**
 * A query over local data that calls SERVICE: Comunica sends the SERVICE part to the endpoint and
 * the rest, as sub-queries, to the local graph in Oxigraph (the graph is never copied into
 * Comunica). The endpoint is pactgraph's own, on loopback, over a fixture graph.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { runQuery } from "../../src/query/engine.js";
import { loadLocalSource, prepareQuery, type QuerySource } from "../../src/query/index.js";
import { ROOT } from "../helpers/project.js";
import { startEndpoint, type TestEndpoint } from "../serve/helpers.js";

let remote: TestEndpoint;
let local: QuerySource;

beforeAll(async () => {
  remote = await startEndpoint({ files: [join(ROOT, "tests", "fixtures", "federation", "remote.ttl")] });
  local = (await loadLocalSource(await builtGraphFiles(join(ROOT, "data")), { unionDefaultGraph: true })).source;
});
afterAll(() => remote.close());

describe("SERVICE over a local graph", () => {
  it("joins the endpoint's answers with the local graph's, on either engine", async () => {
    const query = prepareQuery(
      `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
       SELECT ?party ?label ?code WHERE {
         ?party a <https://w3id.org/pactgraph/ontology#State> ; rdfs:label ?label .
         SERVICE <${remote.url}> { ?party <http://example.org/fixture#code> ?code }
       } ORDER BY ?code`,
      { file: "federated.rq", allowService: true },
    );
    for (const source of [local, { ...local, engine: "comunica" } as QuerySource]) {
      const result = await runQuery(query, source);
      if (result.kind !== "bindings") throw new Error("expected bindings");
      expect(result.rows.map((row) => `${row.get("party")?.value.split("/").pop()} ${row.get("code")?.value}`)).toEqual(["turkey fixture-code-1", "pakistan fixture-code-2"]);
    }
  });
});
