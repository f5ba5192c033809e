/**
 * An independent implementation reads what pactgraph writes: Apache Jena (Debian's
 * libapache-jena-java, run through scripts/jena.sh). Jena's parser, in strict mode with term
 * checking, reads the ontology, the shapes, the built graph and the shape fixtures without a warning
 * and finds the same quads as pactgraph's loader; Jena's SHACL engine gives the same results as
 * pactgraph's (its SHACL core, src/validate/core-validator.ts) on the built graph (alone, and with the ontology and shapes merged in),
 * on every shape fixture and on a graph that breaks every kind of constraint the shapes use, and
 * finds exactly the SHACL results each fixture expects.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Quad } from "@rdfjs/types";
import rdf from "@zazuko/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { bytesInput, loadRdfDocuments, loadRdfFile, loadRdfFiles, serializeRdf, VOCABULARIES } from "../../src/rdf/index.js";
import { CHECKS, compactIri, constraintName, formatPath, validateShacl, type ShaclReport } from "../../src/validate/index.js";
import { breakingGraph } from "../helpers/breaking-graph.js";
import { ROOT } from "../helpers/project.js";
import { Jena, readJenaReport, resultKeys, riotCounts, riotProblems, sameGraph, type JenaRun } from "./helpers/jena.js";

const SH = VOCABULARIES.sh;
const SHAPES = join(ROOT, "ontology", "shapes.ttl");
const FIXTURES = join(ROOT, "tests", "fixtures", "shapes");
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".ttl")).sort();
const built = await builtGraphFiles(join(ROOT, "data"));
/** What pactgraph writes and reads: the ontology files, the built graph, the seed graph's Turtle. */
const written = [join(ROOT, "ontology", "pactgraph.ttl"), SHAPES, ...built, join(ROOT, "data", "turkey-security-alliances.ttl")];

const work = mkdtempSync(join(tmpdir(), "pactgraph-jena-"));
const jena = new Jena(join(work, "jvm-cache"));
const shapes = await loadRdfFile(SHAPES);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const failure = (run: JenaRun) => `exit ${run.status}\n${run.stderr}`;

describe("Jena's parser (riot --validate: strict, terms checked)", () => {
  it("reads every file without a warning and counts what pactgraph's loader counts", async () => {
    const files = [...written, ...fixtures.map((f) => join(FIXTURES, f))];
    const run = await jena.run("riot", ["--validate", "--count", ...files]);
    expect(riotProblems(run.stderr), failure(run)).toEqual([]);
    expect(run.status, failure(run)).toBe(0);
    const ours = await loadRdfDocuments(files);
    const theirs = riotCounts(run.stderr);
    expect(new Map(ours.map((d) => [relative(ROOT, d.path), d.quads.length]))).toEqual(new Map([...theirs].map(([path, n]) => [relative(ROOT, path), n])));
  });

  it("gives the same graph: Jena's N-Quads of every file, read back, are isomorphic to pactgraph's load", async () => {
    const run = await jena.run("riot", ["--strict", "--check", "--output=nq", ...written]);
    expect(riotProblems(run.stderr), failure(run)).toEqual([]);
    expect(run.status, failure(run)).toBe(0);
    const theirs = await loadRdfFile(bytesInput("jena.nq", new TextEncoder().encode(run.stdout), { format: "nquads" }));
    const ours = await loadRdfFiles(written);
    expect(theirs.length).toBe(ours.length);
    expect(await sameGraph(theirs, ours)).toBe(true);
  });

  it("speaks up about a bad literal and a bad IRI (so the silence above means something)", async () => {
    const bad = '<https://example.org/a> <https://example.org/p> "2025-13"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .\n<https://example.org/a> <https://example.org/p> <https://example.org/a b> .\n';
    const run = await jena.run("riot", ["--validate", "--count", "--syntax=nt", "-"], bad);
    expect(run.status).not.toBe(0);
    const problems = riotProblems(run.stderr);
    expect(problems.some((line) => line.includes("WARN") && line.includes("2025-13"))).toBe(true);
    expect(problems.some((line) => line.includes("ERROR") && line.includes("IRI"))).toBe(true);
  });
});

// ── SHACL ────────────────────────────────────────────────────────────────────────────────────

/** The constraint components the breaking graph trips: every kind the shapes use. */
const COMPONENTS_TRIPPED = ["Class", "Datatype", "In", "MaxCount", "MinCount", "NodeKind", "Or", "Pattern"];
/** Constraint parameters of the shapes → the component a violation names (sh:hasValue is used only inside sh:or). */
const PARAMETER_COMPONENTS: Readonly<Record<string, string>> = {
  class: "Class", datatype: "Datatype", in: "In", maxCount: "MaxCount", minCount: "MinCount",
  nodeKind: "NodeKind", or: "Or", pattern: "Pattern", hasValue: "Or",
};
/** SHACL terms of the shapes that are not constraint parameters: targets, paths, names, messages. */
const NOT_PARAMETERS = new Set(["targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf", "property", "path", "inversePath", "alternativePath", "zeroOrMorePath", "oneOrMorePath", "zeroOrOnePath", "name", "description", "message", "severity", "order", "group", "deactivated", "defaultValue"]);

