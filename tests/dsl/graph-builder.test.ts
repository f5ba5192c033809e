import { describe, expect, it } from "vitest";
import { createGraph, DslError, type GraphBuilder, type Ref } from "../../src/index.js";

const TEXT = "Alpha and Beta signed a pact in 2025. Beta joined. Beta joined.";

/** A minimal valid graph; each case below breaks it in one way. */
function base(): { g: GraphBuilder; src: Ref<"SourceDocument">; a: Ref<"State">; b: Ref<"State">; voice: Ref<"SourceAuthor"> } {
  const g = createGraph();
  const src = g.source("doc", { title: "Doc", sourceKind: "NewsArticle", notGiven: ["Publisher", "PublicationDate", "SourceUrl"], text: TEXT });
  const voice = g.add("SourceAuthor", "doc-author", { label: "Author", authorOf: src });
  const a = g.add("State", "alpha", { label: "Alpha" });
  const b = g.add("State", "beta", { label: "Beta" });
  return { g, src, a, b, voice };
}

function issuesOf(g: GraphBuilder): string[] {
  try {
    g.build();
  } catch (error) {
    if (error instanceof DslError) return error.issues.map((i) => `${i.entity}${i.field ? ` (${i.field})` : ""}: ${i.message}`);
    throw error;
  }
  return [];
}

function pactWithClaim(g: GraphBuilder, src: Ref<"SourceDocument">, voice: Ref<"SourceAuthor">, fields: { signed?: `${number}`; ended?: `${number}` } = {}) {
  const pact = g.add("MutualDefencePact", "pact", { label: "Pact", status: "Signed", ...fields });
  g.claim("pact-signed", { supports: [pact], epistemicStatus: "Confirmed", attributedTo: [voice], source: src, quote: "signed a pact in 2025" });
  return pact;
}

describe("a valid graph", () => {
  it("builds, with a Web Annotation quote selector at the right code-point offsets", () => {
    const { g, src, voice } = base();
    pactWithClaim(g, src, voice, { signed: "2025" });
    const quads = g.build();
    const value = (p: string) => quads.find((q) => q.predicate.value === p)?.object.value;
    expect(value("http://www.w3.org/ns/oa#exact")).toBe("signed a pact in 2025");
    expect(value("http://www.w3.org/ns/oa#start")).toBe(String(TEXT.indexOf("signed")));
    expect(value("http://www.w3.org/ns/oa#end")).toBe(String(TEXT.indexOf("signed") + "signed a pact in 2025".length));
    expect(value("http://www.w3.org/ns/oa#prefix")).toBe("Alpha and Beta ");
    expect(quads.find((q) => q.object.value === "2025")?.object).toMatchObject({ datatype: { value: "http://www.w3.org/2001/XMLSchema#gYear" } });
  });

  it("mints stable IRIs from slugs, one collection per kind of thing", () => {
    const { a, src, voice } = base();
    expect(a.iri).toBe("https://w3id.org/pactgraph/id/party/alpha");
    expect(src.iri).toBe("https://w3id.org/pactgraph/id/source/doc");
    expect(voice.iri).toBe("https://w3id.org/pactgraph/id/agent/doc-author");
  });
});

