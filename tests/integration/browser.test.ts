/**
 * The site, the diagrams and the query page in a real browser (Debian's Chromium through
 * playwright-core): every page of the seed's and the fixture corpus's static sites loads from
 * file:// with no console error, no failed request and no request off the site; each mark of a
 * source page holds exactly its claim's quote; the network diagram names every party of the
 * seed; pages reflow to a narrow window and start with a working skip link; serve's query page
 * runs a saved query against /sparql with YASGUI and shows its rows. Screenshots for people to
 * look at go to .tmp/screenshots/.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QueryRunner } from "../../src/diagram/index.js";
import { findSavedQuery, prepareQuery, prepareSavedQuery } from "../../src/query/index.js";
import { PACKAGE_QUERIES } from "../../src/project/index.js";
import { ROOT, runCliProcess } from "../helpers/project.js";
import { FIXTURE_CORPUS, fixtureCorpusTrig, seedRunner } from "../diagram/helpers.js";
import { launchBrowser, type Browser } from "../site/browser.js";
import { startServe, type ServeProcess } from "../serve/serve-process.js";

const SCREENSHOTS = join(ROOT, ".tmp", "screenshots");
const work = mkdtempSync(join(tmpdir(), "pactgraph-browser-"));
const seedSite = join(work, "seed-site");
const fixtureSite = join(work, "fixture-site");
let browser: Browser;
let serve: ServeProcess;
let seed: QueryRunner;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const shot of ["source-page.png", "seed-network.png", "query-page.png"]) rmSync(join(SCREENSHOTS, shot), { force: true });
  const trig = join(work, "fixture-corpus.trig");
  writeFileSync(trig, await fixtureCorpusTrig());
  const [seedRun, fixtureRun] = await Promise.all([
    runCliProcess(["site", "-o", seedSite]),
    runCliProcess(["site", "--data", trig, "-o", fixtureSite], { cwd: FIXTURE_CORPUS }),
  ]);
  expect(seedRun.stderr + fixtureRun.stderr).toBe("");
  [browser, serve, seed] = await Promise.all([launchBrowser(), startServe([]), seedRunner()]);
});

afterAll(async () => {
  serve?.kill();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).sort();
}

const fileUrl = (dir: string, path: string) => pathToFileURL(join(dir, path)).href;

async function rows(runner: QueryRunner, sparql: string): Promise<Map<string, string>[]> {
  const result = await runner(prepareQuery(sparql, { file: "browser-test.rq" }));
  if (result.kind !== "bindings") throw new Error("not a SELECT");
  return result.rows.map((row) => new Map([...row].map(([k, v]) => [k, v.value])));
}

describe.each([
  ["the seed", () => seedSite],
  ["the fixture corpus", () => fixtureSite],
])("every page of %s's static site", (_name, dir) => {
  it("loads offline with no console error, no failed request and its images drawn", async () => {
    const pages = htmlFiles(dir());
    expect(pages.length).toBeGreaterThan(40);
    const watched = await browser.open();
    for (const path of pages) {
      watched.problems.length = 0;
      watched.requests.length = 0;
      await watched.page.goto(fileUrl(dir(), path), { waitUntil: "load" });
      const images = await watched.page.evaluate<{ alt: string; drawn: boolean }[]>("[...document.images].map((img) => ({ alt: img.alt, drawn: img.complete && img.naturalWidth > 0 }))");
      expect(images.every((img) => img.alt.length > 20 && img.drawn), path).toBe(true);
      expect(watched.problems, path).toEqual([]);
      expect(watched.requests.filter((url) => !url.startsWith(pathToFileURL(dir()).href) && url !== "data:,"), path).toEqual([]);
    }
    await watched.page.close();
  }, 600_000);
});

describe("a source page", () => {
  it("marks each quote with exactly its claim's text", async () => {
    const quotes = await rows(
      seed,
      "PREFIX pact: <https://w3id.org/pactgraph/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?claim ?exact WHERE { ?claim pact:evidence/oa:hasSelector/oa:exact ?exact }",
    );
    const expected = Object.fromEntries(quotes.map((r) => [`q-${r.get("claim")!.replace(/^.*\//, "")}`, r.get("exact")!]));
    const { page, problems } = await browser.open();
    await page.goto(fileUrl(seedSite, "source/turkey-security-alliances.html"));
    // The text of each span: its marks' textContent (a span crossing another is marked in parts), in order.
    const marked = await page.evaluate<Record<string, string>>(
      "[...document.querySelectorAll('mark[data-span]')].reduce((texts, mark) => ({ ...texts, [mark.dataset.span]: (texts[mark.dataset.span] ?? '') + mark.textContent }), {})",
    );
    expect(marked).toEqual(expected);
    const status = await page.locator("#q-saudi-pakistan-pact-nuclear-access").getAttribute("class");
    expect(status).toBe("quote status-Speculative");
    await page.locator("#q-saudi-pakistan-pact-nuclear-access").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "source-page.png") });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the network diagram", () => {
  it("names every party of the seed", async () => {
    const parties = await rows(
      seed,
      "PREFIX pact: <https://w3id.org/pactgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?party ?label WHERE { ?party a ?class ; rdfs:label ?label . FILTER(?class IN (pact:State, pact:GroupOfStates, pact:NonStateActor, pact:InternationalOrganization, pact:IntergovernmentalOrganization)) }",
    );
    expect(parties.length).toBe(18);
    const { page, problems } = await browser.open({ width: 2900, height: 1700 });
    await page.goto(fileUrl(seedSite, "diagrams/network.svg"));
    // Each node's title (its id, party:…) and its label, whose lines Graphviz writes as separate text elements.
    const drawn = await page.evaluate<Record<string, string>>(
      "Object.fromEntries([...document.querySelectorAll('g.node')].map((n) => [n.querySelector('title')?.textContent ?? '', [...n.querySelectorAll('text')].map((t) => t.textContent).join(' ')]))",
    );
    for (const party of parties) expect(drawn[`party:${party.get("party")!.replace(/^.*\//, "")}`]).toBe(party.get("label"));
    await page.screenshot({ path: join(SCREENSHOTS, "seed-network.png") });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("reading and moving around", () => {
  it.each(["source/turkey-security-alliances.html", "agreement/saudi-pakistan-pact.html", "ontology.html", "queries/timeline.html"])("%s reflows to a 360-pixel window", async (path) => {
    const { page } = await browser.open({ width: 360, height: 740 });
    await page.goto(fileUrl(seedSite, path));
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("starts with a skip link that moves focus to the content", async () => {
    const { page } = await browser.open();
    await page.goto(fileUrl(seedSite, "party/turkey.html"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.textContent")).toBe("Skip to the content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("main");
    expect(await page.locator("h1").count()).toBe(1);
    await page.close();
  });
});

describe("serve's query page", () => {
  it("runs a saved query against /sparql with YASGUI and shows its rows", async () => {
    const saved = await findSavedQuery(PACKAGE_QUERIES, "defence-obligations");
    const expected = await seed(prepareSavedQuery(saved));
    if (expected.kind !== "bindings") throw new Error("not a SELECT");
    const base = serve.url.replace(/sparql$/, "");
    const { page, problems, requests } = await browser.open();
    await page.goto(`${base}query`);
    await page.locator(".tabsList .tab", { hasText: "defence-obligations" }).click();
    await page.locator(".yasqe_queryButton:visible").click();
    const shown = page.locator(".yasr:visible table tbody tr");
    await shown.first().waitFor({ timeout: 60_000 });
    expect(await shown.count()).toBe(expected.rows.length);
    expect(await shown.first().textContent()).toContain("https://w3id.org/pactgraph/id/party/");
    expect(requests.filter((url) => url === serve.url)).not.toHaveLength(0);
    expect(requests.every((url) => url.startsWith(base) || url === "data:,")).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "query-page.png") });
    for (const path of ["", "source/turkey-security-alliances.html", "diagrams/entanglement/turkey.svg"]) await page.goto(`${base}${path}`);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("wrote the three screenshots", () => {
    const shots = readdirSync(SCREENSHOTS).map((f) => relative(ROOT, join(SCREENSHOTS, f)));
    expect(shots).toEqual(expect.arrayContaining([".tmp/screenshots/source-page.png", ".tmp/screenshots/seed-network.png", ".tmp/screenshots/query-page.png"]));
  });
});
