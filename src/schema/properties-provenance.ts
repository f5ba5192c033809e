/** Properties of claims and their quoted evidence, and of Wikidata link decisions. */
import { date, langString, plainString, toClass, toScheme, type PropertyDeclaration } from "./property-declaration.js";

export const provenanceProperties = {
  // Claims and their evidence
  supports: { label: "supports", comment: "A node this claim is evidence for.", domain: "Claim", range: toClass("SourcedEntity"), min: 1, inverseRequired: true },
  epistemicStatus: { label: "epistemic status", comment: "How firmly the source asserts the claim.", domain: "Claim", range: toScheme("EpistemicStatusScheme"), min: 1, max: 1 },
  attributedTo: {
    iri: "prov:wasAttributedTo",
    label: "attributed to",
    comment: "Who the source attributes the claim to.",
    domain: "Claim",
    range: toClass(["Actor", "UnnamedSourceGroup", "SourceAuthor"]),
    min: 1,
  },
  source: { iri: "prov:hadPrimarySource", label: "source", comment: "The document the claim is taken from.", domain: "Claim", range: toClass("SourceDocument"), min: 1, max: 1 },
  hedges: { iri: "pact:hedge", label: "hedge", comment: "A hedging expression of the quote, e.g. 'potential'.", domain: "Claim", range: plainString },
  reportingVerb: { label: "reporting verb", comment: "The verb introducing the claim, e.g. 'notes'.", domain: "Claim", range: plainString, max: 1 },
  evidence: { label: "evidence", comment: "The quoted passage of the source.", domain: "Claim", range: toClass("SpecificResource"), min: 1, max: 1, computed: true },
  hasSource: { iri: "oa:hasSource", label: "has source", comment: "The document.", domain: "SpecificResource", range: toClass("SourceDocument"), min: 1, max: 1, computed: true },
  hasSelector: { iri: "oa:hasSelector", label: "has selector", comment: "A selector of the passage.", domain: "SpecificResource", range: toClass(["TextQuoteSelector", "TextPositionSelector"]), min: 1, computed: true },
  exact: { iri: "oa:exact", label: "exact", comment: "The quoted text.", domain: "TextQuoteSelector", range: plainString, min: 1, max: 1, computed: true },
  prefix: { iri: "oa:prefix", label: "prefix", comment: "Text just before the quote.", domain: "TextQuoteSelector", range: plainString, max: 1, computed: true },
  suffix: { iri: "oa:suffix", label: "suffix", comment: "Text just after the quote.", domain: "TextQuoteSelector", range: plainString, max: 1, computed: true },
  start: { iri: "oa:start", label: "start", comment: "Offset of the first code point.", domain: "TextPositionSelector", range: { kind: "literal", datatype: "xsd:nonNegativeInteger" }, min: 1, max: 1, computed: true },
  end: { iri: "oa:end", label: "end", comment: "Offset after the last code point.", domain: "TextPositionSelector", range: { kind: "literal", datatype: "xsd:nonNegativeInteger" }, min: 1, max: 1, computed: true },
  // Wikidata link decisions (written by `pactgraph link`; the link itself is the entity's skos:exactMatch)
  linkOf: { label: "link of", comment: "The entity this link decision is about.", domain: "WikidataLink", range: toClass(["Actor", "Region", "Agreement"]), min: 1, max: 1 },
  linkStatus: { label: "link status", comment: "Linked, needs review, or no Wikidata item.", domain: "WikidataLink", range: toScheme("LinkStatusScheme"), min: 1, max: 1 },
  linkMethod: { label: "link method", comment: "How the decision was made: a committed override or the automatic match.", domain: "WikidataLink", range: toScheme("LinkMethodScheme"), max: 1 },
  wikidataItem: { label: "Wikidata item considered", comment: "The Wikidata item a link decision or candidate is about.", domain: ["WikidataLink", "LinkCandidate"], range: { kind: "wikidata" }, max: 1 },
  matchScore: {
    label: "match score",
    comment: "Score from 0 to 100 given by the linker's scoring rule (src/link/score.ts).",
    domain: ["WikidataLink", "LinkCandidate"],
    range: { kind: "literal", datatype: "xsd:nonNegativeInteger" },
    max: 1,
  },
  matchedLabel: { label: "matched label", comment: "The Wikidata label or alias that matched the entity's name, in its language.", domain: ["WikidataLink", "LinkCandidate"], range: langString, max: 1 },
  matchFeatures: { iri: "pact:matchFeature", label: "match feature", comment: "A feature the score rests on, such as 'exact label (en)' or 'instance of wd:Q5'.", domain: ["WikidataLink", "LinkCandidate"], range: plainString },
  sparqlEndpoint: { label: "SPARQL endpoint", comment: "The SPARQL endpoint the candidates came from.", domain: "WikidataLink", range: plainString, max: 1 },
  decisionDate: { label: "decision date", comment: "When the decision was made; kept while the decision stays the same.", domain: "WikidataLink", range: date, min: 1, max: 1 },
  candidates: { iri: "pact:candidate", label: "candidate", comment: "A Wikidata item considered for an entity that needs review.", domain: "WikidataLink", range: toClass("LinkCandidate") },
} as const satisfies Readonly<Record<string, PropertyDeclaration>>;
