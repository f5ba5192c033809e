/**
 * Every saved query on the seed graph returns what a careful reader of the article expects.
 * Rows are compared in compact form (party:turkey, pact:Confirmed); GROUP_CONCAT cells as sets,
 * since SPARQL leaves their order to the engine.
 */
import { join } from "node:path";
import type { Store } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { findSavedQuery, loadStore, runSavedQuery, type QueryResult } from "../../src/query/index.js";
import { displayTerm } from "../../src/query/format/terms.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";

const QUERIES = join(ROOT, "queries");
let store: Store;

beforeAll(async () => {
  store = await loadStore([SEED_TTL]);
});

async function run(name: string, params: Record<string, string> = {}): Promise<QueryResult> {
  return runSavedQuery(await findSavedQuery(QUERIES, name), { kind: "store", store }, { params: new Map(Object.entries(params)) });
}

/** Rows as arrays of compact strings; cells in `sets` columns are sorted lists. */
async function rows(name: string, params: Record<string, string> = {}, sets: readonly string[] = []): Promise<string[][]> {
  const result = await run(name, params);
  if (result.kind !== "bindings") throw new Error(`${name} returned ${result.kind}`);
  return result.rows.map((row) =>
    result.variables.map((v) => {
      const term = row.get(v);
      const text = term ? displayTerm(term) : "";
      return sets.includes(v) ? text.split(", ").sort().join(", ") : text;
    }),
  );
}


