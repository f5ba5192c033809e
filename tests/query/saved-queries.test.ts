/**
 * Every saved query on the seed's built graph (data/corpus.trig and data/links/*.ttl, all graphs
 * as one, as the CLI queries a project) returns what a careful reader of the article expects.
 * Rows are compared in compact form (party:turkey, pact:Confirmed), list cells with their items
 * sorted as the formatter prints them.
 */
import { join } from "node:path";
import type { Store } from "n3";
import { beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { findSavedQuery, loadStore, runSavedQuery, type QueryResult, type QuerySource } from "../../src/query/index.js";
import { displayTerm } from "../../src/query/format/terms.js";
import { ROOT } from "../helpers/project.js";
import { fixture, QUERIES, rows as rowsOn, run as runOn } from "./analyses-fixtures.js";

let seed: QuerySource;
let store: Store;

beforeAll(async () => {
  const files = await builtGraphFiles(join(ROOT, "data"));
  seed = await fixture(...files)();
  store = await loadStore(files);
});

const run = (name: string, params: Record<string, string> = {}): Promise<QueryResult> => runOn(name, seed, params);
const rows = (name: string, params: Record<string, string> = {}): Promise<string[][]> => rowsOn(name, seed, params);

describe("saved queries on the seed graph", () => {
  it("defence-obligations: Saudi Arabia and Pakistan are obliged to defend each other", async () => {
    const summary = "Any aggression against one nation is treated as aggression against both.";
    const clause = "clause:saudi-pakistan-pact-mutual-defence";
    expect(await rows("defence-obligations")).toEqual([
      ["party:pakistan", "party:saudi-arabia", "agreement:saudi-pakistan-pact", "pact:Concluded", clause, summary],
      ["party:saudi-arabia", "party:pakistan", "agreement:saudi-pakistan-pact", "pact:Concluded", clause, summary],
    ]);
  });

  it("defence-entanglement: a conflict involving Turkey draws no one in actually; if Turkey joins, the pact's two parties", async () => {
    const pact = "agreement:saudi-pakistan-pact";
    expect(await rows("defence-entanglement")).toEqual([]);
    expect(await rows("defence-entanglement", { scenario: "what_if" })).toEqual([
      ["party:pakistan", "1", "1", pact, "", "", "", "", "hypothetical", "no", "", "pact:Reported"],
      ["party:saudi-arabia", "1", "1", pact, "", "", "", "", "hypothetical", "no", "", "pact:Reported"],
    ]);
    expect(await rows("defence-entanglement-summary")).toEqual([
      ["actual", "0", "0", "0", "0"],
      ["what_if", "2", "2", "0", "2"],
    ]);
  });

  it("protectors: Pakistan defends Saudi Arabia; Turkey would, if it joined", async () => {
    const clause = "clause:saudi-pakistan-pact-mutual-defence";
    expect(await rows("protectors")).toEqual([["party:pakistan", "agreement:saudi-pakistan-pact", clause, "mutual", "actual", "no", "", "pact:Confirmed"]]);
    expect((await rows("protectors", { scenario: "what_if" })).map((r) => [r[0], r[4], r[7]])).toEqual([
      ["party:pakistan", "actual", "pact:Confirmed"],
      ["party:turkey", "hypothetical", "pact:Reported"],
    ]);
  });

  it("prospective-members: Turkey's bid for the pact, and the envisaged members of Ankara's framework", async () => {
    const framework = "agreement:turkish-regional-security-framework";
    const author = "Author of “Turkey hunts for new security alliances as regional tensions rise” (not named)";
    const found = await rows("prospective-members");
    expect(found.map((r) => r.slice(0, 6))).toEqual([
      ["party:turkey", "agreement:saudi-pakistan-pact", "pact:ProspectiveMember", "pact:InterestIndicated", "pact:Reported", author],
      ["party:other-regional-actors", framework, "pact:ProspectiveMember", "pact:Envisioned", "pact:Speculative", "Multiple Turkish sources"],
      ["party:pakistan", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "Multiple Turkish sources"],
      ["party:saudi-arabia", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "Multiple Turkish sources"],
      ["party:turkey", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "Multiple Turkish sources"],
      ["party:turkey", framework, "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "Sources and analysts familiar with the matter"],
    ]);
    expect(found[0]![6]).toBe("Recent diplomatic movements indicate Turkey’s interest in joining the bilateral security pact");
    const withFailed = await rows("prospective-members", { include_not_realised: "true" });
    expect(withFailed.filter((r) => r[1] === "agreement:turkey-anti-isis-coalition").map((r) => [r[0], r[2]])).toEqual([
      ["party:iraq", "pact:ProspectiveFoundingMember"],
      ["party:jordan", "pact:ProspectiveFoundingMember"],
      ["party:lebanon", "pact:ProspectiveFoundingMember"],
      ["party:syria", "pact:ProspectiveFoundingMember"],
      ["party:turkey", "pact:Proposer"],
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

  it("theatres: the envisaged framework covers MENA and the Red Sea, on one claim (Bianco's)", async () => {
    expect(await rows("theatres")).toEqual([
      ["agreement:turkish-regional-security-framework", "region:mena", "assessment, clause", "1", "1"],
      ["agreement:turkish-regional-security-framework", "region:red-sea", "assessment, clause", "1", "1"],
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
    expect(await rows("failed-initiatives")).toEqual([
      ["agreement:egypt-arab-defence-force", "pact:Blocked", "Egypt", "Gulf nations", "--09", "2", "1"],
      ["agreement:turkey-anti-isis-coalition", "pact:Failed", "Turkey", "", "", "2", "1"],
    ]);
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

  it("timeline: dated events in order at their precision, hosts taking part, year-unknown and undated ones last", async () => {
    expect(await rows("timeline")).toEqual([
      ["2025-09", "month", "pact:Occurred", "event:saudi-pakistan-pact-establishment", "pact:Establishment", "Pakistan; Saudi Arabia", ""],
      ["2026-03", "month", "pact:Planned", "event:erdogan-gulf-visit-2026-03", "pact:Visit", "Recep Tayyip Erdoğan", "Gulf nations; Saudi Arabia; United Arab Emirates"],
      ["2026-03", "month", "pact:Planned", "event:erdogan-mohammed-bin-salman-meetings-2026-03", "pact:Meeting", "Mohammed bin Salman; Recep Tayyip Erdoğan", ""],
      ["--09", "month, year unknown", "pact:Occurred", "event:egypt-arab-defence-force-blocked", "pact:Blocking", "Gulf nations", ""],
      ["", "undated", "pact:Occurred", "event:egypt-arab-defence-force-proposal", "pact:Proposal", "Egypt", ""],
      ["", "undated", "pact:Occurred", "event:turkey-anti-isis-coalition-effort", "pact:Proposal", "Turkey", ""],
    ]);
  });

  it("claims-by-source: 31 claims, each counted once: the author 21, unnamed sources 6, named analysts 4 (one shared with a group)", async () => {
    const found = await rows("claims-by-source");
    const total = (voice: string) => found.filter((r) => r[2] === voice).reduce((sum, r) => sum + Number(r[4]), 0);
    expect([total("the document's author"), total("unnamed sources"), total("named person")]).toEqual([21, 6, 4]);
    expect(found.reduce((sum, r) => sum + Number(r[4]), 0)).toBe(31);
    expect(found).toContainEqual(["source:turkey-security-alliances", "person:murat-yesiltas", "named person", "pact:AnalystAssessment", "1", "1"]);
    expect(found).toContainEqual(["source:turkey-security-alliances", "agent:turkish-sources", "unnamed sources", "pact:Reported", "2", "0"]);
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
    const result = await runSavedQuery(await findSavedQuery(QUERIES, "unsourced-statements"), { kind: "store", store: without, unionDefaultGraph: true });
    const nodes = result.kind === "bindings" ? result.rows.map((r) => displayTerm(r.get("node")!)) : [];
    expect(nodes).toEqual(["event:egypt-arab-defence-force-blocked", "event:egypt-arab-defence-force-proposal"]);
  });

  it("unlinked-entities: the sixteen entities the linker left for review", async () => {
    const found = await rows("unlinked-entities");
    expect(found).toHaveLength(16);
    expect(new Set(found.map((r) => r[3]))).toEqual(new Set(["pact:NeedsReview"]));
  });

  it("incomplete-agreements: the Arab force names no party and, blocked in a September of no known year, carries no date", async () => {
    expect(await rows("incomplete-agreements")).toEqual([
      ["agreement:egypt-arab-defence-force", "pact:Blocked", "no dates"],
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
  it("members-at-date: Pakistan and Saudi Arabia, founding members since September 2025, bound", async () => {
    expect(await rows("members-at-date")).toEqual([
      ["party:pakistan", "pact:FoundingMember", "pact:Active", "2025-09", "", "yes"],
      ["party:saudi-arabia", "pact:FoundingMember", "pact:Active", "2025-09", "", "yes"],
    ]);
    expect(await rows("members-at-date", { as_of: "2025-08" })).toEqual([]);
  });

  it("agreement-lifecycle: the pact's establishment in September 2025, and its members' start", async () => {
    expect(await rows("agreement-lifecycle")).toEqual([
      ["2025-09", "month", "pact:Establishment", "pact:Occurred", "Pakistan; Saudi Arabia", "event:saudi-pakistan-pact-establishment"],
      ["2025-09", "month", "pact:dateEstablished", "", "", "agreement:saudi-pakistan-pact"],
      ["2025-09", "month", "pact:startDate", "", "Pakistan", "membership:pakistan-in-saudi-pakistan-pact"],
      ["2025-09", "month", "pact:startDate", "", "Saudi Arabia", "membership:saudi-arabia-in-saudi-pakistan-pact"],
    ]);
  });

  it("party-profile: Turkey is a member of nothing yet; its obligations are all prospective", async () => {
    const framework = "agreement:turkish-regional-security-framework";
    expect(await rows("party-profile")).toEqual([
      ["membership not realised", "ended", "agreement:turkey-anti-isis-coalition", "pact:Failed", "pact:Proposer", "", "membership:turkey-in-turkey-anti-isis-coalition"],
      ["mutual obligation", "prospective", framework, "pact:Envisaged", "pact:DefenceIndustryCollaboration", "party:pakistan", "clause:turkish-framework-defence-industry"],
      ["mutual obligation", "prospective", framework, "pact:Envisaged", "pact:IntelligenceSharing", "party:pakistan", "clause:turkish-framework-intelligence-sharing"],
      ["mutual obligation", "prospective", framework, "pact:Envisaged", "pact:Interoperability", "party:pakistan", "clause:turkish-framework-interoperability"],
      ["mutual obligation", "prospective", framework, "pact:Envisaged", "pact:MilitaryCooperation", "party:pakistan", "clause:turkish-framework-military-cooperation"],
      ["mutual obligation", "prospective", framework, "pact:Envisaged", "pact:MilitaryCooperation", "party:saudi-arabia", "clause:turkish-framework-military-cooperation"],
      ["prospective member", "prospective", "agreement:saudi-pakistan-pact", "pact:Concluded", "pact:ProspectiveMember", "", "membership:turkey-in-saudi-pakistan-pact"],
      ["prospective member", "prospective", framework, "pact:Envisaged", "pact:ProspectiveFoundingMember", "", "membership:turkey-in-turkish-framework"],
    ]);
  });

  it("agreement-dossier: the pact with its members, clauses, event, capability, claims and source", async () => {
    const found = await rows("agreement-dossier");
    expect([...new Set(found.map((r) => r[0]))]).toEqual(["agreement", "membership", "clause", "event", "related", "claim", "source"]);
    expect(found).toContainEqual(["agreement", "agreement:saudi-pakistan-pact", "pact:dateEstablished", "2025-09"]);
    expect(found).toContainEqual(["related", "capability:pakistan-nuclear-capability", "pact:heldBy", "party:pakistan"]);
    expect(found).toContainEqual(["source", "source:turkey-security-alliances", "pact:sourceKind", "pact:NewsArticle"]);
  });

  it("one-way-obligations: Saudi access to Pakistan's nuclear deterrent, speculative", async () => {
    expect(await rows("one-way-obligations")).toEqual([
      ["party:pakistan", "party:saudi-arabia", "pact:NuclearDeterrence", "agreement:saudi-pakistan-pact", "pact:Concluded", "clause:saudi-pakistan-pact-nuclear-access", "no", "pact:Speculative"],
    ]);
  });

  it("conflicting-commitments and disputed-nodes: none in one article that names no adversary and never disagrees with itself", async () => {
    expect(await rows("conflicting-commitments")).toEqual([]);
    expect(await rows("disputed-nodes")).toEqual([]);
  });

  it("sources-per-node: every node rests on the one article", async () => {
    const found = await rows("sources-per-node");
    expect(found.length).toBeGreaterThan(30);
    expect(new Set(found.map((r) => `${r[2]}/${r[3]}`))).toEqual(new Set(["1/1"]));
  });
});
