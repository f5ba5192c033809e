import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/project.js";

describe("pactgraph link", () => {
  it("has help with examples, listed by the top-level help", async () => {
    const help = await runCli(["link", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain("pactgraph link --check");
    expect(help.stdout).toContain("PACTGRAPH_CONTACT");
    expect((await runCli(["--help"])).stdout).toMatch(/link \[options\]\s+link parties, organisations/);
  });

  it.each([
    [["--types", "state,planet"], "pactgraph: unknown kind in --types: planet; use state, organization, group, nonstate, person, region, agreement"],
    [["--interval", "soon"], 'pactgraph: --interval takes a duration such as 30 (seconds), 500ms, 2s, 1m or 1d, not "soon"'],
    [["--languages", "en_GB"], "pactgraph: not a language tag in --languages: en_GB; write e.g. de,fr,tr"],
    [["--endpoint", "query.wikidata.org"], 'pactgraph: --endpoint must be an http(s) URL, not "query.wikidata.org"'],
    [["--review", "--check"], "pactgraph: option '--review' cannot be used with option '--check'"],
  ])("rejects %j with exit 2", async (args, message) => {
    const { status, stderr } = await runCli(["link", ...args]);
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toBe(message);
  });

  it("--review lists the committed undecided entities without any request", async () => {
    const { status, stdout } = await runCli(["link", "--review", "--endpoint", "http://127.0.0.1:9/never-contacted"]);
    expect(status).toBe(0);
    expect(stdout.split("\n")[0]).toBe("16 entities need review (data/links/wikidata.ttl):");
    expect(stdout).toContain("person:mohammed-bin-salman  Mohammed bin Salman\n  Not searched yet: run `pactgraph link` against a SPARQL endpoint");
    expect(stdout).toContain("agreement:saudi-pakistan-pact  Saudi–Pakistani mutual defence pact (September 2025)");
    expect(stdout).not.toContain("party:turkey");
  });

  it("--offline --dry-run reproduces the committed decisions from the overrides and writes nothing", async () => {
    const before = readFileSync(join(ROOT, "data", "links", "wikidata.ttl"), "utf8");
    const { status, stdout } = await runCli(["link", "--offline", "--dry-run"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/linked\s+17 {2}\(17 override, 0 automatic\)\nneeds review\s+16\nno item\s+0\nfailed\s+0\ndry run: wrote nothing\n$/);
    expect(readFileSync(join(ROOT, "data", "links", "wikidata.ttl"), "utf8")).toBe(before);
  });
});
