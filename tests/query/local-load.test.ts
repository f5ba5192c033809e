/**
 * Local data for the default engine is parsed once (by Oxigraph's strict parser where it can), and
 * still refuses what the loader refuses, at the loader's file:line:column, loads what the loader
 * accepts though Oxigraph's parser does not, and warns about inputs with no triples.
 */
import { describe, expect, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import { runQuery } from "../../src/query/engine.js";
import { loadLocalSource, prepareQuery } from "../../src/query/index.js";
import { bytesInput } from "../../src/rdf/index.js";

const ttl = (name: string, text: string) => bytesInput(name, Buffer.from(text, "utf8"), { base: "http://example.org/" });
const COUNT = prepareQuery("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }", { file: "count.rq" });

async function count(inputs: Parameters<typeof loadLocalSource>[0]): Promise<number> {
  const { source } = await loadLocalSource(inputs);
  const result = await runQuery(COUNT, source);
  return result.kind === "bindings" ? Number(result.rows[0]?.get("n")?.value) : Number.NaN;
}

async function refusal(inputs: Parameters<typeof loadLocalSource>[0]): Promise<string> {
  try {
    await loadLocalSource(inputs);
  } catch (error) {
    if (isPactgraphError(error)) return `${error.code} ${error.message}`;
    throw error;
  }
  throw new Error("expected the load to be refused");
}

describe("loading local data in one pass", () => {
  it("refuses a bad IRI and a bad language tag with the loader's message and position", async () => {
    const iri = await refusal([ttl("good.ttl", "<a> <b> <c> ."), ttl("bad.ttl", '<a> <b> "x" .\n<a> <b> <http://example.org/a\\u0020b> .\n')]);
    expect(iri).toMatch(/^E_PARSE bad\.ttl:2:\d+: invalid IRI <http:\/\/example\.org\/a b>: an IRI cannot contain a space/);
    const tag = await refusal([ttl("tag.ttl", '<a> <b> "x" .\n<a> <b> "x"@en-123456789 .\n')]);
    expect(tag).toMatch(/^E_PARSE tag\.ttl:2:12: .*language tag/);
  });

  it("loads what the loader accepts though Oxigraph's strict parser does not (every file, once)", async () => {
    // "en-a" is no BCP 47 tag, but it fits the RDF 1.1 grammar, so the loader accepts it.
    expect(await count([ttl("one.ttl", "<a> <b> <c> ."), ttl("two.ttl", '<a> <b> "x"@en-a .\n_:x <b> <c> .')])).toBe(3);
  });

  it("warns about an input with no triples, also when its triples repeat an earlier file's", async () => {
    const warnings: string[] = [];
    const inputs = [ttl("one.ttl", "<a> <b> <c> ."), ttl("same.ttl", "<a> <b> <c> ."), ttl("empty.ttl", "# nothing\n")];
    const { quads } = await loadLocalSource(inputs, { load: { onWarning: (message) => warnings.push(message) } });
    expect(quads).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^empty\.ttl: no triples/);
  });
});