/** The graph as one default graph, the way Jena's `shacl validate` loads a file. */
const asTriples = (quads: readonly Quad[]) => quads.map((q) => rdf.quad(q.subject, q.predicate, q.object));

interface Case {
  readonly name: string;
  /** What pactgraph validates: quads as its loader gives them (named graphs kept). */
  readonly data: readonly Quad[];
  /** The file Jena validates. */
  readonly file: string;
}

const reports = new Map<string, { ours: ShaclReport; jena: ShaclReport; run: JenaRun }>();

beforeAll(async () => {
  const seed = await loadRdfFiles(built);
  const seedFile = join(work, "built-graph.nt");
  writeFileSync(seedFile, await serializeRdf(asTriples(seed), "ntriples"));
  // What `export --ontology` writes: the classes' rdfs:subClassOf now widen sh:targetClass and sh:class.
  const withOntology = [...seed, ...(await loadRdfFiles([join(ROOT, "ontology", "pactgraph.ttl"), SHAPES]))];
  const withOntologyFile = join(work, "built-graph-with-ontology.nt");
  writeFileSync(withOntologyFile, await serializeRdf(asTriples(withOntology), "ntriples"));
  const broken = await breakingGraph(seed);
  const brokenFile = join(work, "breaking.nt");
  writeFileSync(brokenFile, await serializeRdf(asTriples(broken), "ntriples"));
  const cases: Case[] = [
    { name: "built graph", data: seed, file: seedFile },
    { name: "built graph with ontology", data: withOntology, file: withOntologyFile },
    { name: "breaking graph", data: broken, file: brokenFile },
    ...(await Promise.all(fixtures.map(async (f) => ({ name: f, data: await loadRdfFile(join(FIXTURES, f)), file: join(FIXTURES, f) })))),
  ];
  await Promise.all(
    cases.map(async (c) => {
      const run = await jena.run("shacl", ["validate", "--shapes", SHAPES, "--data", c.file]);
      reports.set(c.name, { ours: await validateShacl(c.data, shapes), jena: await readJenaReport(run), run });
    }),
  );
}, 300_000);

function reportsOf(name: string) {
  const found = reports.get(name);
  if (!found) throw new Error(`no reports for ${name}`);
  // Jena's `shacl validate` exits 0 whatever it finds; anything on stderr is a problem reading the data.
  expect(found.run.stderr, failure(found.run)).toBe("");
  expect(found.run.status, failure(found.run)).toBe(0);
  return found;
}

/** A fixture's `# expect:` lines for SHACL constraints (pactgraph's own checks are not Jena's business). */
function shaclExpectations(file: string): string[] {
  const checkNames = new Set(Object.values(CHECKS).map((iri) => iri.slice(iri.indexOf("#") + 1)));
  return [...readFileSync(join(FIXTURES, file), "utf8").matchAll(/^# expect: (.+)$/gm)]
    .map((m) => (m[1] ?? "").trim())
    .filter((line) => !checkNames.has(line.split(" ")[2] ?? ""))
    .sort();
}

describe("Jena's SHACL engine (shacl validate) and pactgraph's", () => {
  it("agree that the built graph (corpus and links, named graphs as one) conforms", () => {
    const { ours, jena: theirs } = reportsOf("built graph");
    expect(resultKeys(theirs)).toEqual(resultKeys(ours));
    expect([ours.conforms, theirs.conforms]).toEqual([true, true]);
  });

  it("agree that it still conforms with the ontology and the shapes merged in (what export --ontology writes)", () => {
    const { ours, jena: theirs } = reportsOf("built graph with ontology");
    expect(resultKeys(theirs)).toEqual(resultKeys(ours));
    expect([ours.conforms, theirs.conforms]).toEqual([true, true]);
  });

  it("agree on a graph that breaks every kind of constraint the shapes use", () => {
    const { ours, jena: theirs } = reportsOf("breaking graph");
    expect(resultKeys(theirs)).toEqual(resultKeys(ours));
    const parameters = shapes.filter((q) => q.predicate.value.startsWith(SH)).map((q) => q.predicate.value.slice(SH.length)).filter((p) => !NOT_PARAMETERS.has(p));
    const used = new Set(parameters.map((p) => PARAMETER_COMPONENTS[p] ?? `sh:${p}, which BREAKING_ADDITIONS does not break yet`));
    const tripped = new Set(theirs.results.map((r) => constraintName(r.constraint)));
    expect([...used].sort()).toEqual(COMPONENTS_TRIPPED);
    expect([...tripped].sort()).toEqual(COMPONENTS_TRIPPED);
    expect(theirs.results.some((r) => r.focusIsBlank)).toBe(true);
  });

  it.each(fixtures)("agree on %s, and Jena finds the SHACL results it expects", (file) => {
    const { ours, jena: theirs } = reportsOf(file);
    expect(resultKeys(theirs)).toEqual(resultKeys(ours));
    expect(theirs.conforms).toBe(ours.conforms);
    const found = theirs.results.map((r) => `${compactIri(r.focusNode)} ${r.path ? formatPath(r.path) : "-"} ${constraintName(r.constraint)}${r.severity === "Warning" ? " Warning" : ""}`);
    expect([...new Set(found)].sort()).toEqual(shaclExpectations(file));
    expect(theirs.conforms).toBe(shaclExpectations(file).length === 0);
  });
});
