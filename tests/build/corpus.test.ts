/**
 * A corpus, not an article: tests/fixtures/corpus has four modules (shared entities, a treaty
 * text with articles, a news report and an official statement, all fictional) that share
 * entities and support each other's nodes. It must build as one corpus, validate, and answer
 * queries by source; and each way a corpus goes wrong must be an error that names the modules.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Quad } from "@rdfjs/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkModule, createModuleLoader, findGraphModules, renderBuilt, renderModules } from "../../src/build/index.js";
import type { LoadedModules, RenderedFile } from "../../src/build/index.js";
import { loadLocalSource, prepareQuery } from "../../src/query/index.js";
import { runQuery } from "../../src/query/engine.js";
import { bytesInput, loadRdfFile } from "../../src/rdf/index.js";
import { literal, namedNode, quad, RDF_TYPE } from "../../src/rdf/terms.js";
import { classIri, propertyIri } from "../../src/schema/index.js";
import { validateGraph } from "../../src/validate/index.js";
import { ROOT } from "../helpers/project.js";

const FIXTURE = join(ROOT, "tests", "fixtures", "corpus");

let loaded: LoadedModules;
let disposeLoader: () => Promise<void>;
let files: RenderedFile[] = [];
const file = (path: string) => files.find((f) => f.path === path)!;
const ask = async (sparql: string) => {
  const { source } = await loadLocalSource([bytesInput("corpus.trig", Buffer.from(file("data/corpus.trig").content))], { unionDefaultGraph: true });
  return runQuery(prepareQuery(sparql, { file: "test.rq" }), source);
};
const PREFIXES = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX source: <https://w3id.org/pactgraph/id/source/> ";
const values = (result: Awaited<ReturnType<typeof ask>>, name: string) => (result.kind === "bindings" ? result.rows.map((r) => r.get(name)?.value ?? "") : []);

beforeAll(async () => {
  const loader = await createModuleLoader(await findGraphModules(join(FIXTURE, "data")), join(FIXTURE, ".cache", "pactgraph"));
  disposeLoader = () => loader.dispose();
  loaded = await loader.load();
  files = await renderModules(loaded, FIXTURE, join(FIXTURE, "data"));
}, 60_000);
afterAll(() => disposeLoader());

describe("a corpus of four modules that share entities", () => {
  it("builds each module's Turtle and one corpus file", () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      "data/accession-report.ttl",
      "data/corpus.trig",
      "data/entities/parties.ttl",
      "data/ministry-statement.ttl",
      "data/treaty-of-zenda.ttl",
    ]);
  });

  it("conforms to the shapes, and every quote and clause text is where it says in its source", async () => {
    const data = await loadRdfFile(bytesInput("corpus.trig", Buffer.from(file("data/corpus.trig").content)));
    const shapes = await loadRdfFile(join(ROOT, "ontology", "shapes.ttl"));
    const report = await validateGraph({ data, shapes, textDirectories: [FIXTURE] });
    expect(report.results).toEqual([]);
  });

  it("puts each source's claims in the source's named graph, and answers what each source says", async () => {
    const graphs = await ask(`${PREFIXES} SELECT ?g (COUNT(DISTINCT ?claim) AS ?claims) WHERE { GRAPH ?g { ?claim a pact:Claim } } GROUP BY ?g ORDER BY ?g`);
    expect(values(graphs, "g")).toEqual([
      "https://w3id.org/pactgraph/id/source/accession-report",
      "https://w3id.org/pactgraph/id/source/graustark-ministry-statement",
      "https://w3id.org/pactgraph/id/source/treaty-of-zenda",
    ]);
    expect(values(graphs, "claims")).toEqual(["4", "1", "7"]);
    const elsewhere = await ask(`${PREFIXES} ASK { GRAPH ?g { ?claim prov:hadPrimarySource ?source } FILTER(?g != ?source) }`);
    expect(elsewhere).toEqual({ kind: "boolean", value: false });
  });

  it("answers which sources support a node declared in another module", async () => {
    const sources = await ask(`${PREFIXES} SELECT DISTINCT ?g WHERE { GRAPH ?g { ?c pact:supports <https://w3id.org/pactgraph/id/agreement/treaty-of-zenda> } } ORDER BY ?g`);
    expect(values(sources, "g")).toEqual(["https://w3id.org/pactgraph/id/source/accession-report", "https://w3id.org/pactgraph/id/source/treaty-of-zenda"]);
  });

  it("writes the effective status on each node: two sources that disagree on a date make it disputed", async () => {
    const status = await ask(`${PREFIXES} SELECT ?node ?disputed ?firmest ?weakest ?sources WHERE {
        ?node pact:disputed ?disputed ; pact:firmestSupport ?firmest ; pact:weakestSupport ?weakest ; pact:sourceCount ?sources .
        FILTER(?node IN (<https://w3id.org/pactgraph/id/membership/graustark-in-treaty-of-zenda>, <https://w3id.org/pactgraph/id/event/treaty-of-zenda-signing>, <https://w3id.org/pactgraph/id/assessment/freedonia-may-leave-the-compact>))
      } ORDER BY ?node`);
    const rows = status.kind === "bindings" ? status.rows.map((r) => ["node", "disputed", "firmest", "weakest", "sources"].map((v) => r.get(v)!.value.replace(/^.*[#/]/, ""))) : [];
    expect(rows).toEqual([
      ["freedonia-may-leave-the-compact", "false", "Speculative", "Speculative", "1"],
      ["treaty-of-zenda-signing", "false", "Confirmed", "Confirmed", "1"],
      ["graustark-in-treaty-of-zenda", "true", "Confirmed", "Reported", "2"],
    ]);
  });

  it("keeps a more precise date within a coarser one as agreement, not a dispute", async () => {
    const { compatible } = await import("../../src/dsl/index.js");
    const { literal, namedNode } = await import("../../src/rdf/terms.js");
    const date = (value: string, type: string) => literal(value, namedNode(`http://www.w3.org/2001/XMLSchema#${type}`));
    expect(compatible(date("2025-03-12", "date"), date("2025-03", "gYearMonth"))).toBe(true);
    expect(compatible(date("2025-02-12", "date"), date("2025-03", "gYearMonth"))).toBe(false);
    expect(compatible(date("--09", "gMonth"), date("2025-09-17", "date"))).toBe(true);
    expect(compatible(date("--09", "gMonth"), date("2025", "gYear"))).toBe(true);
  });

  it("anchors clause text in the treaty, with its article number and scope", async () => {
    const clause = await ask(`${PREFIXES} PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?article ?text ?condition ?region ?start WHERE {
        <https://w3id.org/pactgraph/id/clause/treaty-of-zenda-article-3> pact:article ?article ; pact:clauseText ?text ; pact:conditionType ?condition ; pact:appliesIn ?region ;
          pact:textEvidence/oa:hasSelector/oa:start ?start . }`);
    expect(clause.kind === "bindings" && clause.rows.map((r) => [r.get("article")?.value, r.get("condition")?.value.replace(/^.*#/, ""), r.get("region")?.value.replace(/^.*\//, ""), r.get("start")?.value])).toEqual([["3", "LocationCondition", "northern-march", "414"]]);
  });

  it("records source metadata, or that the source does not give it", async () => {
    const meta = await ask(`${PREFIXES} SELECT ?source ?kind (COUNT(?missing) AS ?unknown) WHERE { ?source pact:sourceKind ?kind OPTIONAL { ?source pact:notGiven ?missing } } GROUP BY ?source ?kind ORDER BY ?source`);
    expect(meta.kind === "bindings" && meta.rows.map((r) => [r.get("source")?.value.replace(/^.*\//, ""), r.get("kind")?.value.replace(/^.*#/, ""), r.get("unknown")?.value])).toEqual([
      ["accession-report", "NewsArticle", "3"],
      ["graustark-ministry-statement", "OfficialStatement", "2"],
      ["treaty-of-zenda", "TreatyText", "3"],
    ]);
  });
});

/**
 * How a corpus goes wrong: the fixture's modules, built once, with one module's quads (or one
 * source text) changed, checked and rendered as `build` does. (The same changes made to the
 * modules' TypeScript and built end to end are tests/integration/corpus-errors.test.ts.)
 */
