/**
 * Cross-check of the SHACL engine: rdf-validate-shacl (kept as a dev dependency for this) must
 * find the same results as shacl-engine, which src/validate/shacl.ts uses for shapes beyond its
 * SHACL core (tests/validate/core-validator.test.ts compares the core with shacl-engine), on the seed
 * graph and every shape fixture. Both reports are read through the same reader of sh:ValidationReport RDF.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import rdf from "@zazuko/env";
import SHACLValidator from "rdf-validate-shacl";
import { describe, expect, it } from "vitest";
import { loadRdfFile } from "../../src/rdf/load.js";
import { Validator } from "shacl-engine";
import { readShaclReport, type ShaclReport } from "../../src/validate/index.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";

const DIR = join(ROOT, "tests", "fixtures", "shapes");
const shapes = await loadRdfFile(join(ROOT, "ontology", "shapes.ttl"));

// Each engine compiles the shapes once for all the files.
const shaclEngine = new Validator(rdf.dataset([...shapes]), { factory: rdf });
const rdfValidateShacl = new SHACLValidator(rdf.dataset([...shapes]), { factory: rdf });

async function withShaclEngine(data: readonly Quad[]): Promise<ShaclReport> {
  return readShaclReport((await shaclEngine.validate({ dataset: rdf.dataset([...data]) })).dataset);
}

async function withRdfValidateShacl(data: readonly Quad[]): Promise<ShaclReport> {
  return readShaclReport((await rdfValidateShacl.validate(rdf.dataset([...data]))).dataset);
}

const summary = (report: ShaclReport) => ({
  conforms: report.conforms,
  results: report.results.map((r) => `${r.focusNode} ${r.path ?? ""} ${r.constraint ?? ""} ${r.severity}`).sort(),
});

describe("shacl-engine and rdf-validate-shacl agree", () => {
  it.each([SEED_TTL, ...readdirSync(DIR).filter((f) => f.endsWith(".ttl")).map((f) => join(DIR, f))])("on %s", async (path) => {
    const data = await loadRdfFile(path);
    expect(summary(await withShaclEngine(data))).toEqual(summary(await withRdfValidateShacl(data)));
  });
});
