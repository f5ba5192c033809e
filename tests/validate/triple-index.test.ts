/** The index pactgraph's own checks look triples up in: every graph as one, each triple once. */
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { namedNode } from "../../src/rdf/terms.js";
import { TripleIndex } from "../../src/validate/triple-index.js";

const ex = (local: string) => namedNode(`http://example.org/${local}`);
const index = new TripleIndex(
  new Parser({ format: "application/trig" }).parse(`@prefix ex: <http://example.org/> .
ex:g1 { ex:a ex:p ex:b , "1" . ex:c ex:p ex:b . }
ex:g2 { ex:a ex:p ex:b . ex:a ex:q ex:d . }`),
);

describe("TripleIndex", () => {
  it("gives each object and subject once, whichever graphs repeat the triple", () => {
    expect(index.objects(ex("a"), ex("p")).map((t) => t.value)).toEqual(["http://example.org/b", "1"]);
    expect(index.subjects(ex("p")).map((t) => t.value)).toEqual(["http://example.org/a", "http://example.org/c"]);
    expect(index.subjects(ex("p"), ex("b")).map((t) => t.value)).toEqual(["http://example.org/a", "http://example.org/c"]);
  });

  it("answers nothing for what is not there, and has() only for the exact triple", () => {
    expect(index.objects(ex("b"), ex("p"))).toEqual([]);
    expect(index.subjects(ex("q"), ex("b"))).toEqual([]);
    expect(index.has(ex("a"), ex("q"), ex("d"))).toBe(true);
    expect(index.has(ex("a"), ex("q"), ex("b"))).toBe(false);
  });
});