describe("how a corpus goes wrong", () => {
  const RDFS_LABEL = namedNode("http://www.w3.org/2000/01/rdf-schema#label");
  const iri = (path: string) => namedNode(`https://w3id.org/pactgraph/id/${path}`);
  // As the DSL declares them: a class and an English label.
  const declare = (path: string, className: Parameters<typeof classIri>[0], label: string): Quad[] => [quad(iri(path), RDF_TYPE, namedNode(classIri(className))), quad(iri(path), RDFS_LABEL, literal(label, "en"))];
  const readText = (path: string) => readFileSync(join(FIXTURE, path), "utf8");

  /** The fixture's modules, each rebuilt (with `text` to read its sources), `extra` quads added to the module named. */
  async function problemsOf(change: { module?: string; extra?: readonly Quad[]; text?: (path: string) => string }): Promise<string> {
    const built = [...loaded.graphs].map(([path, graph]) => {
      const name = relative(FIXTURE, path);
      const module = { path, name, ...checkModule(graph, change.text ?? readText) };
      return name === change.module ? { ...module, quads: [...module.quads, ...(change.extra ?? [])] } : module;
    });
    try {
      await renderBuilt(built, FIXTURE, join(FIXTURE, "data"));
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return "the build succeeded";
  }

  it("an entity declared twice with a different label: an error naming both modules and the field", async () => {
    expect(await problemsOf({ module: "data/ministry-statement.ts", extra: declare("party/graustark", "State", "Kingdom of Graustark") })).toMatch(
      /<https:\/\/w3id\.org\/pactgraph\/id\/party\/graustark>: is declared in data\/entities\/parties\.ts and in data\/ministry-statement\.ts with different label/,
    );
  });

  it("an entity declared twice with a different class: an error naming both classes", async () => {
    expect(await problemsOf({ module: "data/ministry-statement.ts", extra: declare("party/graustark", "GroupOfStates", "Graustark") })).toContain(
      "with different class (State in data/entities/parties.ts, GroupOfStates in data/ministry-statement.ts)",
    );
  });

  it("the same declaration in two modules is fine", async () => {
    expect(await problemsOf({ module: "data/ministry-statement.ts", extra: declare("party/graustark", "State", "Graustark") })).toBe("the build succeeded");
  });

  it("a claim slug used in two modules", async () => {
    const claim = quad(iri("claim/report-graustark-acceded"), RDF_TYPE, namedNode(classIri("Claim")));
    expect(await problemsOf({ module: "data/ministry-statement.ts", extra: [claim] })).toContain(
      "the claim is declared in data/accession-report.ts and again in data/ministry-statement.ts; claim slugs must be unique in the corpus",
    );
  });

  it("a reference to an entity no module of the corpus declares", async () => {
    const reference = quad(iri("event/graustark-accession-to-treaty-of-zenda"), namedNode(propertyIri("participants")), iri("party/elphberg"));
    expect(await problemsOf({ module: "data/accession-report.ts", extra: [reference] })).toContain(
      "(participants): refers to <https://w3id.org/pactgraph/id/party/elphberg>, which no module of the corpus declares",
    );
  });

  it("a node of one module that no claim of any module supports", async () => {
    expect(await problemsOf({ module: "data/treaty-of-zenda.ts", extra: declare("agreement/unsupported-alliance", "Alliance", "An alliance no source mentions") })).toContain(
      "data/treaty-of-zenda.ts: <https://w3id.org/pactgraph/id/agreement/unsupported-alliance>: no claim in the corpus supports it",
    );
  });

  it("a clause whose text is not in the treaty", async () => {
    const sentence = "Ruritania undertakes to station forces on the territory of Graustark at the request of Graustark.";
    const text = (path: string) => readText(path).replace(sentence, "Ruritania undertakes to station fleets in Graustark.");
    expect(await problemsOf({ text })).toContain(`Clause "treaty-of-zenda-article-4" (text): the quote "${sentence}" does not occur in the source text`);
  });
});
