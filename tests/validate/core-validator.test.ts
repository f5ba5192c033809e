/**
 * pactgraph's SHACL core (src/validate/core-validator.ts) against shacl-engine, which knows all of
 * SHACL Core: on the built graph, a graph that breaks every kind of constraint the shapes use and
 * every shape fixture, the two reports agree result for result (focus, path, value, component,
 * severity, shape and message). Then the places where the core follows the Recommendation and
 * shacl-engine does not, each with the verdict written from the Recommendation, and the shapes the
 * core hands to shacl-engine.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { loadRdfFile, loadRdfFiles } from "../../src/rdf/index.js";
import { coreShapesOf, validateShacl, type ShaclReport } from "../../src/validate/index.js";
import { breakingGraph } from "../helpers/breaking-graph.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";

const FIXTURES = join(ROOT, "tests", "fixtures", "shapes");
const shapes = await loadRdfFile(join(ROOT, "ontology", "shapes.ttl"));
const built = await loadRdfFiles(await builtGraphFiles(join(ROOT, "data")));

const everything = (report: ShaclReport) => ({
  conforms: report.conforms,
  results: report.results.map((r) => [r.focusIsBlank ? "_:" : r.focusNode, r.path, r.valueType === "BlankNode" ? "_:" : r.value, r.constraint, r.severity, r.sourceShape?.startsWith("http") ? r.sourceShape : "_:", r.message].join(" | ")).sort(),
});

async function bothEngines(data: readonly Quad[]) {
  const core = await validateShacl(data, shapes, { engine: "core" });
  const engine = await validateShacl(data, shapes, { engine: "shacl-engine" });
  return { core: everything(core), engine: everything(engine) };
}

describe("the SHACL core and shacl-engine", () => {
  it("read pactgraph's shapes: the core can check them all", () => {
    const reading = coreShapesOf(shapes);
    expect("shapes" in reading ? reading.shapes.length : reading.unsupported).toBeGreaterThan(20);
  });

  it("agree that the built graph conforms", async () => {
    const { core, engine } = await bothEngines(built);
    expect(core).toEqual(engine);
    expect(core.conforms).toBe(true);
  });

  it("agree, result for result, on a graph that breaks every kind of constraint", async () => {
    const { core, engine } = await bothEngines(await breakingGraph(built));
    expect(core).toEqual(engine);
    expect(core.results.length).toBeGreaterThan(10);
  });

  it.each([SEED_TTL, ...readdirSync(FIXTURES).filter((f) => f.endsWith(".ttl")).map((f) => join(FIXTURES, f))])("agree on %s", async (path) => {
    const { core, engine } = await bothEngines(await loadRdfFile(path));
    expect(core).toEqual(engine);
  });
});

const PREFIXES = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";
const parse = (text: string) => new Parser().parse(PREFIXES + text);
const found = (report: ShaclReport) => report.results.map((r) => `${r.focusNode.replace("http://example.org/", "")} ${r.constraint?.replace("http://www.w3.org/ns/shacl#", "").replace("ConstraintComponent", "") ?? "-"}`).sort();

describe("the SHACL core follows the Recommendation", () => {
  it("reads rdfs:subClassOf from the data graph, for targets and for sh:class (not from the shapes graph)", async () => {
    const classShapes = parse(`ex:S a sh:NodeShape ; sh:targetClass ex:A ; sh:property [ sh:path ex:p ; sh:class ex:A ; sh:minCount 1 ] . ex:Sub rdfs:subClassOf ex:A .`);
    const data = parse(`ex:Sub2 rdfs:subClassOf ex:A . ex:a a ex:Sub2 ; ex:p ex:b . ex:b a ex:Sub . ex:c a ex:Sub2 .`);
    // ex:a and ex:c are SHACL instances of ex:A (ex:Sub2 ⊑ ex:A in the data); ex:c has no ex:p; ex:b is
    // typed ex:Sub, which is a subclass only in the shapes graph, so it is not an ex:A.
    expect(found(await validateShacl(data, classShapes))).toEqual(["a Class", "c MinCount"]);
  });

  it("fails sh:pattern on a blank node, and sh:datatype on an ill-typed literal of that datatype", async () => {
    const valueShapes = parse(`ex:S a sh:NodeShape ; sh:targetClass ex:T ; sh:property [ sh:path ex:p ; sh:pattern "^_" ] ; sh:property [ sh:path ex:d ; sh:datatype xsd:date ] .`);
    const data = parse(`ex:a a ex:T ; ex:p [] . ex:b a ex:T ; ex:d "2025-02-30"^^xsd:date . ex:c a ex:T ; ex:d "2025-02-28"^^xsd:date ; ex:p "_x" .`);
    expect(found(await validateShacl(data, valueShapes))).toEqual(["a Pattern", "b Datatype"]);
  });

  it("counts a triple repeated in two named graphs once", async () => {
    const countShapes = parse(`ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .`);
    const data = new Parser({ format: "application/trig" }).parse(`@prefix ex: <http://example.org/> . ex:g1 { ex:a ex:p ex:b . } ex:g2 { ex:a ex:p ex:b . }`);
    expect(found(await validateShacl(data, countShapes))).toEqual([]);
    expect(found(await validateShacl([...data, ...parse("ex:a ex:p ex:c .")], countShapes))).toEqual(["a MaxCount"]);
  });
});

describe("shapes beyond the core", () => {
  const lengthShapes = parse(`ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:minLength 3 ] .`);
  const data = parse(`ex:a ex:p "ab" .`);

  it("go to shacl-engine, which checks them", async () => {
    const reading = coreShapesOf(lengthShapes);
    expect("unsupported" in reading && reading.unsupported).toContain("sh:minLength");
    expect(found(await validateShacl(data, lengthShapes))).toEqual(["a MinLength"]);
  });

  it("are refused when the core is asked for by name, saying what it cannot check", async () => {
    await expect(validateShacl(data, lengthShapes, { engine: "core" })).rejects.toThrow(/sh:minLength/);
  });

  it("SPARQL-based constraints are refused by both engines", async () => {
    const sparql = parse(`ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select "SELECT $this WHERE {}" ] .`);
    await expect(validateShacl(data, sparql)).rejects.toThrow(/SPARQL-based constraints/);
    await expect(validateShacl(data, sparql, { engine: "shacl-engine" })).rejects.toThrow(/SPARQL-based constraints/);
  });
});
