import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/project.js";

describe("pactgraph (no command) and --help", () => {
  it("prints help with examples and exit codes, exit 0", async () => {
    const { status, stdout } = await runCli(["--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("Exit codes: 0 ok, 1 a problem in the data or the query, 2 usage or I/O error.");
    expect(stdout).toMatch(/build \[options\] \[modules\.\.\.\]\s+build the project's DSL modules into Turtle/);
  });

  it("each command has its own help with examples", async () => {
    const { status, stdout } = await runCli(["build", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("pactgraph build --check");
  });

  it("suggests the closest command for a typo, exit 2", async () => {
    const { status, stderr } = await runCli(["biuld"]);
    expect(status).toBe(2);
    expect(stderr).toContain("(Did you mean build?)");
  });

  it("rejects an unknown option with exit 2 and one line of error", async () => {
    const { status, stderr } = await runCli(["build", "--frobnicate"]);
    expect(status).toBe(2);
    expect(stderr.split("\n")[0]).toBe("pactgraph: unknown option '--frobnicate'");
  });
});

describe("pactgraph build", () => {
  it("--check finds the committed files up to date, exit 0", async () => {
    const { status, stdout } = await runCli(["build", "--check"]);
    expect(status).toBe(0);
    expect(stdout).toContain("unchanged data/turkey-security-alliances.ttl (1291 triples)");
    expect(stdout).toContain("unchanged data/corpus.trig (1291 triples)");
    expect(stdout).toContain("unchanged ontology/shapes.ttl");
  });

  it("reports every problem of a bad DSL module, exit 1, and writes nothing", async () => {
    const { status, stderr } = await runCli(["build", "tests/fixtures/bad-graph.ts"]);
    expect(status).toBe(1);
    expect(stderr).toContain('tests/fixtures/bad-graph.ts: State "atlantis": duplicate IRI');
    expect(stderr).toContain("tests/fixtures/bad-graph.ts: <https://w3id.org/pactgraph/id/agreement/unsourced-coalition>: no claim in the corpus supports it");
    expect(existsSync(join(ROOT, "tests/fixtures/bad-graph.ttl"))).toBe(false);
  });

  it("names a missing module, exit 2", async () => {
    const { status, stderr } = await runCli(["build", "data/no-such-graph.ts"]);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe("pactgraph: cannot read data/no-such-graph.ts: no such file");
  });
});

describe("pactgraph summary", () => {
  it("counts the seed graph", async () => {
    const { status, stdout } = await runCli(["summary", "--data", "data/turkey-security-alliances.ttl"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/triples\s+1291/);
    expect(stdout).toMatch(/Claim\s+31/);
  });
});
