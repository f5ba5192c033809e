/**
 * ontology/shapes.core.json (src/validate/core-shapes-file.ts): the package's shapes parsed and
 * read by the SHACL core ahead of time. Its quads are the Turtle's, its shapes give the same
 * report as the Turtle read afresh, and it is used only while the Turtle has the bytes it was made
 * from: a changed Turtle is read as Turtle.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { sha256Hex } from "../../src/io/index.js";
import { loadRdfFile, loadRdfFiles } from "../../src/rdf/index.js";
import { canonicalOrder } from "../../src/rdf/quad-order.js";
import { quadKey } from "../../src/rdf/terms.js";
import { decodeCoreShapes, loadShapesFile, validateShacl } from "../../src/validate/index.js";
import { breakingGraph } from "../helpers/breaking-graph.js";
import { ROOT } from "../helpers/project.js";

const TURTLE = join(ROOT, "ontology", "shapes.ttl");
const JSON_FILE = join(ROOT, "ontology", "shapes.core.json");
const work = mkdtempSync(join(tmpdir(), "pactgraph-core-shapes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const canonical = (quads: Parameters<typeof canonicalOrder>[0]) => canonicalOrder(quads).map(quadKey);
const messages = (report: Awaited<ReturnType<typeof validateShacl>>) => report.results.map((r) => `${r.focusNode} ${r.path ?? ""} ${r.constraint ?? ""} ${r.message}`).sort();

describe("the shapes read ahead of time", () => {
  const decoded = decodeCoreShapes(readFileSync(JSON_FILE, "utf8"), sha256Hex(readFileSync(TURTLE)));

  it("are for the committed Turtle, and hold the same graph", async () => {
    expect(decoded).toBeDefined();
    expect(canonical(decoded!.quads)).toEqual(canonical(await loadRdfFile(TURTLE)));
  });

  it("give the report the Turtle gives, on a graph that breaks every kind of constraint", async () => {
    const broken = await breakingGraph(await loadRdfFiles(await builtGraphFiles(join(ROOT, "data"))));
    const fromJson = await loadShapesFile(JSON_FILE.replace(".core.json", ".ttl"));
    const fromTurtle = await loadRdfFile(TURTLE);
    const [a, b] = [await validateShacl(broken, fromJson), await validateShacl(broken, fromTurtle)];
    expect(messages(a)).toEqual(messages(b));
    expect(a.results.length).toBeGreaterThan(10);
  });

  it("are not used for other bytes", () => {
    expect(decodeCoreShapes(readFileSync(JSON_FILE, "utf8"), sha256Hex("another file"))).toBeUndefined();
    expect(decodeCoreShapes("{ not json", sha256Hex(readFileSync(TURTLE)))).toBeUndefined();
  });
});

describe("loadShapesFile", () => {
  // A copy whose JSON says something the Turtle does not, so the test can tell which one was read.
  const MESSAGE = "Every membership needs at least one claim";
  const copy = (folder: string) => {
    const dir = mkdtempSync(join(work, folder));
    copyFileSync(TURTLE, join(dir, "shapes.ttl"));
    writeFileSync(join(dir, "shapes.core.json"), readFileSync(JSON_FILE, "utf8").replace(MESSAGE, "JSON SAYS: every membership needs at least one claim"));
    return dir;
  };
  const agreementWithoutClaim = async () => loadRdfFile(join(ROOT, "tests", "fixtures", "shapes", "invalid-entity-without-claim.ttl"));

  it("reads the JSON beside a Turtle file with the bytes it was made from", async () => {
    const dir = copy("same-");
    const report = await validateShacl(await agreementWithoutClaim(), await loadShapesFile(join(dir, "shapes.ttl")));
    expect(report.results.map((r) => r.message).join("\n")).toContain("JSON SAYS");
  });

  it("reads the Turtle once it has changed, whatever the JSON says", async () => {
    const dir = copy("changed-");
    writeFileSync(join(dir, "shapes.ttl"), `${readFileSync(TURTLE, "utf8")}\n# edited\n`);
    const report = await validateShacl(await agreementWithoutClaim(), await loadShapesFile(join(dir, "shapes.ttl")));
    const text = report.results.map((r) => r.message).join("\n");
    expect(text).not.toContain("JSON SAYS");
    expect(text).toContain(MESSAGE);
  });
});
