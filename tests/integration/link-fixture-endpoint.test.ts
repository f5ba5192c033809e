/**
 * The linker against a real SPARQL endpoint on 127.0.0.1 (Comunica over the Wikidata-shaped
 * fixture), behind a proxy that counts the HTTP requests.
 */
import { existsSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CachedSparqlSource,
  candidateQuery,
  collectCandidates,
  curieOf,
  findLinkableEntities,
  linkEntities,
  readLinksFile,
  ResponseCache,
  scoreCandidate,
  SparqlHttpClient,
  type LinkRecord,
} from "../../src/link/index.js";
import { validateShacl } from "../../src/validate/index.js";
import { parseTurtleFile, ROOT, SEED_TTL } from "../helpers/project.js";
import { runCli } from "../link/helpers/cli.js";
import { freePort, startFixtureEndpoint, TEST_ENTITIES_TTL, type FixtureEndpoint } from "../link/helpers/endpoint.js";
import { startFaultServer } from "../link/helpers/fault-server.js";
import { createTempProject, type OverridesChoice, type TempProject } from "../link/helpers/temp-project.js";
import { isFictional, SEED_VERIFIED_LINKS } from "../link/helpers/verified.js";

let endpoint: FixtureEndpoint;
const projects: TempProject[] = [];
beforeAll(async () => {
  endpoint = await startFixtureEndpoint();
});
afterAll(async () => {
  await endpoint?.close();
  for (const p of projects) p.remove();
});

function project(overrides: OverridesChoice): TempProject {
  const created = createTempProject({ overrides, extraData: [TEST_ENTITIES_TTL] });
  projects.push(created);
  return created;
}

function sourceFor(p: TempProject, url = endpoint.url, refresh = false): CachedSparqlSource {
  const client = new SparqlHttpClient({ endpoint: url, userAgent: "pactgraph-test (+https://example.org/contact)", minIntervalMs: 0, maxRetries: 0 });
  return new CachedSparqlSource(client, new ResponseCache({ directory: p.cacheDir, ttlMs: 86_400_000 }), refresh);
}

async function run(p: TempProject, source: CachedSparqlSource | undefined = sourceFor(p)) {
  return linkEntities({ graphFiles: p.graphFiles, linksFile: p.linksFile, overridesFile: p.overridesFile, source, languages: ["de", "fr"], today: "2026-11-28", write: true });
}

const linkedItems = (records: readonly LinkRecord[]) =>
  Object.fromEntries(records.filter((r) => r.status === "Linked").map((r) => [curieOf(r.entity), r.item]));
const record = (records: readonly LinkRecord[], curie: string) => records.find((r) => curieOf(r.entity) === curie);

describe("the fixture endpoint", () => {
  it("listens on the loopback interface only", async () => {
    const others = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .filter((i) => !i.internal && i.family === "IPv4")
      .map((i) => i.address);
    for (const host of others) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host, port: endpoint.upstreamPort });
        const done = (value: boolean) => {
          socket.destroy();
          resolve(value);
        };
        socket.once("connect", () => done(true));
        socket.once("error", () => done(false));
        socket.setTimeout(2000, () => done(false));
      });
      expect(reached, host).toBe(false);
    }
  });
});

