/** The Wikidata commands' usage errors and offline behaviour, in-process and without any network. */
import { copyFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/project.js";
import { COMMITTED_LINKS, createTempProject, type TempProject } from "../link/helpers/temp-project.js";

const projects: TempProject[] = [];
afterAll(() => projects.forEach((p) => p.remove()));
function project(): TempProject {
  const p = createTempProject({ overrides: "committed" });
  copyFileSync(COMMITTED_LINKS, p.linksFile);
  projects.push(p);
  return p;
}

describe("federated queries on the command line", () => {
  it("say how to make the saved facts when --wikidata-local finds none", async () => {
    const run = await runCli(["query", "wikidata-label-check", "--wikidata-local"], { cwd: project().root, env: {} });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/wikidata-facts\.trig, which does not exist; run `pactgraph enrich` first/);
  });

  it("refuse Wikidata options on queries that do not need Wikidata, and contradictory ones", async () => {
    const root = project().root;
    const other = await runCli(["query", "timeline", "--wikidata-local"], { cwd: root, env: {} });
    expect([other.status, other.stderr]).toEqual([2, expect.stringMatching(/apply to queries that require Wikidata; timeline does not/)]);
    const both = await runCli(["query", "wikidata-label-check", "--wikidata-local", "--federation", "sources"], { cwd: root, env: {} });
    expect(both.status).toBe(2);
    const engine = await runCli(["query", "wikidata-label-check", "--engine", "oxigraph"], { cwd: root, env: {} });
    expect([engine.status, engine.stderr]).toEqual([2, expect.stringMatching(/federated queries run on Comunica/)]);
  });

  it("name the federated queries in the report instead of answering them from the local graph alone", async () => {
    const small = join(ROOT, "tests", "fixtures", "wikidata", "federation-entities.ttl"); // a small graph keeps the report quick
    const run = await runCli(["report", "--rows", "0", "--data", small], { cwd: project().root, env: {} });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("▸ wikidata-membership-check — Memberships compared with Wikidata's \"member of\" (P463) (needs Wikidata:");
  });
});

describe("pactgraph enrich offline", () => {
  it("sends nothing, fails naming each item it has no cached answer for, and writes no facts", async () => {
    const p = project();
    const run = await runCli(["enrich", "--offline"], { cwd: p.root, env: {} });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("not fetched wd:Q43 (party:turkey): offline, and no cached answer");
    expect(run.stdout).toContain("items 17: 0 added");
    expect(run.stderr).toMatch(/17 item\(s\) could not be fetched/);
  });

  it("refuses a bad language tag and an endpoint URL with credentials", async () => {
    const root = project().root;
    expect((await runCli(["enrich", "--lang", "en,not a tag"], { cwd: root, env: {} })).status).toBe(2);
    const secret = await runCli(["enrich", "--endpoint", "https://user:secret@example.org/sparql"], { cwd: root, env: {} });
    expect(secret.status).toBe(2);
    expect(secret.stderr).not.toContain("secret");
  });
});
