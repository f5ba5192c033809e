/**
 * The membership and lifecycle questions on tests/fixtures/analyses/lifecycle.trig. Each expected
 * table is what the query's header asks for, worked out by hand from the fixture's comments.
 */
import { describe, expect, it } from "vitest";
import { fixture, rows } from "./analyses-fixtures.js";

const graph = fixture("lifecycle.trig");
const on = async (name: string, params: Record<string, string> = {}) => rows(name, await graph(), params);

describe("members-at-date: who was a member of an agreement at a date, and bound by it", () => {
  it("signatories are members from their signature, bound only once it is in force for them", async () => {
    expect(await on("members-at-date", { agreement: "agreement:acc", as_of: "2001-06-01" })).toEqual([
      ["party:a", "pact:FoundingMember", "pact:Active", "2001-05-10", "", "no"],
      ["party:b", "pact:FoundingMember", "pact:Ended", "2001-05-10", "2019-12-31", "no"],
    ]);
  });
  it("an acceding member from its accession; a member that later withdrew, until it left", async () => {
    expect(await on("members-at-date", { agreement: "agreement:acc", as_of: "2015-01-01" })).toEqual([
      ["party:a", "pact:FoundingMember", "pact:Active", "2001-05-10", "", "yes"],
      ["party:b", "pact:FoundingMember", "pact:Ended", "2001-05-10", "2019-12-31", "yes"],
      ["party:c", "pact:AccedingMember", "pact:Active", "2010-03", "", "yes"],
    ]);
    expect((await on("members-at-date", { agreement: "agreement:acc", as_of: "2020-06" })).map((r) => r[0])).toEqual(["party:a", "party:c"]);
  });
});

describe("agreement-lifecycle: the life of an agreement in date order", () => {
  it("events and recorded dates, per party where the date is a party's, the year-unknown summit last", async () => {
    expect(await on("agreement-lifecycle", { agreement: "agreement:acc" })).toEqual([
      ["2001-05-10", "day", "pact:Signing", "pact:Occurred", "A; B", "event:acc-signing"],
      ["2001-05-10", "day", "pact:dateSigned", "", "", "agreement:acc"],
      ["2001-05-10", "day", "pact:dateSigned", "", "A", "membership:a-in-acc"],
      ["2001-05-10", "day", "pact:dateSigned", "", "B", "membership:b-in-acc"],
      ["2001-11", "month", "pact:Ratification", "pact:Occurred", "A", "event:acc-ratification"],
      ["2001-11", "month", "pact:dateRatified", "", "A", "membership:a-in-acc"],
      ["2002", "year", "pact:EntryIntoForce", "pact:Occurred", "", "event:acc-entry-into-force"],
      ["2002", "year", "pact:dateInForce", "", "", "agreement:acc"],
      ["2002", "year", "pact:dateInForce", "", "A", "membership:a-in-acc"],
      ["2010-03", "month", "pact:Accession", "pact:Occurred", "C", "event:acc-accession"],
      ["2010-03", "month", "pact:dateAcceded", "", "C", "membership:c-in-acc"],
      ["2019-12-31", "day", "pact:Withdrawal", "pact:Occurred", "B", "event:acc-withdrawal"],
      ["2019-12-31", "day", "pact:endDate", "", "B", "membership:b-in-acc"],
      ["--06", "month, year unknown", "pact:Meeting", "pact:Planned", "Xavier Ōno", "event:acc-summit"],
    ]);
  });
  it("an undated proposal comes last", async () => {
    expect(await on("agreement-lifecycle", { agreement: "agreement:plan" })).toEqual([["", "undated", "pact:Proposal", "pact:Occurred", "A", "event:plan-proposal"]]);
  });
});

describe("timeline: events in date order, who takes part: participants and hosts", () => {
  it("every kind of event, hosts among those taking part, year-unknown and undated ones last", async () => {
    expect(await on("timeline")).toEqual([
      ["2001-05-10", "day", "pact:Occurred", "event:acc-signing", "pact:Signing", "A; B", "C"],
      ["2001-11", "month", "pact:Occurred", "event:acc-ratification", "pact:Ratification", "A", ""],
      ["2002", "year", "pact:Occurred", "event:acc-entry-into-force", "pact:EntryIntoForce", "", ""],
      ["2010-03", "month", "pact:Occurred", "event:acc-accession", "pact:Accession", "C", ""],
      ["2018-09", "month", "pact:Occurred", "event:blocked2-blocking-2", "pact:Blocking", "Gulf group", ""],
      ["2019-12-31", "day", "pact:Occurred", "event:acc-withdrawal", "pact:Withdrawal", "B", ""],
      ["--03", "month, year unknown", "pact:Occurred", "event:nodate-proposal", "pact:Proposal", "E", ""],
      ["--06", "month, year unknown", "pact:Planned", "event:acc-summit", "pact:Meeting", "Xavier Ōno", "B"],
      ["--09", "month, year unknown", "pact:Occurred", "event:blocked2-blocking-1", "pact:Blocking", "G", ""],
      ["", "undated", "pact:Occurred", "event:plan-proposal", "pact:Proposal", "A", ""],
    ]);
  });
});

describe("failed-initiatives: one row per failed or blocked initiative", () => {
  it("two proposers, two blockers, two blockings and three claims make one row, not 24", async () => {
    expect(await on("failed-initiatives")).toEqual([
      ["agreement:blocked2", "pact:Blocked", "E; F", "G; Gulf group", "--09; 2018-09", "3", "2"],
      ["agreement:nodate", "pact:Failed", "E", "", "", "1", "1"],
    ]);
  });
});

