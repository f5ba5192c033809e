/**
 * The alliance network drawn from the seed and the fixture corpus: which edges, in which style
 * and direction, for each view; DOT, Mermaid and Graphviz's SVG deterministic and escaped; the
 * entanglement view following whatever columns the saved query returns.
 */
import { beforeAll, describe, expect, it } from "vitest";
import {
  drawNetwork,
  entanglementChains,
  entanglementView,
  pictureOf,
  readAllianceGraph,
  toDot,
  toMermaid,
  type AllianceGraph,
  type QueryRunner,
} from "../../src/diagram/index.js";
import { findSavedQuery, type QueryResult } from "../../src/query/index.js";
import { literal, namedNode } from "../../src/rdf/terms.js";
import { PACKAGE_QUERIES } from "../../src/project/index.js";
import { fixtureCorpusTrig, runnerOverText, seedRunner } from "./helpers.js";

const ID = "https://w3id.org/pactgraph/id/";
let seed: QueryRunner;
let seedGraph: AllianceGraph;
let fixture: QueryRunner;
let fixtureGraph: AllianceGraph;

beforeAll(async () => {
  seed = await seedRunner();
  seedGraph = await readAllianceGraph(seed);
  fixture = await runnerOverText("corpus.trig", await fixtureCorpusTrig());
  fixtureGraph = await readAllianceGraph(fixture);
}, 60_000);

describe("the network of the seed", () => {
  it("holds every party and agreement of the graph", () => {
    expect(seedGraph.parties.size).toBe(18);
    expect([...seedGraph.agreements.keys()].sort()).toEqual(
      ["egypt-arab-defence-force", "saudi-pakistan-pact", "turkey-anti-isis-coalition", "turkish-regional-security-framework"].map((s) => `${ID}agreement/${s}`),
    );
  });

  it("draws obligations by kind, direction and standing, and marks hedged claims", () => {
    const picture = pictureOf(seedGraph, { kind: "corpus" });
    const edge = (from: string, to: string, label: string) => picture.edges.find((e) => e.from === from && e.to === to && e.label === label);
    // the mutual defence clause: undirected, solid (a concluded pact), in the defence colour
    expect(edge("party:saudi-arabia", "agreement:saudi-pakistan-pact", "defence")).toMatchObject({ directed: false, style: "solid", colour: "#b2182b" });
    // nuclear access is one-way, Pakistan to Saudi Arabia, and rests on a hedged claim ("potential")
    expect(edge("party:pakistan", "agreement:saudi-pakistan-pact", "nuclear (hedged)")).toMatchObject({ directed: true, style: "solid" });
    expect(edge("agreement:saudi-pakistan-pact", "party:saudi-arabia", "nuclear (hedged)")?.tooltip).toContain("“potential”");
    // the envisaged framework is prospective (dashed); Turkey's interest in the pact is a dashed membership
    expect(edge("party:turkey", "agreement:turkish-regional-security-framework", "cooperation")?.style).toBe("dashed");
    expect(edge("party:turkey", "agreement:saudi-pakistan-pact", "prospective member")?.style).toBe("dashed");
    // the failed coalition's would-be members are dotted
    expect(edge("party:iraq", "agreement:turkey-anti-isis-coalition", "prospective founding member")?.style).toBe("dotted");
    // parties tied to nothing are still drawn, apart
    expect(picture.nodes.filter((n) => n.unlinked).map((n) => n.id)).toEqual(["party:iran", "party:medium-sized-regional-powers", "party:united-states"]);
  });

  it("draws obligations between parties in the parties-only layout", () => {
    const picture = pictureOf(seedGraph, { kind: "corpus" }, "parties");
    expect(picture.nodes.every((n) => n.kind === "party")).toBe(true);
    const defence = picture.edges.filter((e) => e.label.startsWith("defence"));
    expect(defence).toEqual([expect.objectContaining({ from: "party:pakistan", to: "party:saudi-arabia", directed: false, label: "defence: Saudi–Pakistani mutual defence pact (September 2025)" })]);
    expect(picture.edges.find((e) => e.label.startsWith("nuclear"))).toMatchObject({ from: "party:pakistan", to: "party:saudi-arabia", directed: true });
  });

  it("narrows to one agreement, and to one party's neighbourhood", () => {
    const pact = pictureOf(seedGraph, { kind: "agreement", agreement: `${ID}agreement/saudi-pakistan-pact` });
    expect(pact.nodes.map((n) => n.id)).toEqual(["agreement:saudi-pakistan-pact", "party:pakistan", "party:saudi-arabia", "party:turkey"]);
    const egypt = pictureOf(seedGraph, { kind: "party", party: `${ID}party/egypt` });
    expect(egypt.nodes.map((n) => n.id)).toEqual(["agreement:egypt-arab-defence-force", "party:egypt", "party:gulf-nations", "party:nato"]);
    expect(() => pictureOf(seedGraph, { kind: "party", party: `${ID}party/atlantis` })).toThrow(/no party/);
  });

  it("gives the same DOT, Mermaid and SVG bytes every time", async () => {
    const options = { view: { kind: "corpus" } as const, format: "svg" as const };
    const [a, b] = [await drawNetwork(seedGraph, options), await drawNetwork(await readAllianceGraph(seed), options)];
    expect(a).toBe(b);
    expect(a).toMatch(/^<\?xml[^]*<svg[^>]* role="img" aria-labelledby="diagram-title diagram-desc">\n<title id="diagram-title">The alliance network<\/title>/);
    const text = a.replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
    for (const party of seedGraph.parties.values()) expect(text).toContain(`>${party.label.split(" ")[0]}`);
    const picture = pictureOf(seedGraph, { kind: "corpus" });
    expect(toDot(picture)).toBe(toDot(pictureOf(await readAllianceGraph(seed), { kind: "corpus" })));
    expect(toMermaid(picture)).toMatch(/^---\ntitle: "The alliance network"\n---\nflowchart LR\n/);
  });
});

