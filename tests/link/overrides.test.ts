import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import { curieOf, findLinkableEntities, parseOverrides, readOverrides } from "../../src/link/index.js";
import { parseTurtleFile, SEED_TTL } from "../helpers/project.js";
import { COMMITTED_OVERRIDES } from "./helpers/temp-project.js";
import { SEED_VERIFIED_LINKS, VERIFIED_ITEMS } from "./helpers/verified.js";

function thrown(fn: () => unknown): { code: string; exitCode: number; message: string } {
  try {
    fn();
  } catch (error) {
    if (isPactgraphError(error)) return { code: error.code, exitCode: error.exitCode, message: error.message };
    throw error;
  }
  throw new Error("expected an error");
}

describe("the committed overrides (data/links/overrides.json)", () => {
  it("link exactly the seed entities that have a verified ID, each to that ID", async () => {
    const overrides = await readOverrides(COMMITTED_OVERRIDES);
    expect(Object.fromEntries(overrides.map((o) => [o.key, o.wikidata]))).toEqual(SEED_VERIFIED_LINKS);
  });

  it("name each item as it was verified, and record one decision date and how it was verified", async () => {
    const verified: Readonly<Record<string, string>> = VERIFIED_ITEMS;
    for (const o of await readOverrides(COMMITTED_OVERRIDES)) {
      expect(verified[o.name ?? ""], o.key).toBe(o.wikidata);
      expect(o.decided).toBe("2026-11-28");
      expect(o.note).toMatch(/^Verified against public Wikidata data/);
    }
  });

  it("only name entities of the seed graph", async () => {
    const entities = new Set(findLinkableEntities(parseTurtleFile(SEED_TTL)).map((e) => e.iri));
    for (const o of await readOverrides(COMMITTED_OVERRIDES)) expect(entities.has(o.entity), curieOf(o.entity)).toBe(true);
  });

  it("leave the people, institutions and agreements without a verified ID undecided", () => {
    const text = readFileSync(COMMITTED_OVERRIDES, "utf8");
    for (const key of ["person:mohammed-bin-salman", "person:cinzia-bianco", "organization:seta-foundation", "agreement:saudi-pakistan-pact"]) {
      expect(text).not.toContain(`"${key}"`);
    }
  });
});

describe("reading an overrides file", () => {
  const file = "overrides.json";

  it("accepts an item ID or \"none\", with per-entry dates and notes", () => {
    const parsed = parseOverrides(
      JSON.stringify({
        decided: "2026-01-02",
        links: { "region:example": { wikidata: "none", note: "a made-up region" }, "party:example": { wikidata: "Q9000000800", decided: "2026-03-04" } },
      }),
      file,
    );
    expect(parsed).toEqual([
      { entity: "https://w3id.org/pactgraph/id/party/example", key: "party:example", wikidata: "Q9000000800", name: undefined, note: undefined, decided: "2026-03-04" },
      { entity: "https://w3id.org/pactgraph/id/region/example", key: "region:example", wikidata: "none", name: undefined, note: "a made-up region", decided: "2026-01-02" },
    ]);
  });

  it("reports malformed JSON with its line and column, exit 1", () => {
    const error = thrown(() => parseOverrides('{\n  "links": {\n    "party:x": { "wikidata": "Q1", }\n  }\n}', file));
    expect(error.code).toBe("E_PARSE");
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/^overrides\.json:3:\d+: invalid JSON/);
  });

  it.each([
    ['{"links": {"party:x": {"wikidata": "43"}}, "decided": "2026-01-01"}', '"party:x": "wikidata" must be an item ID such as "Q43", or "none"'],
    ['{"links": {"party:x": {"wikidata": "Q1"}}}', '"party:x": no decision date'],
    ['{"decided": "2026-01-01", "links": {"Turkey": {"wikidata": "Q1"}}}', '"Turkey": not an entity IRI'],
    ['{"decided": "2026-01-01", "links": {"party:x": {"wikidata": "Q1", "label": "X"}}}', '"party:x": unknown key "label"'],
    ['{"decided": "1 Jan 2026", "links": {}}', '"decided" must be a date'],
    ['{"decided": "2026-01-01", "link": {}}', 'unknown key "link"'],
  ])("rejects %s", (text, message) => {
    const error = thrown(() => parseOverrides(text, file));
    expect(error.code).toBe("E_CONFIG");
    expect(error.message).toContain(message);
  });
});
