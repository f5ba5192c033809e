/**
 * The obligation questions on tests/fixtures/analyses/obligations.ttl (see its comments), and the
 * flagship's done-when cases on the seed: expected tables worked out by hand from each header.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import { fixture, rows } from "./analyses-fixtures.js";

const graph = fixture("obligations.ttl");
const seed = fixture(join(ROOT, "data", "corpus.trig"), join(ROOT, "data", "links", "wikidata.ttl"));
const on = async (name: string, params: Record<string, string> = {}) => rows(name, await graph(), params);
const TODAY_2026 = { as_of: "2026-01-01" };

describe("defence-entanglement: who a conflict involving a state could draw in", () => {
  it("actual: binding agreements in force, memberships in effect; the firmer of two chains to L", async () => {
    expect(await on("defence-entanglement", { state: "party:p", ...TODAY_2026 })).toEqual([
      ["party:l", "1", "2", "agreement:pl2", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:s", "1", "1", "agreement:sp", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:w", "1", "1", "agreement:pw", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
    ]);
  });

  it("what_if: T's bid counts at the first hop, T's own alliance at the second, the envisaged framework at the third", async () => {
    const located = "hop 2: LocationCondition in north-atlantic";
    expect(await on("defence-entanglement", { state: "party:p", ...TODAY_2026, scenario: "what_if" })).toEqual([
      ["party:l", "1", "2", "agreement:pl2", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:r", "1", "1", "agreement:future", "", "", "", "", "hypothetical", "no", "", "pact:Confirmed"],
      ["party:s", "1", "1", "agreement:sp", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:t", "1", "1", "agreement:sp", "", "", "", "", "hypothetical", "no", "", "pact:Reported"],
      ["party:w", "1", "1", "agreement:pw", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:g", "2", "1", "agreement:sp", "party:t", "agreement:tu", "", "", "hypothetical", "yes", located, "pact:Reported"],
      ["party:u", "2", "1", "agreement:sp", "party:t", "agreement:tu", "", "", "hypothetical", "yes", located, "pact:Reported"],
      ["party:m", "3", "1", "agreement:sp", "party:t", "agreement:tu", "party:g", "agreement:frame", "hypothetical", "yes", located, "pact:Speculative"],
    ]);
  });

  it("at an earlier date: the lapsed pact still in force, K not yet gone, the later pacts not yet there", async () => {
    const adversary = "hop 1: AdversaryCondition against w";
    expect(await on("defence-entanglement", { state: "party:p", as_of: "2005-01-01" })).toEqual([
      ["party:j", "1", "1", "agreement:old", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:k", "1", "1", "agreement:ek", "", "", "", "", "actual", "yes", adversary, "pact:AnalystAssessment"],
      ["party:l", "1", "1", "agreement:ek", "", "", "", "", "actual", "yes", adversary, "pact:AnalystAssessment"],
    ]);
  });

  it("a one-way guarantee draws the guarantor into its protégé's conflict, never the reverse", async () => {
    const located = "hop 2: LocationCondition in north-atlantic";
    expect(await on("defence-entanglement", { state: "party:h", ...TODAY_2026 })).toEqual([
      ["party:u", "1", "1", "agreement:guarantee", "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:g", "2", "1", "agreement:guarantee", "party:u", "agreement:tu", "", "", "actual", "yes", located, "pact:Confirmed"],
      ["party:t", "2", "1", "agreement:guarantee", "party:u", "agreement:tu", "", "", "actual", "yes", located, "pact:Confirmed"],
    ]);
    expect((await on("defence-entanglement", { state: "party:u", ...TODAY_2026 })).map((r) => r[0])).toEqual(["party:g", "party:t"]);
  });

  it("max_hops bounds the chains", async () => {
    const oneHop = await on("defence-entanglement", { state: "party:p", ...TODAY_2026, scenario: "what_if", max_hops: "1" });
    expect(oneHop.map((r) => r[0])).toEqual(["party:l", "party:r", "party:s", "party:t", "party:w"]);
  });

  it("on the seed: from Pakistan, Saudi Arabia actually, Turkey only if it joins; from Turkey, nothing actually", async () => {
    const source = await seed();
    const pact = "agreement:saudi-pakistan-pact";
    expect(await rows("defence-entanglement", source, { state: "party:pakistan", scenario: "what_if" })).toEqual([
      ["party:saudi-arabia", "1", "1", pact, "", "", "", "", "actual", "no", "", "pact:Confirmed"],
      ["party:turkey", "1", "1", pact, "", "", "", "", "hypothetical", "no", "", "pact:Reported"],
    ]);
    expect((await rows("defence-entanglement", source, { state: "party:pakistan" })).map((r) => r[0])).toEqual(["party:saudi-arabia"]);
    expect(await rows("defence-entanglement", source)).toEqual([]);
    expect((await rows("defence-entanglement", source, { scenario: "what_if" })).map((r) => [r[0], r[8]])).toEqual([
      ["party:pakistan", "hypothetical"],
      ["party:saudi-arabia", "hypothetical"],
    ]);
  });
});

describe("defence-entanglement-summary: the distinct states drawn in per scenario", () => {
  it("counts states, unconditional ones, conditional-only and hypothetical-only ones", async () => {
    expect(await on("defence-entanglement-summary", { state: "party:p", ...TODAY_2026 })).toEqual([
      ["actual", "3", "3", "0", "0"],
      ["what_if", "8", "5", "3", "5"],
    ]);
  });
});

describe("protectors: who is obliged to defend a party", () => {
  it("every protector clause by clause, mutual or one-way, actual or hypothetical, with its conditions", async () => {
    expect(await on("protectors", { party: "party:p", ...TODAY_2026, scenario: "what_if" })).toEqual([
      ["party:l", "agreement:ek", "clause:ek-defence", "mutual", "actual", "yes", "AdversaryCondition against w", "pact:AnalystAssessment"],
      ["party:l", "agreement:pl2", "clause:pl2-defence", "mutual", "actual", "no", "", "pact:Confirmed"],
      ["party:r", "agreement:future", "clause:future-defence", "mutual", "hypothetical", "no", "", "pact:Confirmed"],
      ["party:s", "agreement:sp", "clause:sp-defence", "mutual", "actual", "no", "", "pact:Confirmed"],
      ["party:t", "agreement:sp", "clause:sp-defence", "mutual", "hypothetical", "no", "", "pact:Reported"],
      ["party:w", "agreement:pw", "clause:pw-defence", "mutual", "actual", "no", "", "pact:Confirmed"],
    ]);
    expect(await on("protectors", { party: "party:h", ...TODAY_2026 })).toEqual([
      ["party:u", "agreement:guarantee", "clause:guarantee-defence", "one-way", "actual", "no", "", "pact:Confirmed"],
    ]);
  });
});

describe("one-way-obligations: guarantees, basing, military aid and nuclear umbrellas, obliged party to beneficiary", () => {
  it("every asymmetric clause, provision by provision", async () => {
    expect(await on("one-way-obligations")).toEqual([
      ["party:u", "party:g", "pact:NuclearDeterrence", "agreement:umbrella", "pact:Concluded", "clause:umbrella-nuclear", "no", "pact:Speculative"],
      ["party:u", "party:h", "pact:Defence", "agreement:guarantee", "pact:InForce", "clause:guarantee-defence", "no", "pact:Confirmed"],
      ["party:u", "party:h", "pact:MilitaryAid", "agreement:aid", "pact:InForce", "clause:aid-military-aid", "no", "pact:Confirmed"],
    ]);
  });
});

describe("conflicting-commitments: bound to defend A and to spare A's adversary, or to defend both sides", () => {
  it("L defends P against W but promised W non-aggression and neutrality; P defends L against W, and W", async () => {
    expect(await on("conflicting-commitments", TODAY_2026)).toEqual([
      ["party:l", "party:p", "party:w", "neutrality towards the adversary", "clause:ek-defence", "clause:nonagg-neutrality"],
      ["party:l", "party:p", "party:w", "non-aggression with the adversary", "clause:ek-defence", "clause:nonagg-nonaggression"],
      ["party:p", "party:l", "party:w", "defends both sides", "clause:ek-defence", "clause:pw-defence"],
    ]);
  });
  it("in 2005 K was still in the pact against W, and the pact of P and W not yet in force", async () => {
    expect((await on("conflicting-commitments", { as_of: "2005-01-01" })).map((r) => r.slice(0, 4))).toEqual([
      ["party:k", "party:l", "party:w", "non-aggression with the adversary"],
      ["party:k", "party:p", "party:w", "non-aggression with the adversary"],
      ["party:l", "party:k", "party:w", "neutrality towards the adversary"],
      ["party:l", "party:k", "party:w", "non-aggression with the adversary"],
      ["party:l", "party:p", "party:w", "neutrality towards the adversary"],
      ["party:l", "party:p", "party:w", "non-aggression with the adversary"],
    ]);
  });
});
