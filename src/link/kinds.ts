/**
 * Which pactgraph classes are linked to Wikidata, grouped into the kinds `--types` selects, and
 * the Wikidata classes a candidate of each kind must (or must not) be an instance of.
 *
 * Only class IDs that were verified against public Wikidata data appear here (the list in the
 * linking issue). Kinds without a verified class (groups of states, non-state actors, think
 * tanks, regions) are not type-constrained; their candidates score lower for it, and a
 * candidate that is an instance of a class that cannot fit (a human for a region) is rejected.
 */
import type { ClassName } from "../schema/index.js";
import { ancestorsOf, classDeclaration, classNames, isSubclassOf } from "../schema/index.js";

/** A Wikidata item ID such as `Q43`. */
export type Qid = `Q${number}`;

/** Wikidata classes the linker uses, each verified against public Wikidata data. */
export const WIKIDATA_CLASSES = {
  sovereignState: "Q3624078",
  country: "Q6256",
  internationalOrganization: "Q484652",
  intergovernmentalOrganization: "Q245065",
  treaty: "Q131569",
  militaryAlliance: "Q1127126",
  multinationalMilitaryCoalition: "Q100906234",
  human: "Q5",
} as const satisfies Readonly<Record<string, Qid>>;

const C = WIKIDATA_CLASSES;

/** The kinds of entity `pactgraph link --types` selects. */
export const LINK_KINDS = ["state", "organization", "group", "nonstate", "person", "region", "agreement"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

interface KindDeclaration {
  /** The pactgraph classes (and their subclasses) of this kind. */
  readonly classes: readonly ClassName[];
  /** Wikidata classes besides those the schema aligns the pactgraph class with (skos:closeMatch). */
  readonly extraClasses: readonly Qid[];
  /** Being an instance of any of these rules a candidate out: it cannot be this kind of thing. */
  readonly conflicts: readonly Qid[];
}

const ORGANISATION_LIKE: readonly Qid[] = [C.internationalOrganization, C.intergovernmentalOrganization];
const AGREEMENT_LIKE: readonly Qid[] = [C.treaty, C.militaryAlliance, C.multinationalMilitaryCoalition];

// Order matters: a class is of the first kind whose classes it descends from.
const KINDS: Readonly<Record<LinkKind, KindDeclaration>> = {
  state: { classes: ["State"], extraClasses: [C.country], conflicts: [C.human, ...AGREEMENT_LIKE, ...ORGANISATION_LIKE] },
  // NATO is both a military alliance and an intergovernmental organisation, so alliances do not conflict.
  organization: { classes: ["InternationalOrganization", "Organization"], extraClasses: [], conflicts: [C.human, C.sovereignState, C.country, C.treaty] },
  group: { classes: ["GroupOfStates"], extraClasses: [], conflicts: [C.human, C.sovereignState, C.country, C.treaty] },
  // Armed groups sometimes claim statehood, so only humans and treaties rule a candidate out.
  nonstate: { classes: ["NonStateActor"], extraClasses: [], conflicts: [C.human, C.treaty] },
  person: {
    classes: ["Person"],
    extraClasses: [C.human],
    conflicts: [C.sovereignState, C.country, ...ORGANISATION_LIKE, ...AGREEMENT_LIKE],
  },
  region: { classes: ["Region"], extraClasses: [], conflicts: [C.human, ...ORGANISATION_LIKE, ...AGREEMENT_LIKE] },
  agreement: { classes: ["Agreement"], extraClasses: [], conflicts: [C.human, C.sovereignState, C.country] },
};

/** What the linker expects of a candidate for an entity of one pactgraph class. */
export interface TypeExpectation {
  readonly kind: LinkKind;
  /** A candidate that is an instance (P31/P279*) of one of these fits; empty when unchecked. */
  readonly accept: readonly Qid[];
  /** A candidate that is an instance of one of these cannot be the entity. */
  readonly conflicts: readonly Qid[];
}

/** The kind of a pactgraph class, or undefined when the class is not linked to Wikidata. */
export function kindOfClass(name: ClassName): LinkKind | undefined {
  for (const kind of LINK_KINDS) {
    if (KINDS[kind].classes.some((c) => isSubclassOf(name, c))) return kind;
  }
  return undefined;
}

/** The type expectation for a class: its own and its ancestors' Wikidata alignments plus the kind's extras. */
export function expectationFor(name: ClassName): TypeExpectation | undefined {
  const kind = kindOfClass(name);
  if (!kind) return undefined;
  const aligned = ancestorsOf(name)
    .map((c) => classDeclaration(c).wikidataClass)
    .filter((curie): curie is string => curie !== undefined)
    .map((curie) => curie.replace(/^wd:/, "") as Qid);
  return { kind, accept: [...new Set([...aligned, ...KINDS[kind].extraClasses])], conflicts: KINDS[kind].conflicts };
}

/** Every pactgraph class the linker links (concrete or not), for reading entities from a graph. */
export function linkableClasses(): ClassName[] {
  return classNames.filter((c) => kindOfClass(c) !== undefined);
}

/** Every Wikidata class the queries ask about: those that fit some kind or rule candidates out. */
export function classesOfInterest(expectation: TypeExpectation): Qid[] {
  return [...new Set([...expectation.accept, ...expectation.conflicts])].sort();
}

/** Parses a `--types` list such as `state,person`; unknown kinds are reported by the caller. */
export function isLinkKind(value: string): value is LinkKind {
  return (LINK_KINDS as readonly string[]).includes(value);
}
