import { readFileSync } from "node:fs";
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { beforeAll, describe, expect, it } from "vitest";
import { renderGraph } from "../../src/build/index.js";
import { validateShacl } from "../../src/validate/index.js";
import { buildSeedQuads, parseTurtleFile, ROOT, SEED_TEXT, SEED_TTL } from "../helpers/project.js";
import { join } from "node:path";

const OA = "http://www.w3.org/ns/oa#";
const PACT = "https://w3id.org/pactgraph/ontology#";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const ID = "https://w3id.org/pactgraph/id/";

let built: Quad[];
let committed: Quad[];
const objects = (quads: Quad[], subject: string, predicate: string) =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object);

beforeAll(async () => {
  built = await buildSeedQuads();
  committed = parseTurtleFile(SEED_TTL);
});

describe("the seed graph", () => {
  it("is committed exactly as the DSL builds it, and rebuilding is byte-identical", async () => {
    const first = renderGraph(built, "data/turkey-security-alliances.ts", "data/x.ttl").content;
    const second = renderGraph(await buildSeedQuads(), "data/turkey-security-alliances.ts", "data/x.ttl").content;
    expect(second).toBe(first);
    expect(readFileSync(SEED_TTL, "utf8")).toBe(first);
  });

  it("parses back to a graph isomorphic to the DSL's quads", () => {
    expect(committed.length).toBe(new Set(built.map((q) => JSON.stringify([q.subject, q.predicate, q.object]))).size);
    expect(isomorphic(committed, built)).toBe(true);
  });

  it("conforms to the generated SHACL shapes", async () => {
    const report = await validateShacl(committed, parseTurtleFile(join(ROOT, "ontology", "shapes.ttl")));
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it("fails the shapes when a claim is removed (the provenance rule has teeth)", async () => {
    const claim = `${ID}claim/arab-defence-force-blocked`;
    const withoutClaim = committed.filter((q) => q.subject.value !== claim);
    const report = await validateShacl(withoutClaim, parseTurtleFile(join(ROOT, "ontology", "shapes.ttl")));
    expect(report.conforms).toBe(false);
    expect(report.results.map((r) => r.focusNode)).toContain(`${ID}event/egypt-arab-defence-force-blocked`);
  });

  it("has every quote verbatim in the source text at its code-point offsets", () => {
    const text = Array.from(readFileSync(SEED_TEXT, "utf8"));
    const selectors = committed.filter((q) => q.predicate.value === `${OA}hasSelector`);
    const resources = new Set(selectors.map((q) => q.subject.value));
    expect(resources.size).toBeGreaterThanOrEqual(30);
    for (const resource of resources) {
      const mine = selectors.filter((q) => q.subject.value === resource).map((q) => q.object.value);
      const get = (p: string) => mine.flatMap((s) => objects(committed, s, OA + p)).map((o) => o.value);
      const [exact] = get("exact");
      const [start, end] = [Number(get("start")[0]), Number(get("end")[0])];
      expect(text.slice(start, end).join(""), exact).toBe(exact);
      expect(text.slice(start - (get("prefix")[0] ?? "").length, start).join("")).toBe(get("prefix")[0] ?? "");
      expect(text.slice(end, end + Array.from(get("suffix")[0] ?? "").length).join("")).toBe(get("suffix")[0] ?? "");
    }
  });

  it("gives every claim a source, an attribution and an epistemic status", () => {
    const claims = committed.filter((q) => q.object.value === `${PACT}Claim`).map((q) => q.subject.value);
    expect(claims.length).toBe(31);
    for (const claim of claims) {
      expect(objects(committed, claim, "http://www.w3.org/ns/prov#hadPrimarySource"), claim).toHaveLength(1);
      expect(objects(committed, claim, "http://www.w3.org/ns/prov#wasAttributedTo").length, claim).toBeGreaterThan(0);
      expect(objects(committed, claim, `${PACT}epistemicStatus`), claim).toHaveLength(1);
    }
  });

  it("records dates only as precisely as the article gives them", () => {
    const dated = (s: string, p: string) => objects(committed, `${ID}${s}`, `${PACT}${p}`)[0];
    expect(dated("agreement/saudi-pakistan-pact", "dateEstablished")).toMatchObject({ value: "2025-09", datatype: { value: `${XSD}gYearMonth` } });
    expect(dated("event/erdogan-gulf-visit-2026-03", "date")).toMatchObject({ value: "2026-03", datatype: { value: `${XSD}gYearMonth` } });
    expect(dated("event/egypt-arab-defence-force-blocked", "date")).toMatchObject({ value: "--09", datatype: { value: `${XSD}gMonth` } });
    const fullDates = committed.filter((q) => q.object.termType === "Literal" && q.object.datatype.value === `${XSD}date`);
    expect(fullDates).toEqual([]);
    const source = `${ID}source/turkey-security-alliances`;
    expect(objects(committed, source, "http://purl.org/dc/terms/date")).toEqual([]);
    expect(objects(committed, source, "http://purl.org/dc/terms/creator")).toEqual([]);
  });

  it("keeps hedged statements hedged", () => {
    const status = (claim: string) => objects(committed, `${ID}claim/${claim}`, `${PACT}epistemicStatus`)[0]?.value.slice(PACT.length);
    const hedges = (claim: string) => objects(committed, `${ID}claim/${claim}`, `${PACT}hedge`).map((o) => o.value);
    expect([status("saudi-pakistan-pact-nuclear-access"), hedges("saudi-pakistan-pact-nuclear-access")]).toEqual(["Speculative", ["potential"]]);
    expect(hedges("nato-style-alliance-remains-premature")).toEqual(["remains premature"]);
    expect([status("riyadh-as-conduit"), hedges("riyadh-as-conduit")]).toEqual(["AnalystAssessment", ["would likely"]]);
    expect([status("cooperation-could-counter-proxies"), hedges("cooperation-could-counter-proxies")]).toEqual(["Speculative", ["could"]]);
    expect(status("erdogan-scheduled-to-visit-gulf")).toBe("Expected");
  });

  it("names the people and organisations of the article, with their affiliations", () => {
    const label = (iri: string) => objects(committed, iri, "http://www.w3.org/2000/01/rdf-schema#label")[0]?.value;
    const roles = committed.filter((q) => q.predicate.value === `${PACT}holder`);
    const pairs = roles.map((r) => [label(r.object.value), label(objects(committed, r.subject.value, `${PACT}roleIn`)[0]?.value ?? "")]);
    expect(pairs.sort()).toEqual([
      ["Cinzia Bianco", "European Council on Foreign Relations"],
      ["Kadir Temiz", "Center for Middle Eastern Studies"],
      ["Mohammed bin Salman", "Saudi Arabia"],
      ["Murat Yeşiltaş", "SETA Foundation"],
      ["Recep Tayyip Erdoğan", "Turkey"],
    ]);
  });

  it("links no entity to Wikidata by itself (that is the linker's job, with verified IDs)", () => {
    expect(committed.filter((q) => q.predicate.value === "http://www.w3.org/2004/02/skos/core#exactMatch")).toEqual([]);
  });
});
