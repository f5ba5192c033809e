/**
 * The provenance questions on tests/fixtures/analyses/provenance.trig and the linking question on
 * links.ttl (see their comments): expected tables worked out by hand from each query's header.
 */
import { describe, expect, it } from "vitest";
import { fixture, rows } from "./analyses-fixtures.js";

const graph = fixture("provenance.trig");
const on = async (name: string, params: Record<string, string> = {}) => rows(name, await graph(), params);

describe("claims-by-source: claims per source, voice and epistemic status", () => {
  it("voices of every kind; a claim with two voices counted once, under the named person", async () => {
    const found = await on("claims-by-source");
    expect(found).toEqual([
      ["source:doc1", "person:x", "named person", "pact:AnalystAssessment", "1", "1"],
      ["source:doc1", "organization:ngo", "organisation", "pact:Confirmed", "1", "0"],
      ["source:doc1", "agent:author1", "the document's author", "pact:Confirmed", "1", "0"],
      ["source:doc1", "organization:tank", "think tank", "pact:Speculative", "1", "0"],
      ["source:doc1", "agent:officials", "unnamed sources", "pact:Speculative", "1", "0"],
      ["source:doc2", "party:igo", "intergovernmental organisation", "pact:Reported", "1", "0"],
      ["source:doc2", "party:militia", "non-state actor", "pact:Reported", "1", "0"],
      ["source:doc2", "agent:officials", "unnamed sources", "pact:Reported", "2", "0"],
      ["source:doc3", "party:group", "group of states", "pact:Confirmed", "1", "0"],
      ["source:doc3", "party:r", "state", "pact:Confirmed", "1", "0"],
      ["source:doc3", "agent:officials", "unnamed sources", "pact:Expected", "1", "0"],
    ]);
    expect(found.reduce((sum, r) => sum + Number(r[4]), 0)).toBe(12);
  });
});

describe("anonymous-only-claims: claims resting only on unnamed sources", () => {
  it("not the claim that also names a person", async () => {
    expect(await on("anonymous-only-claims")).toEqual([
      ["claim:k10", "agent:officials", "pact:Reported", "signed on 2 January 2020"],
      ["claim:k11", "agent:officials", "pact:Speculative", "the Sea may grow less steady"],
      ["claim:k12", "agent:officials", "pact:Expected", "the pact is expected to be ratified"],
      ["claim:k3", "agent:officials", "pact:Reported", "officials said the pact was concluded"],
    ]);
  });
});

describe("sources-per-node: corroboration by independent sources", () => {
  it("two reports of one outlet are one independent source", async () => {
    expect(await on("sources-per-node")).toEqual([
      ["agreement:p1", "pact:MutualDefencePact", "3", "2", "4", "3"],
      ["membership:r-in-p1", "pact:Membership", "2", "2", "2", "2"],
      ["clause:p1-nuclear", "pact:Clause", "2", "1", "2", "2"],
      ["event:e1", "pact:Signing", "2", "1", "2", "2"],
      ["assessment:a1", "pact:Assessment", "1", "1", "2", "2"],
      ["capability:cap1", "pact:Capability", "1", "1", "1", "1"],
      ["clause:p1-defence", "pact:Clause", "1", "1", "2", "3"],
      ["role:x-analyst", "pact:RoleAssignment", "1", "1", "1", "2"],
    ]);
    expect((await on("sources-per-node", { min_sources: "2" })).map((r) => r[0])).toEqual(["agreement:p1", "membership:r-in-p1", "clause:p1-nuclear", "event:e1"]);
  });
});

describe("disputed-nodes: nodes whose claims disagree", () => {
  it("an explicit contradiction and two incompatible dates; a day within its month is no dispute", async () => {
    expect(await on("disputed-nodes")).toEqual([
      ["assessment:a1", "pact:Assessment", "contradiction", "", "claim:k11", "", "claim:k2", ""],
      ["membership:r-in-p1", "pact:Membership", "different values", "pact:dateAcceded", "claim:k7", "2021-05-01", "claim:k8", "2021-06"],
    ]);
  });
  it("with include_firmness, nodes whose claims differ in epistemic status, firmest and weakest", async () => {
    const firmness = (await on("disputed-nodes", { include_firmness: "true" })).filter((r) => r[2] === "different epistemic statuses");
    expect(firmness.map((r) => [r[0], r[5], r[7]])).toEqual([
      ["agreement:p1", "pact:Confirmed", "pact:Expected"],
      ["assessment:a1", "pact:AnalystAssessment", "pact:Speculative"],
      ["clause:p1-defence", "pact:Confirmed", "pact:AnalystAssessment"],
      ["clause:p1-nuclear", "pact:Reported", "pact:Speculative"],
      ["event:e1", "pact:Confirmed", "pact:Reported"],
      ["membership:r-in-p1", "pact:Confirmed", "pact:Reported"],
    ]);
  });
});

describe("theatres: regions an agreement covers, through what, on how many claims and sources", () => {
  it("evidence counts independent claims, not the nodes that carry the region", async () => {
    expect(await on("theatres")).toEqual([
      ["agreement:p1", "region:coast", "clause", "2", "1"],
      ["agreement:p1", "region:sea", "agreement, assessment, clause", "6", "3"],
    ]);
  });
});

describe("nuclear-access: hedged and unhedged claims kept apart", () => {
  it("a reported claim without hedges is unhedged", async () => {
    expect(await on("nuclear-access")).toEqual([
      ["party:r", "party:s", "agreement:p1", "clause:p1-nuclear", "hedged", "pact:Speculative", "could", "R could extend its umbrella to S"],
      ["party:r", "party:s", "agreement:p1", "clause:p1-nuclear", "unhedged", "pact:Reported", "", "the pact extends R's umbrella to S"],
    ]);
  });
});

describe("capabilities, analyst statements and unsourced statements", () => {
  it("capabilities: R's arsenal, hedged", async () => {
    expect(await on("capabilities")).toEqual([["party:r", "capability:cap1", "pact:NuclearCapability", "agreement:p1", "pact:Speculative", "could"]]);
  });
  it("analyst-statements: the analyst's claim, though it has a second voice", async () => {
    expect(await on("analyst-statements")).toEqual([["Xavier Ōno", "Tank Institute", "say", "pact:AnalystAssessment", "likely", "the pact will likely steady the Sea"]]);
  });
  it("unsourced-statements: a withdrawal no claim supports", async () => {
    expect(await on("unsourced-statements")).toEqual([["event:e2", "pact:Withdrawal", "no claim supports it"]]);
  });
});

describe("unlinked-entities: entities still without a Wikidata decision or link", () => {
  it("leaves out the linked and those decided to have no Wikidata item", async () => {
    expect(await rows("unlinked-entities", await fixture("links.ttl")())).toEqual([
      ["person:l6", "pact:Person", "L6", "pact:NeedsReview"],
      ["region:l4", "pact:Region", "L4", ""],
      ["party:l3", "pact:State", "L3", "pact:NeedsReview"],
    ]);
  });
});
