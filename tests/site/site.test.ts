/**
 * The site generator on small inputs: hostile labels kept as text in every page and diagram, and
 * the highlighting of nested, crossing and adjacent spans. (The seed's and the fixture corpus's
 * whole sites are checked in tests/integration/site-content.test.ts and the browser tests.)
 */
import { describe, expect, it } from "vitest";
import { generateSite, highlightText, type Span } from "../../src/site/index.js";
import { runnerOverText } from "../diagram/helpers.js";
import { marksOf } from "./marks.js";

describe("a graph with hostile labels", () => {
  it("keeps every label text, in pages and diagrams", async () => {
    const hostile = `<script>alert(1)</script>" onmouseover="alert(2)`;
    const turtle = `@prefix pact: <https://w3id.org/pactgraph/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/pactgraph/id/party/x> a pact:State ; rdfs:label ${JSON.stringify(hostile)}@en ; rdfs:comment ${JSON.stringify(hostile)} .
<https://w3id.org/pactgraph/id/agreement/y> a pact:Alliance ; rdfs:label ${JSON.stringify(hostile)}@en ; pact:agreementStatus pact:InForce .`;
    const files = await generateSite({ run: await runnerOverText("hostile.ttl", turtle), queries: [], readText: () => Promise.resolve(undefined) });
    for (const [path, content] of files) {
      if (path.endsWith(".dot")) continue; // DOT text: the label is a quoted string there (escaped, see the diagram tests)
      expect(content, path).not.toMatch(/<script|" onmouseover=/);
    }
    expect(files.get("party/x.html")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;alert(2)");
  });
});

describe("highlighting spans", () => {
  const span = (id: string, start: number, end: number): Span => ({ start, end, id, anchor: id, className: "quote", title: id, ref: { href: `${id}.html`, number: 1, label: id } });
  it.each([
    ["nested", [span("outer", 0, 11), span("inner", 4, 9)], { outer: "The pact is", inner: "pact " }],
    ["crossing", [span("a", 0, 8), span("b", 4, 18)], { a: "The pact", b: "pact is mutual" }],
    ["adjacent and equal", [span("a", 0, 3), span("b", 4, 8), span("c", 4, 8)], { a: "The", b: "pact", c: "pact" }],
  ] as const)("marks %s spans with exactly their text", (_name, spans, expected) => {
    const text = "The pact is mutual <&>";
    const markup = highlightText(text, spans).markup;
    expect(Object.fromEntries(marksOf(`<div class="source-text">${markup}</div>`))).toEqual(expected);
    expect(markup.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).toBe(text);
  });
});