describe("build-time errors name the entity and the field", () => {
  const cases: [string, (g: GraphBuilder, s: ReturnType<typeof base>) => void, string][] = [
    ["duplicate IRI", (g) => g.add("State", "alpha", { label: "Alpha again" }), 'State "alpha": duplicate IRI'],
    [
      "a hand-made reference (not one graph.add returned)",
      (g, { src, voice }) => {
        const stranger = { iri: "https://w3id.org/pactgraph/id/party/gamma", slug: "gamma", className: "State" } as const;
        const pact = pactWithClaim(g, src, voice);
        g.add("Membership", "gamma-in-pact", { label: "m", member: stranger, agreement: pact, role: "Member", membershipStatus: "Active" });
      },
      'Membership "gamma-in-pact" (member): refers to <https://w3id.org/pactgraph/id/party/gamma>, which is not declared',
    ],
    [
      "mutual-defence clause binding one party",
      (g, { src, voice, a }) => {
        const pact = pactWithClaim(g, src, voice);
        const clause = g.add("Clause", "defence", { label: "d", agreement: pact, clauseTypes: ["Defence"], binds: [a], symmetric: true });
        g.claim("defence-claim", { supports: [clause], epistemicStatus: "Confirmed", attributedTo: [voice], source: src, quote: "Alpha" });
      },
      'Clause "defence" (binds): a mutual-defence clause must bind at least two parties, it binds 1',
    ],
    [
      "quote not in the source",
      (g, { src, voice }) => {
        const pact = g.add("Alliance", "alliance", { label: "A", status: "Proposed" });
        g.claim("invented", { supports: [pact], epistemicStatus: "Reported", attributedTo: [voice], source: src, quote: "Gamma signed" });
      },
      'Claim "invented" (quote): the quote "Gamma signed" does not occur in the source text',
    ],
    [
      "offset that does not match the quote",
      (g, { src, voice }) => {
        const pact = g.add("Alliance", "alliance", { label: "A", status: "Proposed" });
        g.claim("shifted", { supports: [pact], epistemicStatus: "Reported", attributedTo: [voice], source: src, quote: "Beta joined", start: 3 });
      },
      'Claim "shifted" (quote): the text at offset 3 is',
    ],
    [
      "quote occurring twice without an offset",
      (g, { src, voice }) => {
        const pact = g.add("Alliance", "alliance", { label: "A", status: "Proposed" });
        g.claim("twice", { supports: [pact], epistemicStatus: "Reported", attributedTo: [voice], source: src, quote: "Beta joined" });
      },
      "occurs 2 times",
    ],
    ["end date before start date", (g, { src, voice }) => pactWithClaim(g, src, voice, { signed: "2025", ended: "2024" }), 'MutualDefencePact "pact" (ended): ended 2024 is before signed 2025'],
    ["entity without any claim", (g) => g.add("Coalition", "orphan", { label: "Orphan", status: "Failed" }), 'Coalition "orphan": no claim supports it'],
    [
      "speculative claim without its hedge",
      (g, { src, voice }) => {
        const pact = g.add("Alliance", "alliance", { label: "A", status: "Proposed" });
        g.claim("hedgeless", { supports: [pact], epistemicStatus: "Speculative", attributedTo: [voice], source: src, quote: "Alpha and Beta" });
      },
      'Claim "hedgeless" (hedges): a Speculative claim must name the hedging words',
    ],
    [
      "impossible day (checked at build time)",
      (g, { src, voice }) => {
        const pact = g.add("Alliance", "alliance", { label: "A", status: "Proposed", signed: "2025-02-30" });
        g.claim("c", { supports: [pact], epistemicStatus: "Reported", attributedTo: [voice], source: src, quote: "Alpha and Beta" });
      },
      'Alliance "alliance" (signed): no day 30 in 2025-02',
    ],
    ["malformed slug", (g) => g.add("State", "Not A Slug", { label: "x" }), 'State "Not A Slug": slug must be'],
  ];

  it.each(cases)("%s", (_name, breakIt, expected) => {
    const setup = base();
    breakIt(setup.g, setup);
    expect(issuesOf(setup.g).join("\n")).toContain(expected);
  });

  it("reports every problem at once rather than the first", () => {
    const setup = base();
    setup.g.add("State", "alpha", { label: "Alpha again" });
    setup.g.add("Coalition", "orphan", { label: "Orphan", status: "Failed" });
    expect(issuesOf(setup.g)).toHaveLength(2);
  });

  it("checks untyped callers at run time too (unknown fields, wrong concepts, bad IDs)", () => {
    const { g } = base();
    const untyped = g as unknown as { add(c: string, s: string, i: Record<string, unknown>): Ref };
    untyped.add("State", "delta", { label: "Delta", colour: "red", wikidata: "43" });
    const issues = issuesOf(g).join("\n");
    expect(issues).toContain('State "delta" (colour): unknown field');
    expect(issues).toContain('"43" is not a Wikidata item ID');
  });
});
