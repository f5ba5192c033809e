/** The DatasetCore shacl-engine validates over: RDF/JS semantics, whatever factory made the terms. */
import type { Literal, Term } from "@rdfjs/types";
import { describe, expect, it } from "vitest";
import { IndexedDataset } from "../../src/validate/indexed-dataset.js";
import { blankNode, literal, namedNode, quad } from "../../src/rdf/terms.js";

const [a, b, p, q] = ["a", "b", "p", "q"].map((n) => namedNode(`http://example.org/${n}`)) as [ReturnType<typeof namedNode>, ReturnType<typeof namedNode>, ReturnType<typeof namedNode>, ReturnType<typeof namedNode>];
const one = literal("1", namedNode("http://www.w3.org/2001/XMLSchema#integer"));

describe("IndexedDataset", () => {
  it("holds each quad once, and forgets a deleted one", () => {
    const data = new IndexedDataset([quad(a, p, b), quad(a, p, b), quad(a, q, one)]);
    expect(data.size).toBe(2);
    expect(data.has(quad(a, p, b))).toBe(true);
    data.delete(quad(a, p, b)).delete(quad(b, p, a));
    expect([data.size, data.has(quad(a, p, b)), data.match(a).size]).toEqual([1, false, 1]);
    data.add(quad(a, p, b));
    expect(data.match(a, p).size).toBe(1);
  });

  it("matches every pattern, and a match can be matched again", () => {
    const x = blankNode("x");
    const data = new IndexedDataset([quad(a, p, b), quad(a, q, b), quad(b, p, a), quad(x, p, one)]);
    const count = (s?: Term | null, pr?: Term | null, o?: Term | null) => data.match(s, pr, o).size;
    expect([count(a), count(null, p), count(null, null, b), count(a, p, b), count(b, q), count(), count(x)]).toEqual([2, 3, 2, 1, 0, 4, 1]);
    expect(data.match(a).match(null, q).size).toBe(1);
  });

  it("compares literals by value, language, direction and datatype, not by factory", () => {
    const data = new IndexedDataset([quad(a, p, one), quad(a, p, literal("1", "en"))]);
    // A literal from another factory: a plain object without `direction`.
    const foreign = { termType: "Literal", value: "1", language: "", datatype: { termType: "NamedNode", value: "http://www.w3.org/2001/XMLSchema#integer" }, equals: () => false } as unknown as Literal;
    expect(data.match(null, null, foreign).size).toBe(1);
    expect(data.match(null, null, literal("1")).size).toBe(0);
  });
});
