import { describe, expect, it } from "vitest";
import { collectCandidates, decide, parseSparqlJson, SCORING_RULE, scoreCandidate, type ScoredCandidate } from "../../src/link/index.js";
import { entityOf } from "./helpers/graph.js";

// Fictional entities and fictional item IDs (Q9000000xxx): the rule, not real links, is under test.
const GRAPH = `
party:examplia a pact:State ; rdfs:label "Examplia"@en .
region:example-bay a pact:Region ; rdfs:label "Example Bay"@en ; skos:altLabel "The Bay"@en .
`;
const STATE = entityOf(GRAPH, "party:examplia");
const REGION = entityOf(GRAPH, "region:example-bay");

const WD = "http://www.wikidata.org/entity/";
interface Row {
  name: string;
  lang: string;
  via: "label" | "alias";
  classes?: string[];
  related?: string[];
}

/** Candidates as a real query response would carry them, through the real parser. */
function candidates(rows: Record<string, Row>) {
  const bindings = Object.entries(rows).flatMap(([item, r]) =>
    (r.classes?.length ? r.classes : [undefined]).flatMap((cls) =>
      (r.related?.length ? r.related : [undefined]).map((rel) => ({
        item: { type: "uri", value: WD + item },
        name: { type: "literal", value: r.name, "xml:lang": r.lang },
        via: { type: "literal", value: r.via },
        ...(cls ? { class: { type: "uri", value: WD + cls } } : {}),
        ...(rel ? { related: { type: "uri", value: WD + rel } } : {}),
      })),
    ),
  );
  const body = JSON.stringify({ head: { vars: ["item", "name", "via", "class", "related"] }, results: { bindings } });
  return collectCandidates(parseSparqlJson(body, "test"));
}

function scoreOne(entity: typeof STATE, row: Row): ScoredCandidate {
  const [candidate] = candidates({ Q9000000500: row });
  return scoreCandidate(entity, candidate!);
}

describe("the scoring rule", () => {
  const cases: { name: string; entity: typeof STATE; row: Row; expected: number }[] = [
    { name: "exact label, own language, fitting type", entity: STATE, row: { name: "Examplia", lang: "en", via: "label", classes: ["Q3624078"] }, expected: 90 },
    { name: "exact label in mul counts as the entity's own language", entity: STATE, row: { name: "Examplia", lang: "mul", via: "label", classes: ["Q6256"] }, expected: 90 },
    { name: "alias, own language, fitting type", entity: STATE, row: { name: "Examplia", lang: "en", via: "alias", classes: ["Q3624078"] }, expected: 75 },
    { name: "label in another language", entity: STATE, row: { name: "Examplia", lang: "de", via: "label", classes: ["Q3624078"] }, expected: 60 },
    { name: "alias in another language", entity: STATE, row: { name: "Examplia", lang: "de", via: "alias", classes: ["Q3624078"] }, expected: 55 },
    { name: "exact label, not an instance of the expected class", entity: STATE, row: { name: "Examplia", lang: "en", via: "label" }, expected: 60 },
    { name: "exact label, but a human where a state is expected", entity: STATE, row: { name: "Examplia", lang: "en", via: "label", classes: ["Q5"] }, expected: 20 },
    {
      name: "supporting evidence adds 10",
      entity: STATE,
      row: { name: "Examplia", lang: "en", via: "alias", classes: ["Q3624078"], related: ["Q9000000600"] },
      expected: 85,
    },
    { name: "exact label, type not checkable for a region", entity: REGION, row: { name: "Example Bay", lang: "en", via: "label" }, expected: 70 },
    { name: "matching only the entity's alternative label costs 5", entity: REGION, row: { name: "The Bay", lang: "en", via: "label" }, expected: 65 },
    { name: "an alias whose type cannot be checked stays below the threshold", entity: REGION, row: { name: "Example Bay", lang: "en", via: "alias" }, expected: 55 },
  ];
  it.each(cases)("$name: $expected", ({ entity, row, expected }) => {
    expect(scoreOne(entity, row).score).toBe(expected);
  });

  it("names the features the score rests on", () => {
    const scored = scoreOne(STATE, { name: "Examplia", lang: "de", via: "alias", classes: ["Q5"], related: ["Q9000000600"] });
    expect(scored.features).toEqual([
      "alias (de), another language",
      "ruled out: instance of wd:Q5",
      "tied to wd:Q9000000600 (P463/P710/P1891)",
    ]);
    expect(scored.conflict).toBe(true);
    expect(scored.matchedLabel).toEqual({ value: "Examplia", language: "de" });
  });

  it("takes the best of several matches of one item", () => {
    const [candidate] = candidates({ Q9000000500: { name: "Examplia", lang: "de", via: "alias", classes: ["Q3624078"] } });
    const both = { ...candidate!, matches: [...candidate!.matches, { value: "Examplia", language: "en", via: "label" as const }] };
    expect(scoreCandidate(STATE, both).score).toBe(90);
  });
});

describe("deciding", () => {
  const scored = (item: string, score: number, conflict = false): ScoredCandidate => ({
    item: item as `Q${number}`,
    score,
    conflict,
    features: [],
    matchedLabel: { value: "x", language: "en" },
  });

  it("accepts the best candidate above the threshold with a clear margin", () => {
    const decision = decide([scored("Q9000000502", 75), scored("Q9000000501", 90)]);
    expect(decision.status).toBe("Linked");
    expect(decision.status === "Linked" && decision.best.item).toBe("Q9000000501");
  });

  it.each([
    ["no candidates", [], "no candidates found"],
    ["a score below the threshold", [scored("Q9000000501", SCORING_RULE.threshold - 1)], "below the threshold 70"],
    ["a runner-up within the margin", [scored("Q9000000501", 90), scored("Q9000000502", 76)], "by less than 15"],
    ["two items with the same score", [scored("Q9000000502", 70), scored("Q9000000501", 70)], "wd:Q9000000501 (70) leads wd:Q9000000502 (70)"],
    ["a best candidate ruled out by its type", [scored("Q9000000501", 80, true)], "ruled out by its type"],
  ])("leaves %s for review", (_name, list, reason) => {
    const decision = decide(list);
    expect(decision.status).toBe("NeedsReview");
    expect(decision.status === "NeedsReview" && decision.reason).toContain(reason);
  });

  it("keeps the five best candidates, best first, ties by item number", () => {
    const list = [40, 55, 55, 30, 20, 60].map((s, i) => scored(`Q900000050${i}`, s));
    const kept = decide(list).candidates.map((c) => `${c.item}:${c.score}`);
    expect(kept).toEqual(["Q9000000505:60", "Q9000000501:55", "Q9000000502:55", "Q9000000500:40", "Q9000000503:30"]);
  });
});
