/**
 * Ill-typed literals are valid RDF, so they load; validation is where they are reported: one
 * violation per literal, naming the literal, its datatype and what the datatype expects, in the
 * text report and in the sh:ValidationReport.
 */
import { join } from "node:path";
import type { NamedNode, Quad_Graph, Quad_Object, Quad_Subject } from "@rdfjs/types";
import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { loadRdfFile } from "../../src/rdf/load.js";
import { blankNode, literal, namedNode } from "../../src/rdf/terms.js";
import { checkLiteralLexicalForms, LITERAL_LEXICAL_FORM } from "../../src/validate/literals.js";
import { validateGraph } from "../../src/validate/index.js";
import { ROOT, runCli } from "../helpers/project.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const s = namedNode("https://example.org/s");
const p = namedNode("https://example.org/p");
const quad = (subject: Quad_Subject, predicate: NamedNode, object: Quad_Object, graph: Quad_Graph = DataFactory.defaultGraph()) => DataFactory.quad(subject, predicate, object, graph);

describe("checkLiteralLexicalForms", () => {
  it("reports each ill-typed literal once, with its datatype and the reason", () => {
    const quads = [
      quad(s, p, literal("flargh", namedNode(`${XSD}integer`))),
      quad(s, p, literal("flargh", namedNode(`${XSD}integer`)), namedNode("https://example.org/g")),
      quad(blankNode("b1"), p, literal("2025-02-30", namedNode(`${XSD}date`))),
      quad(s, p, literal("12", namedNode(`${XSD}integer`))),
      quad(s, p, literal("flargh")),
      quad(s, p, literal("flargh", "en")),
      quad(s, p, literal("flargh", namedNode("https://example.org/myType"))),
    ];
    expect(checkLiteralLexicalForms(quads)).toEqual([
      {
        focusNode: s.value,
        focusIsBlank: false,
        path: p.value,
        value: "flargh",
        valueType: "Literal",
        severity: "Violation",
        constraint: LITERAL_LEXICAL_FORM,
        message: '"flargh" is not a valid xsd:integer: expected an integer (digits with an optional sign) (an ill-typed literal, whose value no tool can compare or compute with)',
      },
      expect.objectContaining({ focusNode: "b1", focusIsBlank: true, message: expect.stringContaining('"2025-02-30" is not a valid xsd:date: day 30 does not exist in month 02') as string }),
    ]);
  });

  it("is part of validateGraph, in the results and the report", async () => {
    const data = await loadRdfFile(join(ROOT, "tests", "fixtures", "bad-input", "invalid-date.ttl"));
    const validation = await validateGraph({ data, shapes: [], textDirectories: [] });
    expect(validation.conforms).toBe(false);
    expect(validation.results.map((r) => [r.constraint, r.value])).toEqual([[LITERAL_LEXICAL_FORM, "2025-13-40"]]);
    expect(validation.reportQuads.some((q) => q.object.value === LITERAL_LEXICAL_FORM)).toBe(true);
  });
});

describe("pactgraph validate", () => {
  it("loads an ill-typed literal and reports it as a violation, exit 1", async () => {
    const { status, stdout, stderr } = await runCli(["validate", "--data", "tests/fixtures/bad-input/invalid-date.ttl"]);
    expect([status, stderr]).toEqual([1, ""]);
    expect(stdout).toContain('Violation <https://example.org/treaty> <https://example.org/signed>: "2025-13-40" is not a valid xsd:date: month 13 is out of range (01-12)');
  });

  it("the same file exports as it is: ill-typed literals are valid RDF", async () => {
    const { status, stdout } = await runCli(["export", "--data", "tests/fixtures/bad-input/invalid-date.ttl", "--format", "nt"]);
    expect(status).toBe(0);
    expect(stdout).toContain('"2025-13-40"^^<http://www.w3.org/2001/XMLSchema#date>');
  });
});
