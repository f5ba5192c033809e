/**
 * 100,000 levels of nesting, both ways, in every format: RDF/XML elements, Turtle `[ ]` and `( )`
 * load, go out through each of the six writers and come back whole (in-process, and once through
 * the bundled CLI); JSON-LD that deep is refused at once with its place. Before loading and
 * writing were made linear, the RDF/XML load and the `( )` export did not finish in 120 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { afterAll, describe, expect, it } from "vitest";
import { RDF_FORMATS, type RdfFormat } from "../../src/rdf/formats.js";
import { bytesInput } from "../../src/rdf/input.js";
import { loadRdfFile } from "../../src/rdf/load.js";
import { serializeRdf } from "../../src/rdf/serialize.js";
import { CLI, ROOT } from "../helpers/project.js";
import { deepInput, deepTriples, type DeepShape } from "../rdf/deep-inputs.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-deep-100k-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DEPTH = 100_000;

describe.each([
  ["rdfxml", ".rdf"],
  ["blank-nodes", ".ttl"],
  ["lists", ".ttl"],
] as [DeepShape, string][])("%s nested 100,000 levels", (shape, extension) => {
  const path = join(dir, `deep-${shape}${extension}`);
  let quads: Quad[] = [];

  it("loads", async () => {
    writeFileSync(path, deepInput(shape, DEPTH));
    quads = await loadRdfFile(path);
    expect(quads.length).toBe(deepTriples(shape, DEPTH));
  }, 120_000);

  it.each(Object.keys(RDF_FORMATS) as RdfFormat[])("is written as %s and read back whole", async (format) => {
    const text = await serializeRdf(quads, format);
    const back = await loadRdfFile(bytesInput(`out${RDF_FORMATS[format].extensions[0]}`, Buffer.from(text), { format }));
    expect(back.length).toBe(quads.length);
  }, 120_000);

  it("is exported by the CLI", () => {
    const output = join(dir, `deep-${shape}.nt`);
    const run = spawnSync(process.execPath, [CLI, "export", "--data", path, "-o", output], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(output, "utf8").split("\n").length - 1).toBe(deepTriples(shape, DEPTH));
  }, 120_000);

  afterAll(() => {
    quads = [];
  });
});

describe("JSON-LD nested 100,000 levels", () => {
  it("is refused with its place, exit 1", () => {
    const path = join(dir, "deep.jsonld");
    writeFileSync(path, deepInput("jsonld", DEPTH));
    const run = spawnSync(process.execPath, [CLI, "export", "--data", path, "--format", "nt"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^pactgraph: .*deep\.jsonld:1:\d+: JSON-LD nested more than 256 levels deep/);
  }, 120_000);
});
