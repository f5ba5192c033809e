/**
 * A smoke run of the benchmark: the generator builds a valid graph through the DSL,
 * deterministically from its seed; answers are compared the way the harness compares them; and
 * `bench/main.ts` runs end to end on a tiny graph (every phase, a few queries) and writes both
 * result files. The real benchmark is `npm run bench`; it is not part of `npm test`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "n3";
import { afterAll, describe, expect, it } from "vitest";
import { compareLines, queryShape, type Verdict } from "../../bench/harness/canonical.js";
import type { BenchResults } from "../../bench/harness/results.js";
import { generateGraph } from "../../bench/generator/index.js";
import { renderTurtle } from "../../src/build/index.js";
import { ROOT } from "../helpers/project.js";

const turtleOf = (seed: number, triples: number) => renderTurtle(generateGraph({ seed, triples }).graph.build(), []);

describe("bench generator", () => {
  it("builds a checked graph of about the requested size through the DSL", () => {
    const generated = generateGraph({ seed: 7, triples: 3000 });
    const quads = generated.graph.build(); // throws DslError on any unsupported node or misplaced quote
    expect(quads.length).toBeGreaterThan(2400);
    expect(quads.length).toBeLessThan(4400);
    const reparsed = new Parser({ format: "text/turtle" }).parse(renderTurtle(quads, []));
    expect(reparsed).toHaveLength(new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}${q.object.value}`)).size);
    const focal = generated.params["defence-entanglement"]?.state ?? "";
    expect(reparsed.some((q) => q.subject.value.endsWith(`/party/${focal.replace("party:", "")}`))).toBe(true);
  });

  it("is deterministic from its seed", () => {
    expect(turtleOf(11, 1500)).toBe(turtleOf(11, 1500));
    expect(turtleOf(11, 1500)).not.toBe(turtleOf(12, 1500));
  });

  it("gives only clearly synthetic Wikidata IDs (Q900000000 and up)", () => {
    const ids = [...turtleOf(3, 2000).matchAll(/wd:Q(\d+)/g)].map((m) => Number(m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id > 900_000_000)).toBe(true);
  });
});

describe("bench answer comparison", () => {
  const select = `SELECT ?a (GROUP_CONCAT(?b; separator=", ") AS ?bs) WHERE { ?a <urn:p> ?b } GROUP BY ?a ORDER BY ?a`;
  const row = (a: string, bs: string | null) => JSON.stringify([a, bs]);
  const cases: [string, string[], string[], Verdict][] = [
    ["same rows, same order", [row("<urn:1>", '"x"'), row("<urn:2>", '"y"')], [row("<urn:1>", '"x"'), row("<urn:2>", '"y"')], "identical"],
    ["ties in another order", [row("<urn:1>", '"x"'), row("<urn:1>", '"y"')], [row("<urn:1>", '"y"'), row("<urn:1>", '"x"')], "identical-ties-reordered"],
    ["keys out of order", [row("<urn:1>", '"x"'), row("<urn:2>", '"y"')], [row("<urn:2>", '"y"'), row("<urn:1>", '"x"')], "order-differs"],
    ['empty GROUP_CONCAT "" vs unbound', [row("<urn:1>", '""')], [row("<urn:1>", null)], "group-concat-convention"],
    ["GROUP_CONCAT language tag kept", [row("<urn:1>", '"x"')], [row("<urn:1>", '"x"@en')], "group-concat-convention"],
    ["a different value", [row("<urn:1>", '"x"')], [row("<urn:1>", '"z"')], "different"],
  ];
  it.each(cases)("%s", (_name, a, b, verdict) => {
    expect(compareLines(a, b, queryShape(select)).verdict).toBe(verdict);
  });
});

describe("bench harness", () => {
  const dir = mkdtempSync(join(tmpdir(), "pactgraph-bench-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs every phase on a tiny graph and writes RESULTS.md and results.json", () => {
    const queries = ["defence-network", "defence-obligations", "obliged-to-defend"]; // CONSTRUCT, SELECT, ASK
    const args = ["--import", "tsx", join(ROOT, "bench", "main.ts"), "--quick", "--sizes", "1k", "--queries", queries.join(","), "--cli-runs", "1", "--authoring-runs", "1", "--peers", "pactgraph-comunica,comunica", "--out-dir", dir, "--results-dir", dir];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const results = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as BenchResults;
    const [size] = results.sizes;
    expect(size?.write?.quads).toBeGreaterThan(800);
    expect(size?.triples).toBeGreaterThan(800);
    expect(size?.queries.map((q) => [q.name, q.pactgraph.status, q.oxigraph.status, q.answers])).toEqual(
      queries.map((name) => [name, "ok", "ok", "identical"]),
    );
    expect(size?.peers?.map((p) => [p.engine, queries.map((name) => p.queries[name]?.answers)])).toEqual([
      ["pactgraph-comunica", queries.map(() => "identical")],
      ["comunica", queries.map(() => "identical")],
    ]);
    expect(results.cli?.timings.map((t) => t.name)).toEqual(["pactgraph", "pactgraph-comunica", "comunica", "node"]);
    expect(results.authoring?.timings.map((t) => t.name)).toEqual(["node", "repo-build", "repo-validate", "project-build", "project-build-uncached", "project-validate"]);
    expect(results.authoring?.watch.times).toHaveLength(1);
    expect(results.targets).toHaveLength(13);
    const markdown = readFileSync(join(dir, "RESULTS.md"), "utf8");
    expect(markdown).toContain("## Targets");
    expect(markdown).toContain("### 1k");
    expect(markdown).toContain("## Side by side");
    expect(markdown).toContain("## Authoring loop");
  }, 120_000);
});
