/** Properties of agreements and the statement nodes around them: memberships, clauses, events, capabilities, aims, assessments, roles. */
import { date, langString, toClass, toScheme, type PropertyDeclaration } from "./property-declaration.js";

export const agreementProperties = {
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
} as const satisfies Readonly<Record<string, PropertyDeclaration>>;
