import { describe, expect, it } from "vitest";
import { loadRdfFile } from "../../src/rdf/load.js";
import { CHECKS, formatResults, summarizeResults, validateGraph, type ValidationResult } from "../../src/validate/index.js";
import { join } from "node:path";
import { ROOT } from "../helpers/project.js";

const PACT = "https://w3id.org/pactgraph/ontology#";
const SH = "http://www.w3.org/ns/shacl#";

describe("the human report", () => {
  const results: ValidationResult[] = [
    { focusNode: "https://w3id.org/pactgraph/id/membership/m", path: `^<${PACT}supports>`, message: "Every membership needs a claim", severity: "Violation", constraint: `${SH}MinCountConstraintComponent` },
    { focusNode: "https://w3id.org/pactgraph/id/agreement/a", path: `${PACT}agreementStatus`, value: `${PACT}Confirmed`, valueType: "NamedNode", message: `Value is not in ${PACT}Envisaged, ${PACT}Proposed`, severity: "Violation", constraint: `${SH}InConstraintComponent` },
    { focusNode: "https://w3id.org/pactgraph/id/agreement/b", path: `${PACT}agreementStatus`, value: `${PACT}Confirmed`, valueType: "NamedNode", message: "Value is not in the list", severity: "Warning", constraint: `${SH}InConstraintComponent` },
    { focusNode: "b7", focusIsBlank: true, path: "http://www.w3.org/ns/oa#exact", message: 'the quote "x" does not occur in a.txt', severity: "Violation", constraint: CHECKS.quoteInSource },
  ];

  it("groups by constraint and path, counts each group, and writes IRIs with the project's prefixes", () => {
    expect(formatResults(results)).toBe(
      [
        "In on pact:agreementStatus: 2",
        "  Violation agreement:a pact:agreementStatus: Value is not in pact:Envisaged, pact:Proposed (value: pact:Confirmed)",
        "  Warning agreement:b pact:agreementStatus: Value is not in the list (value: pact:Confirmed)",
        "MinCount on ^pact:supports: 1",
        "  Violation membership:m ^pact:supports: Every membership needs a claim",
        "QuoteInSource (pactgraph check) on oa:exact: 1",
        '  Violation _:b7 oa:exact: the quote "x" does not occur in a.txt',
      ].join("\n"),
    );
    expect(summarizeResults(results)).toBe("3 violations, 1 warning in 4 nodes");
  });
});

describe("the sh:ValidationReport", () => {
  it("holds SHACL's results and pactgraph's, with sh:conforms for all of them", async () => {
    const shapes = await loadRdfFile(join(ROOT, "ontology", "shapes.ttl"));
    const dir = join(ROOT, "tests", "fixtures", "shapes");
    const data = await loadRdfFile(join(dir, "invalid-quote-not-in-source.ttl"));
    const validation = await validateGraph({ data, shapes, textDirectories: [dir] });
    expect(validation.fromShapes).toBe(0);
    expect(validation.fromChecks).toBe(1);
    const quads = validation.reportQuads;
    const value = (predicate: string) => quads.filter((q) => q.predicate.value === SH + predicate).map((q) => q.object.value);
    expect(value("conforms")).toEqual(["false"]);
    expect(value("result")).toHaveLength(1);
    expect(value("sourceConstraintComponent")).toEqual([CHECKS.quoteInSource]);
    expect(value("focusNode")).toEqual(["https://w3id.org/pactgraph/id/claim/treaty-mutual-defence"]);
    expect(value("resultSeverity")).toEqual([`${SH}Violation`]);
  });
});