describe("incomplete-agreements: no parties, or no date with a year", () => {
  it("a month without its year is not a date", async () => {
    expect(await on("incomplete-agreements")).toEqual([
      ["agreement:bare", "pact:Concluded", "no dates"],
      ["agreement:bare", "pact:Concluded", "no parties"],
      ["agreement:blocked2", "pact:Blocked", "no parties"],
      ["agreement:nodate", "pact:Failed", "no dates"],
      ["agreement:plan", "pact:Proposed", "no dates"],
    ]);
  });
});

describe("prospective-members: one row per bid and supporting claim", () => {
  it("proposers count; a claim with two voices is one row naming both", async () => {
    expect(await on("prospective-members")).toEqual([
      ["party:d", "agreement:acc", "pact:ProspectiveMember", "pact:Applied", "pact:Reported", "Officials", "D has applied to join"],
      ["party:d", "agreement:acc", "pact:ProspectiveMember", "pact:Applied", "pact:Speculative", "Officials; Xavier Ōno", "D may join the treaty"],
      ["party:a", "agreement:plan", "pact:Proposer", "pact:Envisioned", "pact:Reported", "Officials", "A proposed a plan with B and F"],
      ["party:b", "agreement:plan", "pact:ProspectiveFoundingMember", "pact:Envisioned", "pact:Reported", "Officials", "A proposed a plan with B and F"],
    ]);
  });
  it("with include_not_realised, the bids that never came about", async () => {
    const found = await on("prospective-members", { include_not_realised: "true" });
    expect(found.filter((r) => r[3] === "pact:NotRealised").map((r) => r.slice(0, 6))).toEqual([
      ["party:e", "agreement:nodate", "pact:Proposer", "pact:NotRealised", "pact:Confirmed", "Author of report one"],
      ["party:f", "agreement:plan", "pact:ProspectiveFoundingMember", "pact:NotRealised", "pact:Reported", "Officials"],
    ]);
  });
});

describe("party-profile: a party's memberships and obligations, actual and prospective", () => {
  it("A: member and prospective proposer; mutual defence with C (B has left); it owes C basing", async () => {
    expect(await on("party-profile", { party: "party:a" })).toEqual([
      ["member", "actual", "agreement:acc", "pact:InForce", "pact:FoundingMember", "", "membership:a-in-acc"],
      ["mutual obligation", "actual", "agreement:acc", "pact:InForce", "pact:Defence", "party:c", "clause:acc-defence"],
      ["owes", "actual", "agreement:acc", "pact:InForce", "pact:Basing", "party:c", "clause:acc-basing"],
      ["prospective member", "prospective", "agreement:plan", "pact:Proposed", "pact:Proposer", "", "membership:a-in-plan"],
    ]);
  });
  it("C is owed basing; B's obligations ended with its membership", async () => {
    expect((await on("party-profile", { party: "party:c" })).filter((r) => r[0] === "owed")).toEqual([
      ["owed", "actual", "agreement:acc", "pact:InForce", "pact:Basing", "party:a", "clause:acc-basing"],
    ]);
    expect(await on("party-profile", { party: "party:b" })).toEqual([
      ["membership ended", "ended", "agreement:acc", "pact:InForce", "pact:FoundingMember", "", "membership:b-in-acc"],
      ["mutual obligation", "ended", "agreement:acc", "pact:InForce", "pact:Defence", "party:a", "clause:acc-defence"],
      ["mutual obligation", "ended", "agreement:acc", "pact:InForce", "pact:Defence", "party:c", "clause:acc-defence"],
      ["prospective member", "prospective", "agreement:plan", "pact:Proposed", "pact:ProspectiveFoundingMember", "", "membership:b-in-plan"],
    ]);
  });
});

describe("agreement-dossier: everything recorded about one agreement", () => {
  it("the agreement's facts, the claims about it with their quotes, and their sources", async () => {
    expect(await on("agreement-dossier", { agreement: "agreement:bare" })).toEqual([
      // Within a section, properties in IRI order (rdf:, rdfs:, then pact:; oa:, prov:, then pact:).
      ["agreement", "agreement:bare", "rdf:type", "pact:Alliance"],
      ["agreement", "agreement:bare", "rdfs:label", "Bare alliance"],
      ["agreement", "agreement:bare", "pact:agreementStatus", "pact:Concluded"],
      ["claim", "claim:c9", "oa:exact", "An alliance was concluded."],
      ["claim", "claim:c9", "prov:hadPrimarySource", "source:doc1"],
      ["claim", "claim:c9", "prov:wasAttributedTo", "agent:author1"],
      ["claim", "claim:c9", "pact:epistemicStatus", "pact:Confirmed"],
      ["source", "source:doc1", "dcterms:title", "Report one"],
      ["source", "source:doc1", "pact:sourceKind", "pact:NewsArticle"],
    ]);
  });
  it("for a treaty: its members, clauses and events in their sections, every claim once", async () => {
    const found = await on("agreement-dossier", { agreement: "agreement:acc" });
    const sections = [...new Set(found.map((r) => r[0]))];
    expect(sections).toEqual(["agreement", "membership", "clause", "event", "claim", "source"]);
    expect(found).toContainEqual(["membership", "membership:b-in-acc", "pact:endReason", "pact:Withdrew"]);
    expect(found).toContainEqual(["clause", "clause:acc-basing", "pact:beneficiary", "party:c"]);
    expect(found).toContainEqual(["event", "event:acc-summit", "pact:date", "--06"]);
    expect(found.filter((r) => r[0] === "claim" && r[2] === "oa:exact").map((r) => r[1])).toEqual(["claim:c1", "claim:c10", "claim:c11", "claim:c2", "claim:c3"]);
    expect(found.filter((r) => r[0] === "source" && r[2] === "dcterms:title").map((r) => r[3])).toEqual(["Report one", "Report two"]);
  });
});