describe("linking over the fixture endpoint", () => {
  // One run without overrides, shared by the tests that read it (36 queries are enough once).
  let bare: TempProject;
  let report: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    bare = project("none");
    report = await run(bare);
  });

  it("without overrides, scoring alone links the verified entities it can tell apart and leaves the rest for review", () => {
    expect(report.failures).toEqual([]);
    const { "party:isis": isis, ...withoutIsis } = SEED_VERIFIED_LINKS;
    expect(linkedItems(report.records)).toEqual({ ...withoutIsis, "party:arab-league": "Q7172", "party:gulf-cooperation-council": "Q217172" });
    expect(report.records.filter((r) => r.status === "NeedsReview")).toHaveLength(18);
    // What the rule decided agrees with the verified IDs wherever it decided.
    for (const r of report.records.filter((r) => r.status === "Linked")) {
      expect(isFictional(r.item ?? ""), curieOf(r.entity)).toBe(false);
      expect(r).toMatchObject({ method: "AutomaticMatch", endpoint: endpoint.url, decided: "2026-11-28" });
    }
    // "ISIS" is only an alias, and a non-state actor's type cannot be checked: a curator decides.
    const isisRecord = record(report.records, "party:isis");
    expect(isisRecord?.notes).toEqual(["Needs review: best score 55 is below the threshold 70."]);
    expect(isisRecord?.candidates.map((c) => [c.item, c.score, c.matchedLabel.value])).toEqual([[isis, 55, "ISIS"]]);
    // Two fictional items with the same label and nothing to tell them apart: the margin rule holds.
    const twin = record(report.records, "region:fixture-twin-harbour");
    expect(twin?.notes[0]).toContain("leads wd:Q9000000012 (70) by less than 15");
    expect(twin?.candidates.map((c) => c.item)).toEqual(["Q9000000011", "Q9000000012"]);
    // The Arab League fits only through P279*: intergovernmental ⊂ international organisation.
    expect(record(report.records, "party:arab-league")?.features).toEqual(["exact label (en)", "instance of wd:Q484652"]);
  });

  it("scores the distractors: same label, wrong type, alias in another language", async () => {
    const p = project("none");
    const entities = findLinkableEntities(parseTurtleFile(SEED_TTL));
    const scores = async (curie: string) => {
      const entity = entities.find((e) => e.curie === curie)!;
      const results = await sourceFor(p).select(candidateQuery(entity, ["de"], []));
      return collectCandidates(results).map((c) => scoreCandidate(entity, c)).map((s) => [s.item, s.score, s.features[0], s.conflict]);
    };
    expect(await scores("party:jordan")).toEqual([
      ["Q810", 90, "exact label (en)", false],
      ["Q9000000001", 60, "exact label (en)", false], // a river
      ["Q9000000002", 20, "exact label (en)", true], // a human
    ]);
    expect(await scores("party:iran")).toEqual([
      ["Q794", 90, "exact label (en)", false],
      ["Q9000000003", 25, "alias (de), another language", false],
    ]);
    expect(await scores("party:turkey")).toEqual([["Q43", 90, "exact label (en)", false]]);
  });

  it("with the committed overrides, links the 17 verified entities by override; a second run makes no request", async () => {
    const p = project("committed");
    const before = endpoint.requests();
    const first = await run(p);
    expect(endpoint.requests() - before).toBe(19); // one per searched entity: 16 seed + 3 test entities
    const linked = linkedItems(first.records);
    expect(linked).toEqual({ ...SEED_VERIFIED_LINKS, "party:arab-league": "Q7172", "party:gulf-cooperation-council": "Q217172" });
    for (const curie of Object.keys(SEED_VERIFIED_LINKS)) expect(record(first.records, curie)?.method).toBe("Override");
    // Saudi Arabia's override is evidence for the GCC: Saudi Arabia is a member (P463) and they share an event.
    const gcc = record(first.records, "party:gulf-cooperation-council");
    expect(gcc).toMatchObject({ score: 80, matchedLabel: { value: "GCC", language: "en" } });
    expect(gcc?.features).toContain("tied to wd:Q851 (P463/P710/P1891)");
    const content = readFileSync(p.linksFile, "utf8");

    const again = endpoint.requests();
    const second = await run(p, sourceFor(p));
    expect(endpoint.requests()).toBe(again);
    expect(second.file).toBe("unchanged");
    expect(readFileSync(p.linksFile, "utf8")).toBe(content);

    // The link records and candidates conform to the generated shapes (the test entities' own
    // problems, such as a meeting without a claim, are not the linker's).
    const shapes = parseTurtleFile(join(ROOT, "ontology", "shapes.ttl"));
    const graph = [...parseTurtleFile(SEED_TTL), ...parseTurtleFile(TEST_ENTITIES_TTL), ...parseTurtleFile(p.linksFile)];
    const validation = await validateShacl(graph, shapes);
    expect(validation.results.filter((r) => r.focusNode.includes("/id/link/") || !r.focusNode.includes("://"))).toEqual([]);
  });

  it("keeps the previous decisions when a re-run's lookups fail, so the links file is never damaged", async () => {
    const p = bare;
    const content = readFileSync(p.linksFile, "utf8");
    const garbage = await startFaultServer([{ body: '{"head": {"vars": ["item"]}, "results": {"bindings": [{"item": {"type": "uri", "val' }]);
    try {
      const rerun = await run(p, sourceFor(p, garbage.url, true));
      expect(rerun.failures).toHaveLength(36);
      expect(rerun.failures[0]?.message).toContain("did not return SPARQL results JSON");
      expect(rerun.file).toBe("unchanged");
      expect(readFileSync(p.linksFile, "utf8")).toBe(content);
      expect((await readLinksFile(p.linksFile)).filter((r) => r.status === "Linked")).toHaveLength(18);
    } finally {
      await garbage.close();
    }
  });
});

