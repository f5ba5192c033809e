/**
 * The data-driven shape tests: every tests/fixtures/shapes/valid-*.ttl must conform, and every
 * invalid-*.ttl must report exactly the results its `# expect: <focus> <path> <constraint>` lines
 * list (CURIEs as in the report; the constraint's short name). Add a fixture, get a test.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRdfFile } from "../../src/rdf/load.js";
import { compactIri, constraintName, formatPath, validateGraph } from "../../src/validate/index.js";
import { ROOT } from "../helpers/project.js";

const DIR = join(ROOT, "tests", "fixtures", "shapes");
const files = readdirSync(DIR).filter((f) => f.endsWith(".ttl")).sort();
const shapes = await loadRdfFile(join(ROOT, "ontology", "shapes.ttl"));

async function validate(file: string) {
  const data = await loadRdfFile(join(DIR, file));
  return validateGraph({ data, shapes, textDirectories: [ROOT, DIR] });
}

function expectations(file: string): string[] {
  return [...readFileSync(join(DIR, file), "utf8").matchAll(/^# expect: (.+)$/gm)].map((m) => (m[1] ?? "").trim()).sort();
}

describe("shape fixtures", () => {
  it("has valid and invalid fixtures, each invalid one saying what it expects", () => {
    expect(files.filter((f) => f.startsWith("valid-")).length).toBeGreaterThanOrEqual(2);
    expect(files.filter((f) => f.startsWith("invalid-")).length).toBeGreaterThanOrEqual(15);
    expect(files.every((f) => /^(valid|invalid)-[a-z0-9-]+\.ttl$/.test(f))).toBe(true);
    for (const file of files.filter((f) => f.startsWith("invalid-"))) expect(expectations(file), file).not.toEqual([]);
  });

  it.each(files.filter((f) => f.startsWith("valid-")))("%s conforms", async (file) => {
    const report = await validate(file);
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it.each(files.filter((f) => f.startsWith("invalid-")))("%s reports exactly what it expects", async (file) => {
    const report = await validate(file);
    expect(report.conforms).toBe(false);
    // A Warning says so at the end of its line; everything else is a Violation.
    const found = report.results.map(
      (r) => `${compactIri(r.focusNode)} ${r.path ? formatPath(r.path) : "-"} ${constraintName(r.constraint).replace(/ \(pactgraph check\)$/, "")}${r.severity === "Warning" ? " Warning" : ""}`,
    );
    expect(found.sort()).toEqual(expectations(file));
    for (const result of report.results) {
      expect(["Violation", "Warning"]).toContain(result.severity);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });
});
