/**
 * sh:or of class-only alternatives takes the fast path (src/validate/or-of-classes.ts); any other
 * sh:or takes the engine's own. Both must give SHACL's verdicts, which are written here from the
 * shapes: a value conforms when it is an instance of one alternative's class, or of a subclass of it,
 * and fails with sh:OrConstraintComponent otherwise. (shacl-engine reads rdfs:subClassOf from the
 * shapes graph, and the fast path uses its closure; the Recommendation, and pactgraph's SHACL core,
 * read it from the data graph, so the subclass is stated in both.) The core must agree.
 */
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { validateShacl } from "../../src/validate/shacl.js";

const PREFIXES = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";
const parse = (text: string) => new Parser().parse(PREFIXES + text);

const shapes = parse(`
ex:HolderShape a sh:NodeShape ; sh:targetClass ex:Holder ;
  sh:property [ sh:path ex:p ; sh:or ( [ sh:class ex:A ] [ sh:class ex:B ] ) ] ;
  sh:property [ sh:path ex:q ; sh:or ( [ sh:class ex:A ; sh:nodeKind sh:IRI ] [ sh:datatype xsd:string ] ) ] .
ex:A2 rdfs:subClassOf ex:A .
`);

const data = parse(`
ex:h1 a ex:Holder ; ex:p ex:x1 ; ex:q ex:x1 .
ex:h2 a ex:Holder ; ex:p ex:x2 .
ex:h3 a ex:Holder ; ex:p ex:x3 .
ex:h4 a ex:Holder ; ex:p "literal" .
ex:h5 a ex:Holder ; ex:p ex:untyped .
ex:h6 a ex:Holder ; ex:q _:blank .
ex:h7 a ex:Holder ; ex:q "text" .
ex:h8 a ex:Holder ; ex:p ex:xb .
ex:A2 rdfs:subClassOf ex:A .
ex:x1 a ex:A . ex:x2 a ex:A2 . ex:x3 a ex:C . ex:xb a ex:B . _:blank a ex:A .
`);

describe("sh:or over classes", () => {
  it.each(["shacl-engine", "core"] as const)("gives SHACL's verdicts on both paths (%s)", async (engine) => {
    const report = await validateShacl(data, shapes, { engine });
    const found = report.results.map((r) => `${r.focusNode.replace("http://example.org/", "")} ${r.path?.replace("http://example.org/", "") ?? "-"} ${r.constraint?.replace("http://www.w3.org/ns/shacl#", "") ?? "-"} ${r.valueType === "BlankNode" ? "_:" : (r.value?.replace("http://example.org/", "") ?? "-")}`);
    expect(found.sort()).toEqual(["h3 p OrConstraintComponent x3", "h4 p OrConstraintComponent literal", "h5 p OrConstraintComponent untyped", "h6 q OrConstraintComponent _:"].sort());
    expect(report.conforms).toBe(false);
  });
});
