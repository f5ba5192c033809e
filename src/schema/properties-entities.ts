/** Properties of everything, of parties and of source documents and the voices inside them. */
import { date, langString, plainString, toClass, toScheme, type PropertyDeclaration } from "./property-declaration.js";

export const entityProperties = {
  // Everything
  label: { iri: "rdfs:label", label: "label", comment: "The name of the thing.", domain: "Thing", range: langString, min: 1, max: 1 },
  altLabels: { iri: "skos:altLabel", label: "alternative label", comment: "Other names.", domain: "Thing", range: langString },
  comment: { iri: "rdfs:comment", label: "comment", comment: "A short description.", domain: "Thing", range: langString, max: 1 },
  reviewNotes: {
    iri: "pact:reviewNote",
    label: "review note",
    comment: "Something a curator should check: an inference from context or a gap in the source.",
    domain: "Thing",
    range: plainString,
  },
  wikidata: {
    iri: "skos:exactMatch",
    label: "Wikidata item",
    comment: "The matching Wikidata item.",
    domain: ["Actor", "Region", "Agreement"],
    range: { kind: "wikidata" },
    max: 1,
  },
  // Parties
  cowCode: { label: "COW code", comment: "Correlates of War numeric state code.", domain: "State", range: { kind: "literal", datatype: "xsd:integer" }, max: 1 },
  cowAbbreviation: { label: "COW abbreviation", comment: "Correlates of War three-letter state abbreviation.", domain: "State", range: plainString, max: 1 },
  includes: { label: "includes", comment: "A state the group includes (not necessarily all of them).", domain: "GroupOfStates", range: toClass("State") },
  associatedWith: { label: "associated with", comment: "A party the non-state actor is tied to or backed by.", domain: "NonStateActor", range: toClass("Party") },
  honorific: { iri: "foaf:title", label: "honorific", comment: "A title such as 'Dr.'.", domain: "Person", range: plainString, max: 1 },
  // Sources and the voices inside them
  title: { iri: "dcterms:title", label: "title", comment: "The document's title.", domain: "SourceDocument", range: plainString, min: 1, max: 1 },
  textFile: { label: "text file", comment: "Path of the document's text, relative to the project root.", domain: "SourceDocument", range: plainString, max: 1 },
  sha256: { label: "SHA-256", comment: "SHA-256 of the document's text (UTF-8), hex.", domain: "SourceDocument", range: plainString, min: 1, max: 1, computed: true },
  characterCount: {
    label: "character count",
    comment: "Length of the text in Unicode code points, the unit of all offsets.",
    domain: "SourceDocument",
    range: { kind: "literal", datatype: "xsd:nonNegativeInteger" },
    min: 1,
    max: 1,
    computed: true,
  },
  language: { iri: "dcterms:language", label: "language", comment: "BCP 47 language tag of the text.", domain: "SourceDocument", range: plainString, max: 1 },
  sourceKind: { label: "source kind", comment: "What kind of document the source is.", domain: "SourceDocument", range: toScheme("SourceKindScheme"), min: 1, max: 1 },
  publisher: {
    iri: "dcterms:publisher",
    label: "publisher",
    comment: "Who published the document (an outlet, a ministry, an organisation).",
    domain: "SourceDocument",
    range: toClass(["Organization", "Party"]),
    orNotGiven: "Publisher",
  },
  published: { iri: "dcterms:issued", label: "published", comment: "When the document was published, as precisely as known.", domain: "SourceDocument", range: date, max: 1, orNotGiven: "PublicationDate" },
  url: { iri: "schema:url", label: "URL", comment: "Where the document can be read.", domain: "SourceDocument", range: { kind: "literal", datatype: "xsd:anyURI" }, max: 1, orNotGiven: "SourceUrl" },
  notGiven: {
    label: "not given",
    comment: "Metadata the copy held does not give (so its absence is a decision, not an omission).",
    domain: "SourceDocument",
    range: toScheme("MetadataFieldScheme"),
  },
  authorOf: { label: "author of", comment: "The document this voice belongs to.", domain: "SourceAuthor", range: toClass("SourceDocument"), min: 1, max: 1 },
  affiliatedWith: { label: "affiliated with", comment: "A party the unnamed sources belong to.", domain: "UnnamedSourceGroup", range: toClass("Party") },
  includesPerson: { label: "includes person", comment: "A named person among the group.", domain: "UnnamedSourceGroup", range: toClass("Person") },
  // Regions
  within: { label: "within", comment: "A larger region this one lies in (a capital within a region, the Red Sea within the Middle East).", domain: "Region", range: toClass("Region") },
} as const satisfies Readonly<Record<string, PropertyDeclaration>>;
