/**
 * The committed data/links/wikidata.ttl: only verified IDs, linked by override; everything else
 * needs review; reproducible from the overrides; readable by other parsers; valid by the shapes.
 */
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { curieOf, linkEntities, NOT_SEARCHED_NOTE, qidOf, readLinksFile, renderLinksFile } from "../../src/link/index.js";
import { validateShacl } from "../../src/validate/index.js";
import { parseTurtleFile, ROOT, SEED_TTL } from "../helpers/project.js";
import { COMMITTED_LINKS, COMMITTED_OVERRIDES } from "./helpers/temp-project.js";
import { SEED_VERIFIED_LINKS, VERIFIED_IDS } from "./helpers/verified.js";

const EXACT_MATCH = "http://www.w3.org/2004/02/skos/core#exactMatch";

describe("the committed links file", () => {
  const quads = parseTurtleFile(COMMITTED_LINKS);

  it("mentions no Wikidata ID outside the verified list", () => {
    const ids = quads.flatMap((q) => [q.subject.value, q.object.value]).map(qidOf).filter((q) => q !== undefined);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(VERIFIED_IDS.has(id), id).toBe(true);
  });

  it("links the 17 seed entities with a verified ID, by override, with the skos:exactMatch queries follow", async () => {
    const links = quads.filter((q) => q.predicate.value === EXACT_MATCH).map((q) => [curieOf(q.subject.value), qidOf(q.object.value)]);
    expect(Object.fromEntries(links)).toEqual(SEED_VERIFIED_LINKS);
    const linked = (await readLinksFile(COMMITTED_LINKS)).filter((r) => r.status === "Linked");
    expect(linked).toHaveLength(17);
    for (const r of linked) {
      expect(r).toMatchObject({ method: "Override", decided: "2026-11-28", score: undefined, endpoint: undefined });
      expect(r.matchedLabel?.language).toBe("en");
    }
  });

  it("records the 16 others as needing review, not searched, with no candidates", async () => {
    const undecided = (await readLinksFile(COMMITTED_LINKS)).filter((r) => r.status !== "Linked");
    expect(undecided.map((r) => curieOf(r.entity))).toEqual([
      "agreement:egypt-arab-defence-force",
      "agreement:saudi-pakistan-pact",
      "agreement:turkey-anti-isis-coalition",
      "agreement:turkish-regional-security-framework",
      "organization:center-for-middle-eastern-studies",
      "organization:european-council-on-foreign-relations",
      "organization:seta-foundation",
      "party:gulf-nations",
      "party:iranian-proxy-networks",
      "party:medium-sized-regional-powers",
      "party:other-regional-actors",
      "person:cinzia-bianco",
      "person:kadir-temiz",
      "person:mohammed-bin-salman",
      "person:murat-yesiltas",
      "region:mena",
    ]);
    for (const r of undecided) expect(r).toMatchObject({ status: "NeedsReview", notes: [NOT_SEARCHED_NOTE], candidates: [] });
  });

  it("is exactly what `pactgraph link --offline` makes from the overrides, on any day", async () => {
    const report = await linkEntities({
      graphFiles: await builtGraphFiles(join(ROOT, "data")),
      linksFile: COMMITTED_LINKS,
      overridesFile: COMMITTED_OVERRIDES,
      languages: [],
      today: "2099-12-31",
      write: false,
    });
    expect(renderLinksFile(report.records)).toBe(readFileSync(COMMITTED_LINKS, "utf8"));
  });

  it("reads the same in rapper", () => {
    const { stderr, status } = spawnSync("rapper", ["-i", "turtle", "-c", COMMITTED_LINKS], { encoding: "utf8" });
    expect(status).toBe(0);
    expect(stderr).toContain(`returned ${quads.length} triples`);
  });

  it("conforms, with the seed graph, to the generated SHACL shapes", async () => {
    const shapes = parseTurtleFile(join(ROOT, "ontology", "shapes.ttl"));
    const report = await validateShacl([...parseTurtleFile(SEED_TTL), ...quads], shapes);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });
});
