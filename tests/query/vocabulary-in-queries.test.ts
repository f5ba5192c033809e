/**
 * The built graph does not carry the concept schemes, so the saved queries spell out which
 * agreement statuses bind (pact:isBinding) and how firm each epistemic status is (pact:firmness).
 * Those lists must stay what the schema says.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { conceptSchemes } from "../../src/schema/concepts.js";
import { QUERIES } from "./analyses-fixtures.js";

const texts = readdirSync(QUERIES).filter((f) => f.endsWith(".rq")).map((f) => [f, readFileSync(join(QUERIES, f), "utf8")] as const);

describe("the vocabulary the saved queries spell out", () => {
  it("binding statuses: every list of them is the schema's", () => {
    const binding = Object.entries(conceptSchemes.AgreementStatusScheme.concepts).filter(([, c]) => "binding" in c && c.binding).map(([k]) => `pact:${k}`);
    const lists = texts.flatMap(([, t]) => [...t.matchAll(/IN ?\((pact:Concluded[^)]*)\)/g)].map((m) => m[1]!.split(/,\s*/)));
    expect(lists.length).toBeGreaterThan(5);
    for (const list of lists) expect(list.slice(0, 3)).toEqual(binding);
  });

  it("firmness: every status-to-number mapping is the schema's", () => {
    const firmness = Object.fromEntries(Object.entries(conceptSchemes.EpistemicStatusScheme.concepts).map(([k, c]) => [k, c.firmness]));
    const pairs = texts.flatMap(([, t]) => [...t.matchAll(/= pact:(Confirmed|Reported|Expected|AnalystAssessment|Speculative), (\d)/g)].map((m) => [m[1]!, Number(m[2])] as const));
    expect(pairs.length).toBeGreaterThan(20);
    for (const [status, value] of pairs) expect([status, value]).toEqual([status, firmness[status]]);
  });
});