describe("the fixture corpus", () => {
  it("marks the location-conditioned defence article and the one-way basing article", () => {
    const picture = pictureOf(fixtureGraph, { kind: "agreement", agreement: `${ID}agreement/treaty-of-zenda` });
    const labels = picture.edges.filter((e) => e.from === "party:graustark" || e.to === "party:graustark").map((e) => `${e.from} ${e.label} ${e.directed}`);
    expect(labels).toEqual(expect.arrayContaining(["party:graustark defence (conditional) false", "agreement:treaty-of-zenda basing (conditional) true"]));
    expect(picture.edges.find((e) => e.label === "defence (conditional)")?.tooltip).toContain("only location condition: Northern March");
  });

  it("draws the entanglement chains the saved query returns, conditional hops marked", async () => {
    const saved = await findSavedQuery(PACKAGE_QUERIES, "defence-entanglement");
    const view = await entanglementView(fixture, saved, `${ID}party/ruritania`, fixtureGraph);
    if (view.kind !== "entanglement") throw new Error("not an entanglement view");
    expect(view.chains.map((c) => c.reached).sort()).toEqual([`${ID}party/freedonia`, `${ID}party/graustark`]);
    const picture = pictureOf(fixtureGraph, view);
    expect(picture.nodes.find((n) => n.id === "party:ruritania")?.emphasis).toBe("focal");
    expect(picture.edges.every((e) => e.bold && e.label === "defence if location condition: Northern March")).toBe(true);
    const chains = pictureOf(fixtureGraph, view, "parties");
    expect(chains.edges.map((e) => `${e.from}→${e.to}`).sort()).toEqual(["party:ruritania→party:freedonia", "party:ruritania→party:graustark"]);
  });
});

describe("entanglement rows, whatever the query's columns", () => {
  const known = () => true;
  const row = (cells: Record<string, ReturnType<typeof namedNode> | ReturnType<typeof literal>>) => new Map(Object.entries(cells));
  it("reads numbered columns in order, the reached state last", () => {
    const result: QueryResult = {
      kind: "bindings",
      variables: ["reached", "hops", "via1", "through1", "via2"],
      rows: [row({ reached: namedNode(`${ID}party/c`), hops: literal("2"), via1: namedNode(`${ID}agreement/ab`), through1: namedNode(`${ID}party/b`), via2: namedNode(`${ID}agreement/bc`) })],
    };
    expect(entanglementChains(result, `${ID}party/a`, known)).toEqual([{ reached: `${ID}party/c`, path: [`${ID}party/a`, `${ID}agreement/ab`, `${ID}party/b`, `${ID}agreement/bc`, `${ID}party/c`] }]);
  });

  it("reads a chain written as text of compact names or IRIs", () => {
    const result: QueryResult = {
      kind: "bindings",
      variables: ["state", "chain", "conditional"],
      rows: [row({ state: namedNode(`${ID}party/c`), chain: literal(`party:a → agreement:ab → <${ID}party/b> → agreement:bc → party:c`), conditional: literal("true") })],
    };
    expect(entanglementChains(result, `${ID}party/a`, known)[0]?.path).toEqual([`${ID}party/a`, `${ID}agreement/ab`, `${ID}party/b`, `${ID}agreement/bc`, `${ID}party/c`]);
  });
});

describe("labels are text, whatever they hold", () => {
  const HOSTILE = `<script>alert("x")</script> \\N "quoted" [x] {y} #z | a&b`;
  it("escapes them in DOT, SVG and Mermaid", async () => {
    const turtle = `@prefix pact: <https://w3id.org/pactgraph/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<${ID}party/x> a pact:State ; rdfs:label ${JSON.stringify(HOSTILE)}@en .
<${ID}party/y> a pact:State ; rdfs:label "Y"@en .
<${ID}agreement/z> a pact:Alliance ; rdfs:label ${JSON.stringify(HOSTILE)}@en ; pact:agreementStatus pact:InForce .
<${ID}clause/z> a pact:Clause ; pact:agreement <${ID}agreement/z> ; pact:clauseType pact:Defence ; pact:symmetric true ; pact:binds <${ID}party/x>, <${ID}party/y> .`;
    const graph = await readAllianceGraph(await runnerOverText("hostile.ttl", turtle));
    expect(graph.parties.get(`${ID}party/x`)?.label).toBe(HOSTILE);
    const svg = await drawNetwork(graph, { view: { kind: "corpus" }, format: "svg" });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(svg).toContain("\\N");
    const mermaid = await drawNetwork(graph, { view: { kind: "corpus" }, format: "mermaid" });
    expect(mermaid).not.toMatch(/<script|"quoted"/);
    const dot = await drawNetwork(graph, { view: { kind: "corpus" }, format: "dot" });
    expect(dot).toContain('\\"quoted\\"');
  });
});
