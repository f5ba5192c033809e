/**
 * The properties of the ontology, as plain data. Keys are the DSL field names; the IRI is
 * `pact:<key>` unless `iri` says otherwise. Domain, range and cardinality drive the OWL axioms,
 * the SHACL shapes, the JSON-LD context and the DSL's input types alike.
 */
import type { ClassName } from "./classes.js";
import type { SchemeName } from "./concepts.js";

export type LiteralDatatype =
  | "xsd:string"
  | "rdf:langString"
  | "xsd:integer"
  | "xsd:nonNegativeInteger"
  | "xsd:boolean";

export type RangeDeclaration =
  | { readonly kind: "class"; readonly class: ClassName | readonly ClassName[] }
  | { readonly kind: "concept"; readonly scheme: SchemeName }
  | { readonly kind: "literal"; readonly datatype: LiteralDatatype }
  /** xsd:date, xsd:gYearMonth, xsd:gYear or xsd:gMonth: as precise as the source, never padded. */
  | { readonly kind: "date" }
  /** An IRI in the Wikidata entity namespace. */
  | { readonly kind: "wikidata" };

export interface PropertyDeclaration {
  readonly label: string;
  readonly comment: string;
  readonly domain: ClassName | readonly ClassName[];
  readonly range: RangeDeclaration;
  readonly iri?: string;
  readonly min?: 0 | 1;
  readonly max?: 1;
  readonly subPropertyOf?: readonly string[];
  /** Every instance of the (class) range must be the object of at least one such triple. */
  readonly inverseRequired?: boolean;
  /** Computed by the DSL (quotes, hashes), not a field users fill in. */
  readonly computed?: boolean;
}

const langString = { kind: "literal", datatype: "rdf:langString" } as const;
const plainString = { kind: "literal", datatype: "xsd:string" } as const;
const date = { kind: "date" } as const;
const toClass = <const C extends ClassName | readonly ClassName[]>(c: C) => ({ kind: "class", class: c }) as const;
const toScheme = <const S extends SchemeName>(scheme: S) => ({ kind: "concept", scheme }) as const;