describe("saved queries on the seed graph", () => {
  it("defence-obligations: Saudi Arabia and Pakistan are obliged to defend each other", async () => {
    const summary = "Any aggression against one nation is treated as aggression against both.";
    const clause = "clause:saudi-pakistan-pact-mutual-defence";
    expect(await rows("defence-obligations")).toEqual([
      ["party:pakistan", "party:saudi-arabia", "agreement:saudi-pakistan-pact", "pact:Concluded", clause, summary],
      ["party:saudi-arabia", "party:pakistan", "agreement:saudi-pakistan-pact", "pact:Concluded", clause, summary],
    ]);
  });

  it("defence-entanglement: if Turkey joins, a conflict involving Turkey reaches Saudi Arabia and Pakistan", async () => {
    const pact = "agreement:saudi-pakistan-pact";
    expect(await rows("defence-entanglement")).toEqual([
      ["party:pakistan", "1", pact, "party:pakistan", "", "", ""],
      ["party:saudi-arabia", "1", pact, "party:saudi-arabia", "", "", ""],
    ]);
    expect(await rows("defence-entanglement", { include_prospective: "false" })).toEqual([]);
    expect(await rows("defence-entanglement", { state: "party:pakistan" })).toEqual([["party:saudi-arabia", "1", pact, "party:saudi-arabia", "", "", ""]]);
  });

  it("defence-entanglement: follows chains of up to three pacts, prospective members included", async () => {
    const chain = await loadStore([join(ROOT, "tests", "fixtures", "entanglement.ttl")]);
    const query = await findSavedQuery(QUERIES, "defence-entanglement");
    const reach = async (state: string, prospective = "true") => {
      const result = await runSavedQuery(query, { kind: "store", store: chain }, { params: new Map([["state", state], ["include_prospective", prospective]]) });
      return result.kind === "bindings" ? result.rows.map((r) => result.variables.map((v) => (r.get(v) ? displayTerm(r.get(v)!) : "")).join(" ")) : [];
    };
    expect(await reach("party:x")).toEqual([
      "party:a 1 agreement:ab party:a   ",
      "party:b 1 agreement:ab party:b   ",
      "party:c 2 agreement:ab party:b agreement:bc party:c ",
      "party:d 3 agreement:ab party:b agreement:bc party:c agreement:cd",
    ]);
    expect(await reach("party:x", "false")).toEqual([]);
    expect((await reach("party:d")).map((r) => r.split(" ").slice(0, 2).join(" "))).toEqual(["party:c 1", "party:b 2", "party:a 3"]);
  });

  it("prospective-members: Turkey's bid for the pact, and the envisaged members of Ankara's framework", async () => {
    const framework = "agreement:turkish-regional-security-framework";
    const envisions = "Ankara envisions a defensive cooperation mechanism that would initially include Pakistan and Saudi Arabia";
    const found = await rows("prospective-members");
    expect(found.map((r) => r.slice(0, 6))).toEqual([
      ["party:turkey", "agreement:saudi-pakistan-pact", "pact:ProspectiveMember", "pact:InterestIndicated", "pact:Reported", "agent:turkey-security-alliances-author"],
      ["party:other-regional-actors", framework, "pact:ProspectiveMember", "pact:Envisioned", "pact:Speculative", "agent:turkish-sources"],
      ["party:pakistan", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "agent:turkish-sources"],
      ["party:saudi-arabia", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "agent:turkish-sources"],
      ["party:turkey", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "agent:sources-and-analysts-familiar-with-the-matter"],
      ["party:turkey", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "agent:turkish-sources"],
    ]);
    expect(found[0]![6]).toBe("Recent diplomatic movements indicate Turkey’s interest in joining the bilateral security pact");
    expect(found[2]![6]).toBe(envisions);
    const withFailed = await rows("prospective-members", { include_not_realised: "true" });
    expect(withFailed.filter((r) => r[1] === "agreement:turkey-anti-isis-coalition").map((r) => r[0])).toEqual([
      "party:iraq",
      "party:jordan",
      "party:lebanon",
      "party:syria",
    ]);
  });

  it("capabilities: Saudi money, Pakistani experience, Turkish industry; Pakistan's nuclear capability hedged", async () => {
    expect(await rows("capabilities")).toEqual([
      ["party:pakistan", "capability:pakistan-nuclear-capability", "pact:NuclearCapability", "agreement:saudi-pakistan-pact", "pact:Speculative", "potential"],
      ["party:pakistan", "capability:pakistan-military-experience", "pact:MilitaryExperience", "agreement:turkish-regional-security-framework", "pact:AnalystAssessment", "would"],
      ["party:saudi-arabia", "capability:saudi-arabia-financial-resources", "pact:FinancialResources", "agreement:turkish-regional-security-framework", "pact:AnalystAssessment", "would"],
      ["party:turkey", "capability:turkey-defence-infrastructure", "pact:DefenceIndustry", "agreement:turkish-regional-security-framework", "pact:AnalystAssessment", "would"],
    ]);
  });

  it("theatres: the envisaged framework covers MENA and the Red Sea (Bianco's assessment)", async () => {
    expect(await rows("theatres", {}, ["via"])).toEqual([
      ["agreement:turkish-regional-security-framework", "region:mena", "assessment, clause", "4"],
      ["agreement:turkish-regional-security-framework", "region:red-sea", "assessment, clause", "4"],
    ]);
  });

  it("nuclear-access: Saudi access to Pakistan's deterrent is hedged, never confirmed", async () => {
    expect(await rows("nuclear-access")).toEqual([
      [
        "party:pakistan",
        "party:saudi-arabia",
        "agreement:saudi-pakistan-pact",
        "clause:saudi-pakistan-pact-nuclear-access",
        "hedged",
        "pact:Speculative",
        "potential",
        "including potential access to Pakistan’s nuclear capabilities",
      ],
    ]);
  });

  it("failed-initiatives: Egypt's Arab force blocked by Gulf nations in September (year unknown); Turkey's anti-ISIS coalition", async () => {
    const found = await rows("failed-initiatives");
    expect(found.map((r) => r.slice(0, 5))).toEqual([
      ["agreement:egypt-arab-defence-force", "pact:Blocked", "party:egypt", "party:gulf-nations", "--09"],
      ["agreement:egypt-arab-defence-force", "pact:Blocked", "party:egypt", "party:gulf-nations", "--09"],
      ["agreement:turkey-anti-isis-coalition", "pact:Failed", "party:turkey", "", ""],
      ["agreement:turkey-anti-isis-coalition", "pact:Failed", "party:turkey", "", ""],
    ]);
    expect(found[0]![5]).toBe("Egypt’s NATO-modeled Arab defense force—blocked by Gulf nations in September");
  });

  it("analyst-statements: Bianco, Temiz (twice) and Yeşiltaş, with affiliation, verb and hedges", async () => {
    const found = await rows("analyst-statements");
    expect(found.map((r) => r.slice(0, 5))).toEqual([
      ["Cinzia Bianco", "European Council on Foreign Relations", "notes", "pact:AnalystAssessment", "would likely"],
      ["Kadir Temiz", "Center for Middle Eastern Studies", "observes", "pact:AnalystAssessment", ""],
      ["Kadir Temiz", "Center for Middle Eastern Studies", "observes", "pact:Speculative", "potentially"],
      ["Murat Yeşiltaş", "SETA Foundation", "indicate", "pact:AnalystAssessment", "potential"],
    ]);
  });

  it("timeline: dated events in order at their precision, year-unknown and undated ones last", async () => {
    expect(await rows("timeline", {}, ["participants"])).toEqual([
      ["2025-09", "month", "pact:Occurred", "event:saudi-pakistan-pact-establishment", "pact:Establishment", "Pakistan, Saudi Arabia"],
      ["2026-03", "month", "pact:Planned", "event:erdogan-gulf-visit-2026-03", "pact:Visit", "Recep Tayyip Erdoğan"],
      ["2026-03", "month", "pact:Planned", "event:erdogan-mohammed-bin-salman-meetings-2026-03", "pact:Meeting", "Mohammed bin Salman, Recep Tayyip Erdoğan"],
      ["--09", "month, year unknown", "pact:Occurred", "event:egypt-arab-defence-force-blocked", "pact:Blocking", "Gulf nations"],
      ["", "undated", "pact:Occurred", "event:egypt-arab-defence-force-proposal", "pact:Proposal", "Egypt"],
      ["", "undated", "pact:Occurred", "event:turkey-anti-isis-coalition-effort", "pact:Proposal", "Turkey"],
    ]);
  });

  it("claims-by-source: the author's voice carries 21 claims, unnamed sources 7, named analysts 4 (one claim names a group and a person)", async () => {
    const found = await rows("claims-by-source");
    const total = (voice: string) => found.filter((r) => r[2] === voice).reduce((sum, r) => sum + Number(r[4]), 0);
    expect([total("the document's author"), total("unnamed sources"), total("named person")]).toEqual([21, 7, 4]);
    expect(found).toContainEqual(["source:turkey-security-alliances", "agent:turkish-sources", "unnamed sources", "pact:Reported", "2"]);
  });

  it("anonymous-only-claims: six claims name no one", async () => {
    expect((await rows("anonymous-only-claims")).map((r) => [r[0], r[1]])).toEqual([
      ["claim:partnership-would-leverage-capabilities", "agent:analysts"],
      ["claim:turkey-pursues-realignment", "agent:sources-and-analysts-familiar-with-the-matter"],
      ["claim:ankara-envisions-mechanism", "agent:turkish-sources"],
      ["claim:framework-may-expand", "agent:turkish-sources"],
      ["claim:nato-style-alliance-remains-premature", "agent:turkish-sources"],
      ["claim:turkish-sources-confirm-deeper-relations", "agent:turkish-sources"],
    ]);
  });

  it("unsourced-statements: empty for the seed, and finds what a removed claim leaves bare", async () => {
    expect(await rows("unsourced-statements")).toEqual([]);
    const claim = "https://w3id.org/pactgraph/id/claim/arab-defence-force-blocked";
    const without = new (store.constructor as new () => Store)();
    without.addQuads(store.getQuads(null, null, null, null).filter((q) => q.subject.value !== claim));
    const result = await runSavedQuery(await findSavedQuery(QUERIES, "unsourced-statements"), { kind: "store", store: without });
    const nodes = result.kind === "bindings" ? result.rows.map((r) => displayTerm(r.get("node")!)) : [];
    expect(nodes).toEqual(["event:egypt-arab-defence-force-blocked", "event:egypt-arab-defence-force-proposal"]);
  });

  it("unlinked-entities: every linkable entity of the seed lacks a link until the linker runs", async () => {
    const found = await rows("unlinked-entities");
    expect(found).toHaveLength(33);
    expect(found).toContainEqual(["person:mohammed-bin-salman", "pact:Person", "Mohammed bin Salman"]);
    expect(found).toContainEqual(["party:turkey", "pact:State", "Turkey"]);
  });

  it("incomplete-agreements: the Arab force names no party; three agreements carry no date", async () => {
    expect(await rows("incomplete-agreements")).toEqual([
      ["agreement:egypt-arab-defence-force", "pact:Blocked", "no parties"],
      ["agreement:turkey-anti-isis-coalition", "pact:Failed", "no dates"],
      ["agreement:turkish-regional-security-framework", "pact:Envisaged", "no dates"],
    ]);
  });

  it("defence-network (CONSTRUCT): two obligedToDefend edges and the labels of both parties", async () => {
    const result = await run("defence-network");
    if (result.kind !== "graph") throw new Error("expected a graph");
    const edges = result.quads.filter((q) => q.predicate.value.endsWith("#obligedToDefend")).map((q) => `${displayTerm(q.subject)} → ${displayTerm(q.object)}`);
    expect(edges.sort()).toEqual(["party:pakistan → party:saudi-arabia", "party:saudi-arabia → party:pakistan"]);
    expect(result.quads).toHaveLength(4);
  });

  it("obliged-to-defend (ASK): Pakistan must defend Saudi Arabia; Turkey is not bound to anyone", async () => {
    expect(await run("obliged-to-defend")).toEqual({ kind: "boolean", value: true });
    expect(await run("obliged-to-defend", { obliged: "party:turkey" })).toEqual({ kind: "boolean", value: false });
  });
});
