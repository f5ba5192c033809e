/**
 * SPARQL cannot name a pattern and reuse it, so the edge pattern ("who is obliged to defend whom at
 * the date, and on what footing") is written out in every hop of defence-entanglement, in its
 * summary, in protectors and in conflicting-commitments. These copies must stay the same
 * pattern: a fix made in one hop and not in the others would make chains mean different things.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { QUERIES } from "./analyses-fixtures.js";

const text = (name: string) => readFileSync(join(QUERIES, `${name}.rq`), "utf8");

/** The WHERE bodies of the sub-selects that compute an edge (those reading ?obligedRole), normalised. */
function edgeBodies(query: string): string[] {
  const bodies: string[] = [];
  const lines = query.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*SELECT .*\(\?obliged AS \?/.test(lines[i]!)) continue;
    let j = i;
    while (!/^\s*WHERE \{$/.test(lines[j]!)) j++;
    const indent = lines[j]!.indexOf("WHERE");
    let k = j + 1;
    while (!(lines[k]!.startsWith(" ".repeat(indent) + "}") && lines[k]!.trim() === "}")) k++;
    bodies.push(
      lines
        .slice(j + 1, k)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !l.startsWith("#") && !/^FILTER\(\?obliged != \$state && \$max_hops >= \d\)$/.test(l))
        .join("\n"),
    );
  }
  return bodies;
}

/** The body without its protected side (which the first hop anchors on a parameter). */
function withoutProtectedSide(body: string): string {
  const protectedSelect = body.lastIndexOf("{\nSELECT", body.indexOf("(MAX(?role) AS ?protectedRole)"));
  const close = body.indexOf("}", body.indexOf("GROUP BY", protectedSelect));
  return (body.slice(0, protectedSelect) + body.slice(close + 1)).replace(/\$(state|party)/g, "?protected");
}

describe("the edge pattern is the same wherever it is written out", () => {
  const entanglement = edgeBodies(text("defence-entanglement"));
  const summary = edgeBodies(text("defence-entanglement-summary"));
  const protectors = edgeBodies(text("protectors"));
  const conflicts = edgeBodies(text("conflicting-commitments"));

  it("three hops in the flagship and its summary, one in protectors and in conflicting-commitments", () => {
    expect([entanglement.length, summary.length, protectors.length, conflicts.length]).toEqual([3, 3, 1, 1]);
  });

  it("hops 2 and 3, the summary's hops and conflicting-commitments' edges are one text", () => {
    const hop2 = entanglement[1]!;
    expect(entanglement[2]).toBe(hop2);
    expect(summary).toEqual(entanglement);
    expect(conflicts).toEqual([hop2]);
  });

  it("the first hop (anchored on the focal state) is the same pattern but for its protected side", () => {
    expect(protectors[0]!.replace(/\$party/g, "$state")).toBe(entanglement[0]);
    expect(withoutProtectedSide(entanglement[0]!)).toBe(withoutProtectedSide(entanglement[1]!));
  });
});
