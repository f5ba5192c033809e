/**
 * Wikidata beyond IDs, end to end on loopback: `pactgraph enrich` and the federated saved queries
 * against a Wikidata-shaped fixture endpoint (Comunica's HTTP endpoint over tests/fixtures/wikidata,
 * behind a proxy that counts requests and answers one of them 429 with a Retry-After). The fixture
 * statements are FIXTURE DATA (see statements.ttl), not Wikidata's.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { FEDERATION_ENTITIES_TTL, startFixtureEndpoint, STATEMENTS_TTL, type FixtureEndpoint } from "../link/helpers/endpoint.js";
import { COMMITTED_LINKS, createTempProject, type TempProject } from "../link/helpers/temp-project.js";

const QUERIES = ["wikidata-membership-check", "wikidata-label-check", "wikidata-uncovered-memberships"] as const;
let endpoint: FixtureEndpoint;
const projects: TempProject[] = [];

function project(extraData: readonly string[]): TempProject {
  const created = createTempProject({ overrides: "committed", extraData });
  copyFileSync(COMMITTED_LINKS, created.linksFile);
  projects.push(created);
  return created;
}

async function cli(p: TempProject, args: readonly string[]) {
  const before = endpoint.requests();
  const result = await runCli(args, { cwd: p.root, env: {} });
  return { ...result, requests: endpoint.requests() - before };
}

const enrichArgs = () => ["enrich", "--endpoint", endpoint.url, "--interval", "0"];
const rows = (tsv: string) => tsv.trim().split("\n").slice(1).map((line) => line.split("\t"));
const local = (iri: string) => iri.replace(/^<.*[/#]([^/#>]+)>$/, "$1").replace(/^"(.*)"(@\w+|\^\^.*)?$/, "$1");

beforeAll(async () => {
  endpoint = await startFixtureEndpoint([STATEMENTS_TTL], { rateLimit: { requests: [2], retryAfterSeconds: 1 } });
});
afterAll(async () => {
  await endpoint?.close();
  for (const p of projects) p.remove();
});

describe("pactgraph enrich against the fixture endpoint", () => {
  let p: TempProject;
  let first = "";
  const factsFile = () => join(p.root, "data", "links", "wikidata-facts.trig");

  it("fetches each linked item once, waiting out a 429 with its Retry-After, and reports the redirect", async () => {
    p = project([FEDERATION_ENTITIES_TTL]);
    const run = await cli(p, enrichArgs());
    expect(run.status, run.stderr).toBe(0);
    expect(endpoint.rateLimited()).toBe(1);
    expect(run.requests).toBe(21); // 20 linked items, and the one request the 429 made the client repeat
    expect(run.stdout).toContain("items 20: 20 added, 0 changed");
    expect(run.stdout).toContain("redirect wd:Q9000000302 (party:fixture-defence-secretariat) now redirects to wd:Q9000000301");
    first = readFileSync(factsFile(), "utf8");
    expect(first).toContain(`<https://w3id.org/pactgraph/graph/wikidata/Q43> dcterms:source <${endpoint.url}>;\n    schema:version 101;`);
    expect(first).toContain("prov:generatedAtTime");
    expect(first).toContain('"Türkiye"@tr');
  });

  it("keeps saved items without a request, and rebuilds the same bytes from the cache alone", async () => {
    const again = await cli(p, enrichArgs());
    expect([again.status, again.requests]).toEqual([0, 0]);
    expect(readFileSync(factsFile(), "utf8")).toBe(first);
    rmSync(factsFile());
    const cached = await cli(p, enrichArgs());
    expect([cached.status, cached.requests]).toEqual([0, 0]);
    expect(cached.stdout).toContain("requests 0 (cache hits 20)");
    expect(readFileSync(factsFile(), "utf8")).toBe(first);
  });

  it("--refresh fetches every item again and lists each changed fact, never replacing one silently", async () => {
    writeFileSync(factsFile(), first.replaceAll("2004-01-01T00:00:00Z", "2005-01-01T00:00:00Z"));
    const refreshed = await cli(p, [...enrichArgs(), "--refresh"]);
    expect(refreshed.status, refreshed.stderr).toBe(0);
    expect(refreshed.requests).toBe(20);
    expect(refreshed.stdout).toContain("changed wd:Q843 (party:pakistan): 2 fact(s) removed, 2 added");
    expect(refreshed.stdout).toContain('  - wds:Q843-fixture-fdo pq:P580 "2005-01-01T00:00:00Z"^^xsd:dateTime');
    expect(refreshed.stdout).toContain('  + wds:Q843-fixture-fdo pq:P580 "2004-01-01T00:00:00Z"^^xsd:dateTime');
    expect(refreshed.stdout).toContain("19 unchanged");
    const content = readFileSync(factsFile(), "utf8");
    expect(content).not.toContain("2005-01-01");
  });

  it("offline with nothing cached sends nothing and fails, naming what it could not fetch", async () => {
    const fresh = project([]);
    const offline = await cli(fresh, [...enrichArgs(), "--offline"]);
    expect([offline.status, offline.requests]).toEqual([1, 0]);
    expect(offline.stdout).toContain("not fetched wd:Q43 (party:turkey): offline, and no cached answer");
  });
});

describe("the federated saved queries, on Comunica", () => {
  let p: TempProject;
  beforeAll(async () => {
    p = project([FEDERATION_ENTITIES_TTL]);
    const enriched = await cli(p, enrichArgs());
    expect(enriched.status, enriched.stderr).toBe(0);
  });

  it.each(QUERIES)("%s gives the same answers over the endpoint and over the saved facts", async (name) => {
    const federated = await cli(p, ["query", name, "--wikidata-endpoint", endpoint.url, "-f", "tsv"]);
    const offline = await cli(p, ["query", name, "--wikidata-local", "--engine", "comunica", "-f", "tsv"]);
    expect(federated.status, federated.stderr).toBe(0);
    expect(offline.status, offline.stderr).toBe(0);
    expect(federated.requests).toBeGreaterThan(0);
    expect(offline.requests).toBe(0);
    expect(rows(federated.stdout).length).toBeGreaterThan(0);
    expect(offline.stdout).toBe(federated.stdout);
  });

  it("compares memberships: agrees, dates differ (values and precisions), missing on each side", async () => {
    const run = await cli(p, ["query", "wikidata-membership-check", "--wikidata-endpoint", endpoint.url, "-f", "tsv"]);
    const table = rows(run.stdout).map((r) => [local(r[0]!), local(r[1]!), local(r[2]!), local(r[3] ?? ""), local(r[4] ?? ""), local(r[5] ?? "")]);
    expect(table).toEqual([
      ["pakistan", "fixture-defence-organisation", "dates differ", "2003", "2004-01-01T00:00:00Z", "9"],
      ["saudi-arabia", "fixture-defence-organisation", "only in the corpus", "2001-05-14", "", ""],
      ["turkey", "fixture-defence-organisation", "agrees", "2001-05", "2001-05-14T00:00:00Z", "11"],
      ["turkey", "nato", "only in Wikidata", "", "", ""],
      ["united-arab-emirates", "fixture-defence-organisation", "only in Wikidata", "", "2002-03-01T00:00:00Z", "10"],
      ["united-states", "nato", "only in Wikidata", "", "", ""],
    ]);
  });

  it("flags a link whose Wikidata label no longer matches, and an item with no label (the redirect)", async () => {
    const run = await cli(p, ["query", "wikidata-label-check", "--wikidata-local", "-f", "tsv"]);
    const verdicts = Object.fromEntries(rows(run.stdout).map((r) => [local(r[0]!), local(r[3]!)]));
    expect(verdicts["fixture-coastal-league"]).toBe("label differs: possible wrong link");
    expect(verdicts["fixture-defence-secretariat"]).toBe("no label in Wikidata: a redirect or a deleted item?");
    expect(verdicts.isis).toBe("alias matches");
    expect(verdicts.turkey).toBe("label matches");
  });

  it.each(QUERIES)("%s by SERVICE never sends the endpoint an open pattern: every query is bounded by linked items", async (name) => {
    const before = endpoint.queries().length;
    const run = await cli(p, ["query", name, "--wikidata-endpoint", endpoint.url, "-f", "tsv"]);
    expect(run.status, run.stderr).toBe(0);
    const sent = endpoint.queries().slice(before).filter((q) => q !== ""); // "" is Comunica's probe of the endpoint
    expect(sent.length).toBeGreaterThan(0);
    for (const query of sent) expect(query, sent.map((q) => q.slice(0, 300)).join("\n---\n")).toMatch(/VALUES|<http:\/\/www\.wikidata\.org\/entity\/Q\d+>/);
    for (const query of sent) expect(query).not.toContain("https://w3id.org/pactgraph/ontology#");
  });

  it("runs by SERVICE with fewer requests than as a second source, with the same answers", async () => {
    const service = await cli(p, ["query", "wikidata-membership-check", "--wikidata-endpoint", endpoint.url, "-f", "tsv"]);
    const sources = await cli(p, ["query", "wikidata-membership-check", "--wikidata-endpoint", endpoint.url, "--federation", "sources", "-f", "tsv"]);
    expect(sources.stdout).toBe(service.stdout);
    expect(service.requests).toBeLessThan(sources.requests);
  });
});

describe("the cross-check on the seed alone", () => {
  it("finds no corpus membership with both ends linked, and Wikidata's NATO memberships of two linked states", async () => {
    const seed = project([]);
    const run = await cli(seed, ["query", "wikidata-membership-check", "--wikidata-endpoint", endpoint.url, "-f", "tsv"]);
    expect(run.status, run.stderr).toBe(0);
    expect(rows(run.stdout).map((r) => [local(r[0]!), local(r[1]!), local(r[2]!)])).toEqual([
      ["turkey", "nato", "only in Wikidata"],
      ["united-states", "nato", "only in Wikidata"],
    ]);
  });
});
