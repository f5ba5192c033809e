/**
 * The classes of the ontology, as plain data. Keys are local names in the `pact:` namespace
 * (external classes carry their own `iri`). Each class has at most one pactgraph parent, so the
 * TypeScript types can walk the hierarchy; alignments to other vocabularies go in `alignedWith`.
 */
import type { Collection } from "../rdf/prefixes.js";

export interface ClassDeclaration {
  readonly label: string;
  readonly comment: string;
  /** The pactgraph superclass (single inheritance keeps the type-level walk simple). */
  readonly parent?: string;
  /** Superclasses from other vocabularies (CURIEs), written as rdfs:subClassOf. */
  readonly alignedWith?: readonly string[];
  /** Closely matching Wikidata class (CURIE), written as skos:closeMatch. */
  readonly wikidataClass?: string;
  /** The instance IRI collection; inherited from the parent when absent. */
  readonly collection?: Collection;
  /** Abstract classes cannot be instantiated through the DSL. */
  readonly abstract?: boolean;
  /** Classes from other vocabularies: described by shapes, not declared in the OWL file. */
  readonly iri?: string;
  /** Built by the claim builder, never by `graph.add` (always blank nodes). */
  readonly internal?: boolean;
}

export const classes = {
  Thing: { label: "thing", comment: "Root of the pactgraph hierarchy.", iri: "owl:Thing", abstract: true },
  Actor: {
    label: "actor",
    comment: "Anyone who can act in international security affairs: a party, an organisation or a person.",
    parent: "Thing",
    alignedWith: ["prov:Agent"],
    abstract: true,
  },
  Party: {
    label: "party",
    comment: "An actor that can be party to a security agreement.",
    parent: "Actor",
    collection: "party",
    abstract: true,
  },
  State: {
    label: "state",
    comment: "A sovereign state.",
    parent: "Party",
    wikidataClass: "wd:Q3624078",
  },
  InternationalOrganization: {
    label: "international organisation",
    comment: "An organisation whose members are states or other organisations.",
    parent: "Party",
    alignedWith: ["org:FormalOrganization"],
    wikidataClass: "wd:Q484652",
  },
  IntergovernmentalOrganization: {
    label: "intergovernmental organisation",
    comment: "An international organisation founded by a treaty between states.",
    parent: "InternationalOrganization",
    wikidataClass: "wd:Q245065",
  },
  GroupOfStates: {
    label: "group of states",
    comment: "An informal collective of states named as one actor, such as 'Gulf nations'.",
    parent: "Party",
  },
  NonStateActor: {
    label: "non-state actor",
    comment: "An armed group, network or movement that is not a state, such as ISIS or proxy networks.",
    parent: "Party",
  },
  Organization: {
    label: "organisation",
    comment: "A non-party organisation such as a think tank or research institute.",
    parent: "Actor",
    alignedWith: ["org:Organization"],
    collection: "organization",
  },
  ThinkTank: {
    label: "think tank",
    comment: "A research organisation that analyses policy.",
    parent: "Organization",
  },
  Person: {
    label: "person",
    comment: "A human being; roles and affiliations are pact:RoleAssignment nodes.",
    parent: "Actor",
    alignedWith: ["prov:Person", "foaf:Person"],
    collection: "person",
  },
  UnnamedSourceGroup: {
    label: "unnamed source group",
    comment: "Unnamed people a source attributes statements to, such as 'Turkish sources' or 'analysts'.",
    parent: "Thing",
    alignedWith: ["prov:Agent"],
    collection: "agent",
  },
  SourceAuthor: {
    label: "source author",
    comment: "The voice of a source document itself: its author or outlet, named or not.",
    parent: "Thing",
    alignedWith: ["prov:Agent"],
    collection: "agent",
  },
  Region: {
    label: "region",
    comment: "A geographic area: a region or theatre of operations (the Red Sea, MENA) or a place where events happen (a capital).",
    parent: "Thing",
    alignedWith: ["dcterms:Location"],
    collection: "region",
  },
  SourceDocument: {
    label: "source document",
    comment: "A document statements are taken from; its text is held alongside the graph.",
    parent: "Thing",
    alignedWith: ["prov:Entity", "foaf:Document"],
    collection: "source",
  },
  SourcedEntity: {
    label: "sourced entity",
    comment: "Anything known only from sources; at least one pact:Claim must support it.",
    parent: "Thing",
    alignedWith: ["prov:Entity"],
    abstract: true,
  },
  Agreement: {
    label: "agreement",
    comment: "A security agreement, pact, alliance, coalition or proposed framework.",
    parent: "SourcedEntity",
    wikidataClass: "wd:Q131569",
    collection: "agreement",
  },
  MutualDefencePact: {
    label: "mutual defence pact",
    comment: "An agreement whose parties promise to defend each other if attacked.",
    parent: "Agreement",
  },
  DefenceCooperationAgreement: {
    label: "defence cooperation agreement",
    comment: "An agreement on military cooperation without a mutual defence promise.",
    parent: "Agreement",
  },
  Alliance: {
    label: "alliance",
    comment: "A standing military alliance.",
    parent: "Agreement",
    wikidataClass: "wd:Q1127126",
  },
  Coalition: {
    label: "coalition",
    comment: "A multinational military coalition formed for a purpose.",
    parent: "Agreement",
    wikidataClass: "wd:Q100906234",
  },
  ProposedFramework: {
    label: "proposed framework",
    comment: "A security framework or mechanism that has been proposed or envisaged but not concluded.",
    parent: "Agreement",
  },
  Membership: {
    label: "membership",
    comment: "A party's actual or prospective membership of an agreement, with its own role and status.",
    parent: "SourcedEntity",
    collection: "membership",
  },
  Clause: {
    label: "clause",
    comment: "An obligation or provision of an agreement, with the parties it binds.",
    parent: "SourcedEntity",
    collection: "clause",
  },
  Event: {
    label: "event",
    comment: "Something that happened or is planned: a signing, a visit, a meeting, a proposal, a blocking.",
    parent: "SourcedEntity",
    alignedWith: ["prov:Activity"],
    collection: "event",
  },
  Signing: { label: "signing", comment: "The signing of an agreement (by all its signatories, or by the participants named).", parent: "Event" },
  Ratification: {
    label: "ratification",
    comment: "A party's ratification, acceptance or approval of an agreement it signed: its consent to be bound (Vienna Convention, arts. 14–16).",
    parent: "Event",
  },
  EntryIntoForce: {
    label: "entry into force",
    comment: "An agreement entering into force, for all its parties or for the participants named (Vienna Convention, art. 24).",
    parent: "Event",
  },
  Accession: {
    label: "accession",
    comment: "A party joining an agreement it did not sign, by depositing an instrument of accession (Vienna Convention, art. 15).",
    parent: "Event",
  },
  Withdrawal: {
    label: "withdrawal or denunciation",
    comment: "A party leaving an agreement, by withdrawal or denunciation (Vienna Convention, arts. 54–56).",
    parent: "Event",
  },
  Suspension: {
    label: "suspension",
    comment: "The operation of an agreement suspended, for all its parties or for the participants named (Vienna Convention, art. 57).",
    parent: "Event",
  },
  Termination: { label: "termination", comment: "An agreement ending for all its parties (Vienna Convention, art. 54).", parent: "Event" },
  Establishment: {
    label: "establishment",
    comment: "The coming into being of an agreement when the source does not say it was signed.",
    parent: "Event",
  },
  Visit: { label: "visit", comment: "A visit by an official to one or more hosts.", parent: "Event" },
  Meeting: { label: "meeting", comment: "A meeting between actors.", parent: "Event" },
  Proposal: { label: "proposal", comment: "The act of proposing an agreement.", parent: "Event" },
  Blocking: { label: "blocking", comment: "The act of blocking a proposed agreement.", parent: "Event" },
  Capability: {
    label: "capability",
    comment: "A capability a party holds and may contribute to an agreement.",
    parent: "SourcedEntity",
    collection: "capability",
  },
  Aim: {
    label: "aim",
    comment: "A threat to counter, a concern to address or an aim an agreement is meant to serve.",
    parent: "SourcedEntity",
    collection: "aim",
  },
  Assessment: {
    label: "assessment",
    comment: "A judgement about actors, agreements or regions, attributed through its claims.",
    parent: "SourcedEntity",
    collection: "assessment",
  },
  RoleAssignment: {
    label: "role assignment",
    comment: "A person holding a role (head of state, analyst…), possibly in an actor.",
    parent: "SourcedEntity",
    collection: "role",
  },
  Claim: {
    label: "claim",
    comment: "A statement taken from a source: what it supports, who said it, how firmly, and the exact quote.",
    parent: "Thing",
    alignedWith: ["prov:Entity"],
    collection: "claim",
  },
  Statement: {
    label: "statement",
    comment: "One value a claim says a node has: the node (rdf:subject), the property (rdf:predicate) and the value (rdf:object). Claims that say different values for the same node and property dispute it.",
    internal: true,
  },
  SpecificResource: {
    label: "specific resource",
    comment: "A part of a source document (W3C Web Annotation).",
    iri: "oa:SpecificResource",
    internal: true,
  },
  TextQuoteSelector: {
    label: "text quote selector",
    comment: "Selects text by quoting it with some context (W3C Web Annotation).",
    iri: "oa:TextQuoteSelector",
    internal: true,
  },
  TextPositionSelector: {
    label: "text position selector",
    comment: "Selects text by its start and end character offsets (W3C Web Annotation).",
    iri: "oa:TextPositionSelector",
    internal: true,
  },
  // Written by `pactgraph link` to data/links/wikidata.ttl, never by `graph.add`.
  WikidataLink: {
    label: "Wikidata link decision",
    comment:
      "Whether and how an entity was matched to a Wikidata item: status, method, score, matched label, endpoint and date. The link itself is the entity's skos:exactMatch.",
    parent: "Thing",
    alignedWith: ["prov:Entity"],
    collection: "link",
    internal: true,
  },
  LinkCandidate: {
    label: "link candidate",
    comment: "A Wikidata item the linker considered for an entity that still needs review, with its score and features.",
    parent: "Thing",
    internal: true,
  },
} as const satisfies Readonly<Record<string, ClassDeclaration>>;

export type Classes = typeof classes;
export type ClassName = keyof Classes;
