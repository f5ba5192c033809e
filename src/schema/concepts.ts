/**
 * The SKOS concept schemes of the ontology, as plain data. Concept keys are the local names of
 * their IRIs in the `pact:` namespace, so they must be unique across all schemes (a test checks).
 * `notation` carries the ATOP (Alliance Treaty Obligations and Provisions, v5) variable name
 * where ATOP codes the same thing; `broader` builds the hierarchy inside a scheme.
 */

export interface ConceptDeclaration {
  readonly label: string;
  readonly definition: string;
  readonly notation?: string;
  readonly broader?: string;
  /** Agreement statuses only: whether an agreement in this status binds its parties. */
  readonly binding?: boolean;
  /** Epistemic statuses only: how firmly the source asserts it, 5 (confirmed fact) to 1 (speculation). */
  readonly firmness?: number;
}

export interface SchemeDeclaration {
  readonly label: string;
  readonly definition: string;
  readonly concepts: Readonly<Record<string, ConceptDeclaration>>;
}

export const conceptSchemes = {
  ClauseTypeScheme: {
    label: "Clause types",
    definition:
      "Obligations and provisions a clause of a security agreement can carry; core obligations follow ATOP.",
    concepts: {
      CoreObligation: { label: "core obligation", definition: "One of ATOP's five core alliance obligations." },
      Defence: {
        label: "defence obligation",
        definition: "Promise of active military support if a partner is attacked.",
        notation: "DEFENSE",
        broader: "CoreObligation",
      },
      Offence: {
        label: "offence obligation",
        definition: "Promise of active military support in a conflict the partners initiate.",
        notation: "OFFENSE",
        broader: "CoreObligation",
      },
      Neutrality: {
        label: "neutrality obligation",
        definition: "Promise to refrain from supporting an adversary of a partner.",
        notation: "NEUTRAL",
        broader: "CoreObligation",
      },
      NonAggression: {
        label: "non-aggression obligation",
        definition: "Promise not to attack a partner.",
        notation: "NONAGG",
        broader: "CoreObligation",
      },
      Consultation: {
        label: "consultation obligation",
        definition: "Promise to consult partners in crises that could become militarised.",
        notation: "CONSUL",
        broader: "CoreObligation",
      },
      Provision: { label: "provision", definition: "A cooperative provision beyond the core obligations." },
      MilitaryCooperation: {
        label: "military cooperation",
        definition: "Peacetime military contact and cooperation between the parties' armed forces.",
        notation: "MILCON",
        broader: "Provision",
      },
      MilitaryAid: {
        label: "military aid",
        definition: "Provision of military equipment, training or funds by one party to another.",
        notation: "MILAID",
        broader: "Provision",
      },
      IntelligenceSharing: {
        label: "intelligence sharing",
        definition: "Exchange of intelligence between the parties.",
        broader: "Provision",
      },
      DefenceIndustryCollaboration: {
        label: "defence-industry collaboration",
        definition: "Joint development, production or procurement of defence equipment.",
        broader: "Provision",
      },
      Interoperability: {
        label: "operational interoperability",
        definition: "Measures that let the parties' forces operate together.",
        broader: "Provision",
      },
      IntegratedCommand: {
        label: "integrated command",
        definition: "A common command structure for the parties' forces.",
        notation: "INTCOM",
        broader: "Provision",
      },
      Basing: {
        label: "basing",
        definition: "Stationing of one party's forces on another party's territory.",
        notation: "BASE",
        broader: "Provision",
      },
      NuclearDeterrence: {
        label: "nuclear deterrence or umbrella access",
        definition: "Extension of, or access to, a party's nuclear deterrent for another party.",
        broader: "Provision",
      },
    },
  },
  AgreementStatusScheme: {
    label: "Agreement statuses",
    definition: "Where an agreement stands, from an idea to its end.",
    concepts: {
      Envisaged: {
        label: "envisaged",
        definition: "Conceived by a party but not formally tabled with prospective partners.",
        binding: false,
      },
      Proposed: { label: "proposed", definition: "Formally put to prospective partners.", binding: false },
      UnderNegotiation: { label: "under negotiation", definition: "Being negotiated by the parties.", binding: false },
      Concluded: {
        label: "concluded",
        definition: "Agreed and established; the source does not say whether signed or in force.",
        binding: true,
      },
      Signed: { label: "signed", definition: "Signed by the parties.", binding: true },
      InForce: { label: "in force", definition: "In force between the parties.", binding: true },
      Suspended: { label: "suspended", definition: "In force, but its operation suspended (Vienna Convention, art. 57).", binding: false },
      Terminated: { label: "terminated", definition: "Ended for all its parties by termination or denunciation.", binding: false },
      Failed: { label: "failed", definition: "Abandoned before it was concluded.", binding: false },
      Blocked: {
        label: "blocked",
        definition: "Stopped by the opposition of one or more actors.",
        broader: "Failed",
        binding: false,
      },
      Lapsed: { label: "lapsed", definition: "Ended or expired after having been in force.", binding: false },
    },
  },
  AgreementScopeScheme: {
    label: "Agreement scopes",
    definition: "How many parties an agreement is between.",
    concepts: {
      Bilateral: { label: "bilateral", definition: "Between two parties." },
      Multilateral: { label: "multilateral", definition: "Between three or more parties." },
    },
  },
  MembershipRoleScheme: {
    label: "Membership roles",
    definition: "The role a party has, or would have, in an agreement.",
    concepts: {
      FoundingMember: { label: "founding member", definition: "A party from the agreement's start." },
      Member: { label: "member", definition: "A party that joined after the start." },
      AccedingMember: {
        label: "acceding member",
        definition: "A party that joined by accession, without having signed the agreement.",
        broader: "Member",
      },
      ProspectiveFoundingMember: {
        label: "prospective founding member",
        definition: "A party expected or envisaged to be among the founders of an agreement not yet concluded.",
      },
      ProspectiveMember: {
        label: "prospective member",
        definition: "A party seeking, or considered for, accession to an existing agreement.",
      },
      Proposer: { label: "proposer", definition: "The party that proposed or initiated the agreement." },
    },
  },
  MembershipStatusScheme: {
    label: "Membership statuses",
    definition: "Where a party's membership stands.",
    concepts: {
      Active: { label: "active", definition: "The party is a member." },
      InterestIndicated: {
        label: "interest indicated",
        definition: "The party has shown interest in joining; no formal application is reported.",
      },
      Applied: { label: "applied", definition: "The party has formally applied to join." },
      Envisioned: { label: "envisioned", definition: "Another party envisages this party as a member." },
      NotRealised: { label: "not realised", definition: "The membership never came about." },
      SuspendedMembership: { label: "suspended", definition: "The party's membership, or the agreement's operation for it, is suspended." },
      Ended: { label: "ended", definition: "The party has left or the agreement ended." },
    },
  },
  MembershipEndReasonScheme: {
    label: "Membership end reasons",
    definition: "Why a party stopped being a member of an agreement.",
    concepts: {
      Withdrew: { label: "withdrew", definition: "The party withdrew from, or denounced, the agreement." },
      Expelled: { label: "expelled", definition: "The other parties removed the party." },
      AgreementTerminated: { label: "agreement terminated", definition: "The agreement itself ended, for every party." },
      PartyCeased: { label: "party ceased to exist", definition: "The party dissolved or merged into another." },
    },
  },
  EpistemicStatusScheme: {
    label: "Epistemic statuses",
    definition: "How firmly a source asserts a claim.",
    concepts: {
      Confirmed: {
        label: "confirmed fact",
        definition: "Stated by the source as established fact in its own voice.",
        firmness: 5,
      },
      Reported: { label: "reported", definition: "Reported by the source on the authority of others.", firmness: 4 },
      Expected: { label: "expected or scheduled", definition: "A future event or outcome the source says is planned.", firmness: 3 },
      AnalystAssessment: {
        label: "assessment",
        definition: "A judgement of an analyst, expert or source, or the author's own interpretation; not a reported fact.",
        firmness: 2,
      },
      Speculative: {
        label: "speculative or hedged",
        definition: "A possibility the source marks with hedges such as 'potential' or 'could'.",
        firmness: 1,
      },
    },
  },
  ClauseConditionScheme: {
    label: "Clause conditions",
    definition: "Conditions that limit when an obligation applies, after ATOP's defco* variables (Leeds et al.).",
    concepts: {
      LocationCondition: { label: "location condition", definition: "Applies only to attacks in the regions named (pact:appliesIn).", notation: "DEFCOLOC" },
      AdversaryCondition: { label: "adversary condition", definition: "Applies only against the adversaries named (pact:againstAdversary).", notation: "DEFCOADV" },
      ConflictCondition: { label: "conflict condition", definition: "Applies only in a specific conflict.", notation: "DEFCOCON" },
      AttackerNumberCondition: { label: "number-of-attackers condition", definition: "Applies only when the number of attackers is as specified.", notation: "DEFCONUM" },
      DemandCondition: { label: "demand condition", definition: "Applies only if the ally did not refuse a demand of the attacker.", notation: "DEFCODEM" },
      NonProvocationCondition: { label: "non-provocation condition", definition: "Applies only if the ally did not provoke the attack.", notation: "DEFCONPR" },
      OnRequestCondition: { label: "on-request condition", definition: "Applies only when a party asks for it (consultation on request).", notation: "CONCOREQ" },
    },
  },
  SourceKindScheme: {
    label: "Source kinds",
    definition: "What kind of document a source is.",
    concepts: {
      NewsArticle: { label: "news article", definition: "A report in a newspaper, agency wire or news site." },
      TreatyText: { label: "treaty text", definition: "The text of an agreement itself, as signed or as published by its depositary." },
      OfficialStatement: { label: "official statement", definition: "A statement by a government, an organisation or an official." },
      Dataset: { label: "dataset", definition: "A curated dataset such as ATOP or COW." },
      Analysis: { label: "analysis", definition: "A report, paper or commentary by an analyst or a research institute." },
    },
  },
  MetadataFieldScheme: {
    label: "Source metadata fields",
    definition: "Metadata of a source that the copy held may not give.",
    concepts: {
      Publisher: { label: "publisher", definition: "Who published the document." },
      PublicationDate: { label: "publication date", definition: "When the document was published." },
      SourceUrl: { label: "URL", definition: "Where the document can be read." },
    },
  },
  EventStatusScheme: {
    label: "Event statuses",
    definition: "Whether an event has happened.",
    concepts: {
      Occurred: { label: "occurred", definition: "The event has taken place." },
      Planned: { label: "planned", definition: "The event is scheduled or expected to take place." },
    },
  },
  RoleTypeScheme: {
    label: "Role types",
    definition: "Roles people hold.",
    concepts: {
      HeadOfState: { label: "head of state", definition: "A state's head of state, such as a president." },
      CrownPrince: { label: "crown prince", definition: "The heir apparent of a monarchy." },
      Analyst: { label: "analyst", definition: "A researcher or expert who assesses security affairs." },
    },
  },
  CapabilityTypeScheme: {
    label: "Capability types",
    definition: "What a party can bring to an agreement.",
    concepts: {
      FinancialResources: { label: "financial resources", definition: "Money to fund joint efforts." },
      MilitaryExperience: { label: "military experience", definition: "Operational and combat experience." },
      DefenceIndustry: { label: "defence industry", definition: "Capacity to develop and produce arms." },
      NuclearCapability: { label: "nuclear capability", definition: "Nuclear weapons and their delivery means." },
    },
  },
  AimTypeScheme: {
    label: "Aim types",
    definition: "What an agreement or framework is meant to do about a threat, concern or situation.",
    concepts: {
      Counter: { label: "counter", definition: "Oppose or contain a threat or adversary." },
      Address: { label: "address", definition: "Respond to a concern of another actor." },
      Stabilise: { label: "stabilise", definition: "Create stability in a region or situation." },
      Independence: {
        label: "independence",
        definition: "Reduce reliance on, or act independently of, other actors or alliances.",
      },
      Realignment: { label: "realignment", definition: "Change the pattern of alignments in a region." },
    },
  },
  LinkStatusScheme: {
    label: "Link statuses",
    definition: "Where an entity's link to Wikidata stands.",
    concepts: {
      Linked: { label: "linked", definition: "The entity is linked to a Wikidata item with skos:exactMatch." },
      NeedsReview: { label: "needs review", definition: "No candidate was clear enough to accept; a curator should decide." },
      NoWikidataItem: { label: "no Wikidata item", definition: "A curator decided that Wikidata has no item for the entity." },
    },
  },
  LinkMethodScheme: {
    label: "Link methods",
    definition: "How a link decision was made.",
    concepts: {
      Override: { label: "override", definition: "Decided by a curator in the committed overrides file." },
      AutomaticMatch: { label: "automatic match", definition: "Accepted by the scoring rule: above the threshold with a clear margin." },
    },
  },
} as const satisfies Readonly<Record<string, SchemeDeclaration>>;

export type ConceptSchemes = typeof conceptSchemes;
export type SchemeName = keyof ConceptSchemes;
/** The concept keys of one scheme, e.g. `ConceptKey<"ClauseTypeScheme">` = "Defence" | "Offence" | … */
export type ConceptKey<S extends SchemeName> = keyof ConceptSchemes[S]["concepts"] & string;
