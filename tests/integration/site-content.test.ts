/**
 * The static site of the seed and of the fixture corpus, generated whole (every saved query run,
 * every page rendered, twice for determinism — heavy, so in the integration suite): a page per
 * node, every link resolving to a file of the site, every quote highlighted at its selectors,
 * badges, the ontology reference, the saved queries with their results, the same files every time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { classNames, propertyNames } from "../../src/schema/index.js";
import { PACKAGE_QUERIES } from "../../src/project/index.js";
import { listSavedQueries, type SavedQuery } from "../../src/query/index.js";
import { generateSite, type SiteFiles } from "../../src/site/index.js";
import { ROOT } from "../helpers/project.js";
import { FIXTURE_CORPUS, fixtureCorpusTrig, runnerOverText, seedRunner } from "../diagram/helpers.js";
import { marksOf } from "../site/marks.js";

const readText = (root: string) => (file: string) => Promise.resolve(readFileSync(join(root, file), "utf8"));
let queries: SavedQuery[];
let seed: SiteFiles;
let fixture: SiteFiles;

beforeAll(async () => {
  queries = await listSavedQueries(PACKAGE_QUERIES);
  seed = await generateSite({ run: await seedRunner(), queries, readText: readText(ROOT) });
  fixture = await generateSite({ run: await runnerOverText("corpus.trig", await fixtureCorpusTrig()), queries, readText: readText(FIXTURE_CORPUS) });
}, 120_000);

const pages = (files: SiteFiles, folder: string) => [...files.keys()].filter((p) => p.startsWith(`${folder}/`) && p.endsWith(".html"));

describe("the seed's site", () => {
  it("has a page per agreement, party, person, source and claim, and the rest", () => {
    expect(pages(seed, "agreement")).toHaveLength(4);
    expect(pages(seed, "party")).toHaveLength(18);
    expect(pages(seed, "person")).toHaveLength(5);
    expect(pages(seed, "source")).toEqual(["source/turkey-security-alliances.html"]);
    expect(pages(seed, "claim")).toHaveLength(31);
    for (const path of ["index.html", "ontology.html", "queries/index.html", "assets/site.css", "diagrams/network.svg", "diagrams/timeline.svg", "diagrams/entanglement/turkey.svg"]) expect(seed.has(path)).toBe(true);
    expect(queries.every((q) => seed.has(`queries/${q.name}.html`))).toBe(true);
  });

  it("links only to files of the site (or out, to Wikidata and the licence), never to a network resource it needs", () => {
    for (const [path, content] of seed) {
      if (!path.endsWith(".html") && !path.endsWith(".svg")) continue;
      for (const [, link] of content.matchAll(/(?:href|src)="([^"]*)"/g)) {
        if (/^(https?:|data:)/.test(link!)) {
          expect(link).toMatch(/^(https?:\/\/(www\.wikidata\.org|creativecommons\.org)\/|data:,$)/);
          continue;
        }
        const [file, anchor] = link!.split("#");
        const target = file === "" ? path : join(path, "..", file!).replace(/^\.\//, "");
        expect(seed.has(target), `${path} links to ${link}`).toBe(true);
        if (anchor && target.endsWith(".html")) expect(seed.get(target), `${path} links to #${anchor} of ${target}`).toContain(`id="${anchor}"`);
      }
      expect(content).not.toMatch(/<script|<link[^>]+https?:/);
    }
  });

  it("marks every quote of the source text at its selectors, each linked to its claim with badges", () => {
    const source = seed.get("source/turkey-security-alliances.html")!;
    const text = readFileSync(join(ROOT, "data", "sources", "turkey-security-alliances.txt"), "utf8");
    const marks = marksOf(source);
    expect(marks.size).toBe(31);
    const claim = seed.get("claim/saudi-pakistan-pact-nuclear-access.html")!;
    expect(marks.get("q-saudi-pakistan-pact-nuclear-access")).toBe("including potential access to Pakistan’s nuclear capabilities");
    for (const [, quote] of marks) expect(text).toContain(quote);
    expect(source).toMatch(/<a class="ref" href="\.\.\/claim\/saudi-pakistan-pact-nuclear-access\.html" data-n="\d+" aria-label="\d+: claim: [^"]+\(speculative or hedged\)"><\/a>/);
    expect(claim).toContain('<span class="badge status-Speculative">speculative or hedged</span><span class="badge hedge" title="hedge">“potential”</span>');
    expect(claim).toContain('href="../source/turkey-security-alliances.html#q-saudi-pakistan-pact-nuclear-access"');
  });

  it("shows a node's effective status and the claims it rests on", () => {
    const clause = seed.get("clause/saudi-pakistan-pact-nuclear-access.html")!;
    expect(clause).toContain("firmest support: speculative or hedged");
    expect(clause).toMatch(/Supported by 1 claim/);
  });

  it("documents every class, property and concept scheme of the schema, with ATOP notations", () => {
    const ontology = seed.get("ontology.html")!;
    for (const name of classNames) expect(ontology).toContain(`id="${name}"`);
    expect(propertyNames.length).toBeGreaterThan(80);
    expect(ontology).toContain("<code>DEFENSE</code>");
    expect(ontology).toContain("SHACL shape <span class=\"iri\">pact:StateShape</span>");
  });

  it("shows each saved query's result on the graph", () => {
    expect(seed.get("queries/defence-obligations.html")).toContain("On this graph: 2 rows");
    expect(seed.get("queries/obliged-to-defend.html")).toContain("On this graph: answer: true");
    expect(seed.get("queries/index.html")).toContain("defence-network");
  });

  it("gives the same files every time", async () => {
    const again = await generateSite({ run: await seedRunner(), queries, readText: readText(ROOT) });
    expect([...again.keys()]).toEqual([...seed.keys()]);
    for (const [path, content] of again) expect(content === seed.get(path), path).toBe(true);
  });
});

describe("the fixture corpus's site", () => {
  it("highlights quotes in each of its three sources, and the treaty's clause texts", () => {
    for (const [source, file] of [["treaty-of-zenda", "treaty-of-zenda"], ["accession-report", "accession-report"], ["graustark-ministry-statement", "ministry-statement"]]) {
      const text = readFileSync(join(FIXTURE_CORPUS, "data", "sources", `${file}.txt`), "utf8");
      const marks = marksOf(fixture.get(`source/${source}.html`)!);
      expect(marks.size).toBeGreaterThan(0);
      for (const [, quote] of marks) expect(text).toContain(quote);
    }
    const treaty = marksOf(fixture.get("source/treaty-of-zenda.html")!);
    expect(treaty.get("c-treaty-of-zenda-article-3")).toContain("in the Northern March shall be considered an attack against them all");
  });

  it("shows the disputed accession and the location condition", () => {
    expect(fixture.get("membership/graustark-in-treaty-of-zenda.html")).toContain('<span class="badge disputed">disputed</span>');
    expect(fixture.get("agreement/treaty-of-zenda.html")).toContain("only with location condition");
  });
});
