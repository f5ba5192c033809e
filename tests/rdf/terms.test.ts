/**
 * Term and quad keys identify terms exactly: two terms get the same key only when they are the
 * same term (kind, value, and a literal's language, direction and datatype), whatever characters
 * the values hold. They de-duplicate CONSTRUCT results and count triples, so a shared key would
 * silently merge two different statements.
 */
import type { Literal, Quad_Graph, Quad_Object, Quad_Subject, Term } from "@rdfjs/types";
import fc from "fast-check";
import { DataFactory } from "n3";
import { describe, expect, it } from "vitest";
import { quadKey, termKey } from "../../src/rdf/terms.js";

// n3 makes literals with a base direction; its type declarations do not say so yet.
const directional = (value: string, language: string, direction: "ltr" | "rtl"): Literal =>
  (DataFactory.literal as unknown as (value: string, languageAndDirection: { language: string; direction: string }) => Literal)(value, { language, direction });

// Values built from a few pieces, among them what a naive key would use as separators, so that
// values which run into one another come up often.
const tricky = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("", "a", "x") },
  { weight: 3, arbitrary: fc.array(fc.constantFrom("a", '"', "@", "^^", ":", " ", "x"), { maxLength: 4 }).map((parts) => parts.join("")) },
);
const namedNode = tricky.map((v) => DataFactory.namedNode(v));
const blankNode = tricky.map((v) => DataFactory.blankNode(v));
const literal = fc.oneof(
  tricky.map((v) => DataFactory.literal(v)),
  // A datatype IRI never holds '"' (not allowed in an IRI); n3 reads a literal's value and datatype
  // back from its id, and one that does would come back as another literal.
  fc.tuple(tricky, tricky.filter((dt) => !dt.includes('"'))).map(([v, dt]) => DataFactory.literal(v, DataFactory.namedNode(dt))),
  fc.tuple(tricky, fc.constantFrom("en", "en-gb", "ar", "")).map(([v, lang]) => DataFactory.literal(v, lang)),
  fc.tuple(tricky, fc.constantFrom("en", "ar"), fc.constantFrom("ltr", "rtl")).map(([v, language, direction]) => directional(v, language, direction)),
);
const term: fc.Arbitrary<Term> = fc.oneof(namedNode, blankNode, literal, fc.constant(DataFactory.defaultGraph()));

/** How many different terms (by `equals`) a list holds. */
function distinct<T extends { equals(other: T): boolean }>(items: readonly T[]): number {
  const kept: T[] = [];
  for (const item of items) if (!kept.some((k) => k.equals(item))) kept.push(item);
  return kept.length;
}

describe("termKey", () => {
  it("gives two terms the same key exactly when they are equal", () => {
    fc.assert(
      fc.property(fc.array(term, { minLength: 2, maxLength: 60 }), (terms) => {
        expect(new Set(terms.map(termKey)).size).toBe(distinct(terms));
      }),
      { numRuns: 500 },
    );
  });

  it("tells apart literals a quoted form would confuse", () => {
    const pairs: [Term, Term][] = [
      [DataFactory.literal('a"@en^^http://x', DataFactory.namedNode("http://y")), DataFactory.literal("a", DataFactory.namedNode('en^^http://x"@^^http://y'))],
      [directional("x", "ar", "rtl"), directional("x", "ar", "ltr")],
      [directional("x", "ar", "rtl"), DataFactory.literal("x", "ar")],
      [DataFactory.namedNode("a"), DataFactory.blankNode("a")],
    ];
    for (const [a, b] of pairs) expect(termKey(a)).not.toBe(termKey(b));
  });
});

describe("quadKey", () => {
  const quad = fc
    .tuple(fc.oneof(namedNode, blankNode), namedNode, term.filter((t) => t.termType !== "DefaultGraph"), fc.oneof(namedNode, blankNode, fc.constant(DataFactory.defaultGraph())))
    .map(([s, p, o, g]) => DataFactory.quad(s as Quad_Subject, p, o as Quad_Object, g as Quad_Graph));

  it("gives two quads the same key exactly when they are equal", () => {
    fc.assert(
      fc.property(fc.array(quad, { minLength: 2, maxLength: 60 }), (quads) => {
        expect(new Set(quads.map(quadKey)).size).toBe(distinct(quads));
      }),
      { numRuns: 500 },
    );
  });
});