describe("pactgraph link over the fixture endpoint (CLI)", () => {
  const args = () => ["link", "--endpoint", endpoint.url, "--interval", "0", "--retries", "0", "--languages", "de,fr"];

  it("links, then re-runs from the cache with zero requests; sends the configured contact", async () => {
    const p = project("committed");
    const before = endpoint.requests();
    const first = await runCli(args(), { cwd: p.root, env: { PACTGRAPH_CONTACT: "https://example.org/contact" } });
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/linked\s+19 {2}\(17 override, 2 automatic\)/);
    expect(first.stdout).toMatch(/needs review\s+17/);
    expect(first.stdout).toMatch(/requests\s+19 {2}\(cache hits 0\)/);
    expect(first.stdout).toContain("written data/links/wikidata.ttl");
    expect(endpoint.requests() - before).toBe(19);
    expect(endpoint.userAgents().at(-1)).toMatch(/^pactgraph\/\d+\.\d+\.\d+ \(\+https:\/\/example\.org\/contact; Wikidata linker\) Node\.js\//);

    const second = await runCli(args(), { cwd: p.root });
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/requests\s+0 {2}\(cache hits 19\)/);
    expect(second.stdout).toContain("unchanged data/links/wikidata.ttl");
    expect(endpoint.requests() - before).toBe(19);

    const review = await runCli(["link", "--review"], { cwd: p.root });
    expect(review.status).toBe(0);
    expect(review.stdout).toContain("17 entities need review (data/links/wikidata.ttl):");
    expect(review.stdout).toContain("region:fixture-twin-harbour  Twin Harbour");
    expect(review.stdout).toMatch(/wd:Q9000000011 {3}70 {2}"Twin Harbour" \(fictional harbour, east \(test distractor\)\)/);

    const check = await runCli([...args(), "--check"], { cwd: p.root });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("ok     party:isis  wd:Q2429253  (Override)");
    expect(check.stdout).toContain("checked 19 link(s): 19 ok, 0 stale, 0 failed");
  });

  it("--check reports stale links and exits 1", async () => {
    const p = project({ json: JSON.stringify({ decided: "2026-11-28", links: { "party:turkey": { wikidata: "Q810" }, "region:fixture-twin-harbour": { wikidata: "Q9000000999" } } }) });
    expect((await runCli([...args(), "--offline"], { cwd: p.root })).status).toBe(0);
    const check = await runCli([...args(), "--check"], { cwd: p.root });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('stale  party:turkey  wd:Q810  (Override): no label or alias of wd:Q810 equals "Turkey" any more');
    expect(check.stdout).toContain("stale  region:fixture-twin-harbour  wd:Q9000000999  (Override): wd:Q9000000999 does not exist on the endpoint");
    expect(check.stdout).toContain("checked 2 link(s): 0 ok, 2 stale, 0 failed");
    expect(check.stderr).toContain("pactgraph: 2 stale and 0 unchecked link(s)");
  });

  it("--dry-run writes neither the links file nor the cache", async () => {
    const p = project("committed");
    const result = await runCli([...args(), "--dry-run", "--types", "person"], { cwd: p.root });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/requests\s+4 /); // the four people without a verified ID
    expect(result.stdout).toContain("dry run: wrote nothing");
    expect(existsSync(p.linksFile)).toBe(false);
    expect(existsSync(p.cacheDir)).toBe(false);
  });

  it("writes nothing new and exits 1 when the endpoint is down", async () => {
    const p = project("committed");
    expect((await runCli(["link", "--offline"], { cwd: p.root })).status).toBe(0);
    const before = readFileSync(p.linksFile, "utf8");
    const down = `http://127.0.0.1:${await freePort()}/sparql`;
    const result = await runCli(["link", "--endpoint", down, "--interval", "0", "--retries", "0"], { cwd: p.root });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`failed  agreement:egypt-arab-defence-force: ${down}: request failed: connect ECONNREFUSED`);
    expect(result.stdout).toMatch(/^not attempted\s+16 {2}\(the endpoint failed 3 times in a row\)$/m);
    expect(result.stdout).toMatch(/linked\s+17 {2}\(17 override, 0 automatic\)/);
    expect(result.stdout).toMatch(/^requests\s+3 /m);
    expect(result.stderr).toContain("pactgraph: 3 of 3 attempted lookup(s) failed, and 16 were not attempted because the endpoint failed 3 times in a row;");
    expect(readFileSync(p.linksFile, "utf8")).toBe(before);
  });
});
