/**
 * The obligations and provisions of an agreement, as ATOP codes them: defence clauses binding
 * all members or only some, asymmetric guarantees, basing and aid with their beneficiaries,
 * consultation, non-aggression, cooperation provisions, and the occasional nuclear umbrella.
 */
import type { Ref } from "../../src/index.js";
import type { AgreementFacts } from "./agreements.js";
import { listing } from "./names.js";
import { state, type Scene, type Stance } from "./scene.js";
import { pickState, type StateEntry } from "./world.js";

type ClauseType =
  | "Defence" | "Offence" | "Neutrality" | "NonAggression" | "Consultation" | "MilitaryCooperation" | "MilitaryAid"
  | "IntelligenceSharing" | "DefenceIndustryCollaboration" | "Interoperability" | "IntegratedCommand" | "Basing" | "NuclearDeterrence";

interface ClauseSpec {
  readonly types: readonly ClauseType[];
  readonly binds: readonly StateEntry[];
  readonly beneficiaries?: readonly StateEntry[];
  readonly summary: string;
  /** The sentence stating it, without its full stop. */
  readonly statement: string;
  readonly stance?: Stance;
  readonly condition?: string;
  readonly region?: boolean;
  /** ATOP-style limits on a defence obligation: only in the clause's region, or only against one adversary. */
  readonly limit?: "location" | "adversary";
}

/** Chance of each provision, per kind of agreement. */
const PROVISIONS: Readonly<Record<AgreementFacts["kind"], Partial<Record<ClauseType, number>>>> = {
  MutualDefencePact: { Defence: 1, Consultation: 0.5, MilitaryCooperation: 0.4, NuclearDeterrence: 0.1, Basing: 0.1 },
  Alliance: { Defence: 0.7, Consultation: 0.6, NonAggression: 0.3, Offence: 0.05, Neutrality: 0.1, IntegratedCommand: 0.15, NuclearDeterrence: 0.05 },
  DefenceCooperationAgreement: {
    MilitaryCooperation: 0.9, IntelligenceSharing: 0.4, DefenceIndustryCollaboration: 0.3, Interoperability: 0.3, Basing: 0.2, MilitaryAid: 0.25,
  },
  Coalition: { MilitaryCooperation: 0.8, Interoperability: 0.5, IntegratedCommand: 0.3, IntelligenceSharing: 0.3 },
  ProposedFramework: { Defence: 0.3, Consultation: 0.3, IntelligenceSharing: 0.3, Interoperability: 0.2, DefenceIndustryCollaboration: 0.2 },
};

/** Declares the agreement's clauses, each supported by a claim quoting the sentence that states it. */
export function declareClauses(scene: Scene, a: AgreementFacts): void {
  const { random } = scene;
  if (a.members.length < 2) return;
  for (const [type, chance] of Object.entries(PROVISIONS[a.kind]) as [ClauseType, number][]) {
    if (!random.chance(chance)) continue;
    declareClause(scene, a, type, clauseSpec(scene, a, type));
  }
}

