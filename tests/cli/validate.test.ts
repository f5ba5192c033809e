import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "n3";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-cli-validate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURES = "tests/fixtures/shapes";
const SH = "http://www.w3.org/ns/shacl#";

describe("pactgraph validate", () => {
  it("passes the built seed graph, exit 0", async () => {
    const { status, stdout, stderr } = await runCli(["validate"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^conforms: no violations in \d+ triples from \d+ input\(s\)\n$/);
  });

  it("reports each violation on one line, grouped and counted, exit 1", async () => {
    const shapes = await runCli(["validate", "--data", `${FIXTURES}/invalid-agreement-without-status.ttl`]);
    expect(shapes.status).toBe(1);
    expect(shapes.stdout).toBe(
      "MinCount on pact:agreementStatus: 1\n  Violation agreement:ruritania-freedonia-treaty pact:agreementStatus: Less than 1 values\n\n" +
        "1 violation in 1 node (1 from the shapes, 0 from pactgraph's checks)\n",
    );
    const checks = await runCli(["validate", "--data", `${FIXTURES}/invalid-untyped-claim.ttl`]);
    expect(checks.status).toBe(1);
    expect(checks.stdout).toContain("ClaimSource (pactgraph check) on prov:hadPrimarySource: 1\n  Violation claim:treaty-mutual-defence prov:hadPrimarySource:");
    expect(checks.stdout).toContain("ClaimTyped (pactgraph check) on rdf:type: 1\n  Violation claim:treaty-mutual-defence rdf:type: is used as a claim");
    expect(checks.stdout.trimEnd().split("\n").at(-1)).toBe("2 violations in 1 node (0 from the shapes, 2 from pactgraph's checks)");
  });

  it("finds a quote's text relative to the data file's folder, and says when it is missing", async () => {
    expect((await runCli(["validate", "--data", `${FIXTURES}/valid-minimal.ttl`])).status).toBe(0);
    const { status, stdout } = await runCli(["validate", "--data", `${FIXTURES}/invalid-text-file-missing.ttl`]);
    expect(status).toBe(1);
    expect(stdout).toContain('source:fixture-article pact:textFile: cannot read the text file "no-such-source.txt" (no such file;');
  });

  it("--report ttl writes the standard sh:ValidationReport, with pactgraph's own results in it", async () => {
    const { status, stdout, stderr } = await runCli(["validate", "--report", "ttl", "--data", `${FIXTURES}/invalid-in-force-before-signed.ttl`]);
    expect(status).toBe(1);
    expect(stderr).toBe("1 violation in 1 node (0 from the shapes, 1 from pactgraph's checks)\n");
    const quads = new Parser().parse(stdout);
    const objects = (subject: string | undefined, predicate: string) =>
      quads.filter((q) => q.subject.value === subject && q.predicate.value === SH + predicate).map((q) => q.object.value);
    const report = quads.find((q) => q.object.value === `${SH}ValidationReport`)?.subject.value;
    expect(objects(report, "conforms")).toEqual(["false"]);
    const results = objects(report, "result");
    expect(results).toHaveLength(1);
    const about = (predicate: string) => objects(results[0], predicate)[0];
    expect(about("focusNode")).toBe("https://w3id.org/pactgraph/id/agreement/ruritania-freedonia-treaty");
    expect(about("resultPath")).toBe("https://w3id.org/pactgraph/ontology#dateInForce");
    expect(about("sourceConstraintComponent")).toBe("https://w3id.org/pactgraph/checks#DateOrder");
    expect(about("resultSeverity")).toBe(`${SH}Violation`);
  });

  it("-o writes the report to a file, its format following the extension", async () => {
    const path = join(dir, "report.jsonld");
    const { status, stdout } = await runCli(["validate", "-o", path, "--data", `${FIXTURES}/invalid-two-labels.ttl`]);
    expect(status).toBe(1);
    expect(stdout).toBe(`1 violation in 1 node (1 from the shapes, 0 from pactgraph's checks); report written to ${path}\n`);
    expect(readFileSync(path, "utf8")).toContain("ValidationReport");
  });

  it("--quiet prints nothing and only sets the exit code", async () => {
    for (const [file, code] of [["valid-minimal.ttl", 0], ["invalid-two-labels.ttl", 1]] as const) {
      const { status, stdout, stderr } = await runCli(["validate", "--quiet", "--data", `${FIXTURES}/${file}`]);
      expect([status, stdout, stderr]).toEqual([code, "", ""]);
    }
  });

  it("--shapes validates against other shapes", async () => {
    const { status, stdout } = await runCli(["validate", "--shapes", `${FIXTURES}/valid-minimal.ttl`, "--data", `${FIXTURES}/invalid-two-labels.ttl`]);
    expect(status).toBe(0);
    expect(stdout).toContain("conforms");
  });

  it("an unknown report format is a usage error, exit 2, before anything is loaded", async () => {
    const { status, stderr } = await runCli(["validate", "--report", "xml2", "--data", "no/such/file.ttl"]);
    expect(status).toBe(2);
    expect(stderr).toBe('pactgraph: unknown report format "xml2"; use text, or an RDF format: ttl, nt, nq, trig, jsonld, rdf\n');
  });

  it("has help with examples and the exit codes", async () => {
    const { stdout } = await runCli(["validate", "--help"]);
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("Exit codes: 0 no violations, 1 violations found, 2 usage or I/O error.");
  });
});
