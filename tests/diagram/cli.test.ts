/**
 * `pactgraph diagram` run in-process: formats from the extension, usage errors, the timeline
 * drawn at each date's precision, and the committed README image, which must be exactly what the
 * command draws from the seed (regenerate it with `pactgraph diagram -o docs/seed-network.svg`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readTimeline, timelineSvg } from "../../src/diagram/index.js";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/project.js";
import { fixtureCorpusTrig, runnerOverText, seedRunner } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-diagram-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("pactgraph diagram", () => {
  it("draws the README image exactly as committed (docs/seed-network.svg)", async () => {
    const result = await runCli(["diagram", "-f", "svg"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const committed = readFileSync(join(ROOT, "docs", "seed-network.svg"), "utf8");
    // On a difference: run `node bin/pactgraph.js diagram -o docs/seed-network.svg` (npm start does) and commit it.
    expect(result.stdout === committed).toBe(true);
  });

  it.each([
    ["network.dot", /^digraph pactgraph \{/],
    ["network.mmd", /^---\ntitle: /],
    ["network.md", /^```mermaid\n---\ntitle: /],
    ["turkey.svg", /<svg/],
  ])("takes the format of %s from its extension", async (name, shape) => {
    const args = name === "turkey.svg" ? ["--party", "party:turkey"] : [];
    const result = await runCli(["diagram", ...args, "-o", join(dir, name)]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, name), "utf8")).toMatch(shape);
  });

  it.each([
    [["--party", "party:turkey", "--agreement", "agreement:saudi-pakistan-pact"], "choose one of"],
    [["--timeline", "-f", "dot"], "the timeline is drawn as SVG only"],
    [["-f", "png"], 'unknown diagram format "png"'],
    [["--party", "nowhere:turkey"], "parameter --party must be an IRI"],
    [["-p", "state=party:turkey"], "it goes with --entanglement"],
    [["--agreement", "agreement:atlantis-pact"], "no agreement <https://w3id.org/pactgraph/id/agreement/atlantis-pact> in the graph"],
  ])("refuses %j (exit 2)", async (args, message) => {
    const result = await runCli(["diagram", ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});

describe("the timeline", () => {
  const widthOf = (svg: string, title: string) => {
    const match = new RegExp(`<rect x="[\\d.]+" y="[\\d.]+" width="([\\d.]+)"[^>]*><title>${title}</title>`).exec(svg);
    if (!match) throw new Error(`no mark titled ${title}`);
    return Number(match[1]);
  };

  it("draws a month as its whole month and a day as a day, and lists what has no year", async () => {
    const svg = timelineSvg(await readTimeline(await seedRunner()));
    const month = widthOf(svg, "established 2025-09 \\(month\\)");
    expect(month).toBeGreaterThan(20);
    expect(svg).toContain("Gulf nations block the Arab defence force — September, year unknown");
    expect(svg).toContain("Egypt proposes an Arab defence force — no date given");
    expect(svg).toMatch(/fill="#ffffff" stroke="#4f7fc0"[^>]*><title>planned 2026-03 \(month\) \(planned\)<\/title>/);
  });

  it("shows the fixture's treaty life, its acceding member's disputed date and the withdrawal notice", async () => {
    const runner = await runnerOverText("corpus.trig", await fixtureCorpusTrig());
    const svg = timelineSvg(await readTimeline(runner));
    expect(svg).toContain("signed 2024-04-04 · in force 2024-06 (month)");
    expect(svg).toContain("acceded 2025-02-12 (disputed)");
    expect(svg).toContain("on 2025-01 (month)");
    const signing = widthOf(svg, "on 2024-04-04");
    const inForce = widthOf(svg, "in force 2024-06 \\(month\\)");
    expect(signing).toBe(3);
    expect(inForce / signing).toBeGreaterThan(5);
  });
});