function clauseSpec(scene: Scene, a: AgreementFacts, type: ClauseType): ClauseSpec {
  const { random } = scene;
  const members = a.members;
  const names = listing(members.map((m) => m.name));
  const first = members[0] as StateEntry;
  const others = members.slice(1);
  const pair = random.sample(members, 2);
  const pairNames = listing(pair.map((m) => m.name));
  const prospective = a.binding ? "" : "would ";
  switch (type) {
    case "Defence": {
      if (a.kind === "MutualDefencePact" && random.chance(0.15)) {
        return {
          types: ["Defence"], binds: [first], beneficiaries: others, summary: `${first.name} guarantees the defence of the other parties.`,
          statement: `${first.name} ${prospective || "has "}guarantee${prospective ? "" : "d"} the defence of ${listing(others.map((m) => m.name))} under ${a.name}, without a reciprocal commitment`,
        };
      }
      const subset = members.length > 3 && random.chance(0.25) ? random.sample(members, random.int(2, members.length - 1)) : members;
      const bound = subset === members ? names : listing(subset.map((m) => m.name));
      // A fifth of defence clauses hold only for attacks in one region, a tenth only against one adversary.
      const limit = random.weighted({ none: 7, location: 2, adversary: 1 });
      return {
        ...(limit === "none" ? {} : { limit }),
        types: random.chance(0.2) ? ["Defence", "Consultation"] : ["Defence"], binds: subset,
        summary: "An armed attack on one party is treated as an attack on all of them.",
        statement: subset === members
          ? `Under ${a.name}, ${bound} ${prospective || ""}treat an armed attack on any of them as an attack on all`
          : `The mutual defence clause of ${a.name} ${prospective ? "would bind" : "binds"} only ${bound}`,
        condition: "An armed attack on a party.",
      };
    }
    case "Offence":
      return { types: ["Offence"], binds: members, summary: "The parties will fight together in a war any of them begins.", statement: `${names} agreed to fight side by side in any war one of them starts` };
    case "Neutrality":
      return { types: ["Neutrality"], binds: pair, summary: "Neutrality if a party is attacked by a third state.", statement: `${pairNames} promised to stay neutral if either is attacked by a third state` };
    case "NonAggression":
      return { types: ["NonAggression"], binds: members, summary: "The parties will not attack one another.", statement: `${names} pledged never to attack one another` };
    case "Consultation":
      return {
        types: ["Consultation"], binds: members, summary: "Consultation in any crisis threatening the region.", region: true,
        statement: `The parties to ${a.name} ${prospective || "will "}consult one another in any crisis that threatens the region`,
      };
    case "MilitaryCooperation":
      return { types: ["MilitaryCooperation"], binds: members, summary: "Joint exercises and officer exchanges.", statement: `${a.name} provides for joint exercises and officer exchanges between ${names}` };
    case "IntelligenceSharing":
      return { types: ["IntelligenceSharing"], binds: pair, summary: "Exchange of intelligence.", region: true, statement: `${pairNames} ${prospective || "will "}share intelligence on armed groups in the region` };
    case "DefenceIndustryCollaboration":
      return { types: ["DefenceIndustryCollaboration"], binds: pair, summary: "Joint production of armoured vehicles and drones.", statement: `${pairNames} agreed to co-produce armoured vehicles and drones` };
    case "Interoperability":
      return { types: ["Interoperability"], binds: members, summary: "Training to common standards.", statement: `The forces of ${names} are to train to common standards` };
    case "IntegratedCommand":
      return { types: ["IntegratedCommand"], binds: members, summary: "An integrated command.", statement: `${a.name} operates under an integrated command based in ${random.pick(scene.world.cities)}` };
    case "Basing": {
      const [host, guest] = pair as [StateEntry, StateEntry];
      return { types: ["Basing"], binds: [host], beneficiaries: [guest], summary: `${host.name} hosts ${guest.name}'s troops.`, statement: `${host.name} will host ${guest.name}'s troops at a base near ${random.pick(scene.world.cities)}`, stance: { kind: "report", state: host } };
    }
    case "MilitaryAid": {
      const [donor, recipient] = pair as [StateEntry, StateEntry];
      return { types: ["MilitaryAid"], binds: [donor], beneficiaries: [recipient], summary: `${donor.name} supplies ${recipient.name} with arms and training.`, statement: `${donor.name} will supply ${recipient.name} with air-defence systems and training` };
    }
    case "NuclearDeterrence": {
      const [provider, beneficiary] = pair as [StateEntry, StateEntry];
      const hedged = scene.random.chance(0.7);
      return {
        types: ["NuclearDeterrence"], binds: [provider], beneficiaries: [beneficiary], summary: `Access to ${provider.name}'s nuclear deterrent.`,
        statement: hedged
          ? `${a.name} could potentially extend ${provider.name}’s nuclear umbrella to ${beneficiary.name}`
          : `${a.name} extends ${provider.name}’s nuclear umbrella to ${beneficiary.name}`,
        stance: hedged ? { kind: "speculation", hedges: ["could", "potentially"] } : { kind: "fact" },
      };
    }
  }
}

function declareClause(scene: Scene, a: AgreementFacts, type: ClauseType, spec: ClauseSpec): void {
  const { g, random, world, key } = scene;
  const region = spec.region || spec.limit === "location" || random.chance(0.15) ? [random.pick(world.regions).ref] : [];
  const asymmetric = spec.beneficiaries !== undefined;
  const adversary = spec.limit === "adversary" ? pickState(world, random) : undefined;
  const limits =
    spec.limit === "location" ? { conditionTypes: ["LocationCondition" as const] }
    : adversary && !spec.binds.includes(adversary) ? { conditionTypes: ["AdversaryCondition" as const], againstAdversaries: [adversary.ref] }
    : {};
  const ref: Ref<"Clause"> = g.add("Clause", `${key}-${type.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase()}`, {
    label: `${spec.types.length > 1 ? "Defence and consultation" : type.replace(/([a-z])([A-Z])/g, "$1 $2")} clause of ${a.name}`,
    agreement: a.ref,
    clauseTypes: spec.types,
    binds: spec.binds.map((m) => m.ref),
    ...(asymmetric ? { beneficiaries: (spec.beneficiaries ?? []).map((m) => m.ref) } : {}),
    symmetric: !asymmetric,
    clauseSummary: spec.summary,
    ...(spec.condition ? { condition: spec.condition } : {}),
    ...(region.length > 0 ? { appliesIn: region } : {}),
    ...limits,
  });
  state(scene, spec.statement, spec.stance ?? (a.binding ? { kind: "fact" } : { kind: "report" }), [ref]);
}