export const properties = {
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
  authorOf: { label: "author of", comment: "The document this voice belongs to.", domain: "SourceAuthor", range: toClass("SourceDocument"), min: 1, max: 1 },
  affiliatedWith: { label: "affiliated with", comment: "A party the unnamed sources belong to.", domain: "UnnamedSourceGroup", range: toClass("Party") },
  includesPerson: { label: "includes person", comment: "A named person among the group.", domain: "UnnamedSourceGroup", range: toClass("Person") },
  // Agreements
  status: { iri: "pact:agreementStatus", label: "agreement status", comment: "Where the agreement stands.", domain: "Agreement", range: toScheme("AgreementStatusScheme"), min: 1, max: 1 },
  scope: { label: "scope", comment: "Bilateral or multilateral.", domain: "Agreement", range: toScheme("AgreementScopeScheme"), max: 1 },
  established: { iri: "pact:dateEstablished", label: "date established", comment: "When the agreement came into being, if the source does not say signed.", domain: "Agreement", range: date, max: 1 },
  signed: { iri: "pact:dateSigned", label: "date signed", comment: "When the agreement was signed.", domain: "Agreement", range: date, max: 1 },
  inForce: { iri: "pact:dateInForce", label: "date in force", comment: "When the agreement entered into force.", domain: "Agreement", range: date, max: 1 },
  ended: { iri: "pact:dateEnded", label: "date ended", comment: "When the agreement ended.", domain: "Agreement", range: date, max: 1 },
  proposedBy: { label: "proposed by", comment: "The party that proposed or initiated the agreement.", domain: "Agreement", range: toClass("Party") },
  blockedBy: { label: "blocked by", comment: "A party that blocked the agreement.", domain: "Agreement", range: toClass("Party") },
  modelledOn: { label: "modelled on", comment: "An organisation or agreement this one is modelled on.", domain: "Agreement", range: toClass(["Party", "Agreement"]) },
  coversRegion: { label: "covers region", comment: "A region or theatre the agreement covers.", domain: "Agreement", range: toClass("Region") },
  // Memberships
  member: { label: "member", comment: "The party whose membership this is.", domain: "Membership", range: toClass("Party"), min: 1, max: 1 },
  agreement: { label: "agreement", comment: "The agreement this node belongs to.", domain: ["Membership", "Clause", "Aim"], range: toClass("Agreement"), min: 1, max: 1 },
  role: { iri: "pact:membershipRole", label: "membership role", comment: "The party's role in the agreement.", domain: "Membership", range: toScheme("MembershipRoleScheme"), min: 1, max: 1 },
  membershipStatus: { label: "membership status", comment: "Where the membership stands.", domain: "Membership", range: toScheme("MembershipStatusScheme"), min: 1, max: 1 },
  startDate: { label: "start date", comment: "When it began.", domain: ["Membership", "RoleAssignment"], range: date, max: 1 },
  endDate: { label: "end date", comment: "When it ended.", domain: ["Membership", "RoleAssignment"], range: date, max: 1 },
  // Clauses
  clauseTypes: { iri: "pact:clauseType", label: "clause type", comment: "Obligation or provision the clause carries.", domain: "Clause", range: toScheme("ClauseTypeScheme"), min: 1 },
  clauseText: { label: "clause text", comment: "The verbatim text of the clause, when known.", domain: "Clause", range: langString, max: 1 },
  clauseSummary: { label: "clause summary", comment: "The clause as a source describes it.", domain: "Clause", range: langString, max: 1 },
  binds: { label: "binds", comment: "A party the clause obliges.", domain: "Clause", range: toClass("Party"), min: 1 },
  beneficiaries: { iri: "pact:beneficiary", label: "beneficiary", comment: "A party an asymmetric clause benefits.", domain: "Clause", range: toClass("Party") },
  symmetric: { label: "symmetric", comment: "True when every bound party owes the obligation to every other.", domain: "Clause", range: { kind: "literal", datatype: "xsd:boolean" }, min: 1, max: 1 },
  condition: { label: "condition", comment: "The condition under which the clause applies.", domain: "Clause", range: langString, max: 1 },
  appliesIn: { label: "applies in", comment: "A region or theatre this applies in.", domain: ["Clause", "Aim", "Assessment"], range: toClass("Region") },
  // Events
  date: { label: "date", comment: "When the event happened or is planned.", domain: "Event", range: date, max: 1 },
  eventStatus: { label: "event status", comment: "Whether the event has happened.", domain: "Event", range: toScheme("EventStatusScheme"), min: 1, max: 1 },
  participants: { iri: "pact:participant", label: "participant", comment: "An actor taking part.", domain: "Event", range: toClass("Actor") },
  hosts: { iri: "pact:host", label: "host", comment: "A party hosting the event.", domain: "Event", range: toClass("Party") },
  concerns: { label: "concerns", comment: "An agreement the event is about.", domain: "Event", range: toClass("Agreement") },
  agenda: { iri: "pact:agendaItem", label: "agenda item", comment: "A topic on the agenda.", domain: "Event", range: langString },
  partOf: { iri: "pact:partOfEvent", label: "part of event", comment: "The larger event this one belongs to.", domain: "Event", range: toClass("Event"), max: 1 },
  // Capabilities, aims, assessments, roles
  heldBy: { label: "held by", comment: "The party holding the capability.", domain: "Capability", range: toClass("Party"), min: 1, max: 1 },
  capabilityType: { label: "capability type", comment: "What kind of capability.", domain: "Capability", range: toScheme("CapabilityTypeScheme"), min: 1, max: 1 },
  contributedTo: { label: "contributed to", comment: "An agreement the capability is (or would be) brought to.", domain: "Capability", range: toClass("Agreement") },
  aimType: { label: "aim type", comment: "What the agreement is meant to do.", domain: "Aim", range: toScheme("AimTypeScheme"), min: 1, max: 1 },
  aimTargets: { iri: "pact:aimTarget", label: "aim target", comment: "The actor or region the aim is about.", domain: "Aim", range: toClass(["Actor", "Region"]) },
  subjects: { iri: "pact:assessmentOf", label: "assessment of", comment: "What the assessment is about.", domain: "Assessment", range: toClass(["Actor", "Region", "SourcedEntity"]), min: 1 },
  holder: { label: "holder", comment: "The person holding the role.", domain: "RoleAssignment", range: toClass("Person"), min: 1, max: 1 },
  roleType: { label: "role type", comment: "The kind of role.", domain: "RoleAssignment", range: toScheme("RoleTypeScheme"), min: 1, max: 1 },
  roleIn: { label: "role in", comment: "The state or organisation the role is held in.", domain: "RoleAssignment", range: toClass("Actor"), max: 1 },
  // Derived relations: constructed by saved queries from the clauses, never asserted in the DSL
  obligedToDefend: {
    label: "obliged to defend",
    comment: "Derived: a defence clause of an agreement in a binding status obliges the subject to come to the object's defence (queries/defence-network.rq constructs it).",
    domain: "Party",
    range: toClass("Party"),
    computed: true,
  },
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

export type Properties = typeof properties;
export type PropertyName = keyof Properties;
