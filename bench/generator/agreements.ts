/**
 * One agreement with its members: the agreement node, founding, later and prospective
 * memberships, the signing or establishment, and for proposals the proposal and its fate.
 * Clauses and the agreement's context are added by clauses.ts and context.ts.
 */
import type { PartialDate, Ref } from "../../src/index.js";
import { declareClauses } from "./clauses.js";
import { declareContext } from "./context.js";
import { listing } from "./names.js";
import type { Random } from "./random.js";
import { randomDate, state, type DateText, type Scene, type Supported } from "./scene.js";
import { pickState, pickStates, syntheticWikidataId, type StateEntry } from "./world.js";

export type AgreementKind = "MutualDefencePact" | "DefenceCooperationAgreement" | "Alliance" | "Coalition" | "ProposedFramework";
type Status = "Envisaged" | "Proposed" | "UnderNegotiation" | "Concluded" | "Signed" | "InForce" | "Failed" | "Blocked" | "Lapsed";

/** What the clause and context writers need to know about the agreement. */
export interface AgreementFacts {
  readonly ref: Ref<AgreementKind>;
  readonly kind: AgreementKind;
  /** How sentences name it: "the Treaty of Karsten (1987)". */
  readonly name: string;
  readonly status: Status;
  readonly binding: boolean;
  readonly members: readonly StateEntry[];
  readonly year: number;
}

/** Forces the first agreement: a bilateral pact in force between two given states. */
export interface AgreementSpec {
  readonly kind: AgreementKind;
  readonly status: Status;
  readonly members: readonly StateEntry[];
}

const KINDS = { MutualDefencePact: 25, DefenceCooperationAgreement: 22, Alliance: 18, Coalition: 10, ProposedFramework: 25 } as const;
const BILATERAL: Readonly<Record<AgreementKind, number>> = {
  MutualDefencePact: 0.6, DefenceCooperationAgreement: 0.75, Alliance: 0.3, Coalition: 0, ProposedFramework: 0.3,
};
const BINDING = new Set<Status>(["Concluded", "Signed", "InForce"]);
const KIND_WORDS: Readonly<Record<AgreementKind, string>> = {
  MutualDefencePact: "Mutual Defence Treaty", DefenceCooperationAgreement: "Defence Cooperation Agreement",
  Alliance: "Alliance", Coalition: "Coalition", ProposedFramework: "Security Framework",
};

function statusFor(kind: AgreementKind, random: Random): Status {
  if (kind === "ProposedFramework") return random.weighted({ Envisaged: 30, Proposed: 35, UnderNegotiation: 10, Failed: 10, Blocked: 15 });
  if (kind === "Coalition") return random.weighted({ Concluded: 60, InForce: 20, Lapsed: 20 });
  return random.weighted({ InForce: 35, Signed: 20, Concluded: 20, Lapsed: 15, UnderNegotiation: 5, Failed: 5 });
}

/** Declares an agreement and everything about it; returns its facts. */
export function declareAgreement(scene: Scene, index: number, spec?: AgreementSpec): AgreementFacts {
  const { g, random, world, key } = scene;
  const kind = spec?.kind ?? random.weighted(KINDS);
  const status = spec?.status ?? statusFor(kind, random);
  const binding = BINDING.has(status);
  const concluded = binding || status === "Lapsed";
  const bilateral = spec ? spec.members.length === 2 : random.chance(BILATERAL[kind]);
  const size = bilateral ? 2 : Math.min(14, 3 + Math.floor(-Math.log(1 - random.next()) * 2.5));
  const members = spec?.members ?? pickStates(world, random, size);
  const year = concluded ? random.int(1948, 2024) : random.int(2012, 2026);
  const city = random.pick(world.cities);
  const region = random.pick(world.regions);
  const label =
    kind === "Coalition" ? `${region.name} Coalition (${year})`
    : kind === "ProposedFramework" ? `Proposed ${region.name} ${KIND_WORDS[kind]} (${year})`
    : bilateral ? `${members.map((m) => m.name).join("–")} ${KIND_WORDS[kind]} (${year})`
    : kind === "Alliance" ? `${city} ${KIND_WORDS[kind]} (${year})`
    : `Treaty of ${city} (${year})`;
  const name = `the ${label}`;

  const signed = concluded ? randomDate(random, year, { day: 4, month: 4, year: 2, monthOnly: 0 }) : undefined;
  const undated = random.chance(0.06);
  const dates: { established?: PartialDate; signed?: PartialDate; inForce?: PartialDate; ended?: PartialDate } = {};
  if (signed && !undated) {
    if (status === "Concluded") dates.established = signed.value;
    else dates.signed = signed.value;
    if (status === "InForce" && random.chance(0.6)) dates.inForce = `${year + random.int(0, 2)}` as PartialDate;
  }
  const endYear = status === "Lapsed" ? random.int(year + 1, 2025) : undefined;
  if (endYear !== undefined && !undated) dates.ended = `${endYear}` as PartialDate;
  const proposer = kind === "ProposedFramework" ? (members[0] ?? pickState(world, random)) : undefined;
  const blockers = status === "Blocked" ? [random.chance(0.4) ? random.pick(world.groups).ref : pickState(world, random).ref] : [];

  const ref = g.add(kind, `${key}-${(members[0]?.slug ?? "x")}-${kind === "ProposedFramework" ? "framework" : "pact"}`, {
    label,
    status,
    scope: bilateral ? "Bilateral" : "Multilateral",
    ...dates,
    ...(proposer ? { proposedBy: [proposer.ref] } : {}),
    ...(blockers.length > 0 ? { blockedBy: blockers } : {}),
    ...(random.chance(0.5) ? { coversRegion: [region.ref] } : {}),
    ...(random.chance(0.2) ? { altLabels: [`${city} pact`] } : {}),
    ...(concluded && random.chance(0.3) ? { wikidata: syntheticWikidataId(world) } : {}),
    ...(random.chance(0.05) ? { modelledOn: [random.pick(world.organisations).ref] } : {}),
  });
  const facts: AgreementFacts = { ref, kind, name, status, binding, members, year };

  if (concluded) declareFounding(scene, facts, signed && !undated ? signed : undefined, endYear, index);
  else declareProposal(scene, facts, proposer, blockers);
  declareProspects(scene, facts);
  declareClauses(scene, facts);
  declareContext(scene, facts, region);
  return facts;
}

/** Founding members, the signing or establishment, later members and the end of a lapsed pact. */
function declareFounding(scene: Scene, a: AgreementFacts, signed: DateText | undefined, endYear: number | undefined, index: number): void {
  const { g, random, key } = scene;
  const ended = endYear !== undefined;
  const founders = a.members.map((m) =>
    g.add("Membership", `${key}-${m.slug}`, {
      label: `${m.name} in ${a.name}`,
      member: m.ref,
      agreement: a.ref,
      role: "FoundingMember",
      membershipStatus: ended ? "Ended" : "Active",
      ...(signed ? { startDate: signed.value } : {}),
      ...(ended && random.chance(0.7) ? { endDate: `${endYear}` as PartialDate } : {}),
    }),
  );
  const supports: Supported[] = [a.ref, ...founders];
  const verb = a.status === "Concluded" ? "established" : "signed";
  if (signed) {
    const eventClass = a.status === "Concluded" ? "Establishment" : "Signing";
    supports.push(
      g.add(eventClass, `${key}-${verb}`, {
        label: `${eventClass === "Signing" ? "Signing" : "Establishment"} of ${a.name}`,
        date: signed.value,
        eventStatus: "Occurred",
        participants: a.members.map((m) => m.ref),
        ...(random.chance(0.5) && a.members[0] ? { hosts: [a.members[0].ref] } : {}),
        concerns: [a.ref],
      }),
    );
  }
  const when = signed ? ` ${signed.text}` : "";
  state(scene, `${listing(a.members.map((m) => m.name))} ${verb} ${a.name}${when}`, { kind: "fact" }, supports);
  if (a.members.length > 2 && random.chance(0.3)) {
    const joiner = pickState(scene.world, random);
    if (!a.members.includes(joiner)) {
      const joined = `${a.year + random.int(1, 10)}` as PartialDate;
      const membership = g.add("Membership", `${key}-${joiner.slug}-joined`, {
        label: `${joiner.name} in ${a.name}`,
        member: joiner.ref, agreement: a.ref, role: "Member", membershipStatus: ended ? "Ended" : "Active", startDate: joined,
      });
      state(scene, `${joiner.name} joined ${a.name} in ${joined}`, { kind: "fact" }, [membership]);
    }
  }
  if (ended) {
    const leaver = a.members[a.members.length - 1];
    const after = leaver ? ` after ${leaver.name} withdrew` : "";
    state(scene, `${a.name} lapsed${index % 2 === 0 ? ` in ${endYear}` : ""}${after}`, { kind: "fact" }, [a.ref]);
  }
}

/** The proposal of a framework (or a pact still under negotiation), and a blocking if it was blocked. */
function declareProposal(scene: Scene, a: AgreementFacts, proposer: StateEntry | undefined, blockers: readonly Ref<"State" | "GroupOfStates">[]): void {
  const { g, random, key } = scene;
  const failed = a.status === "Failed" || a.status === "Blocked";
  const when = random.chance(0.7) ? randomDate(random, a.year, { day: 1, month: 4, year: 3, monthOnly: 2 }) : undefined;
  const proposal = g.add("Proposal", `${key}-proposal`, {
    label: `Proposal of ${a.name}`,
    ...(when ? { date: when.value } : {}),
    eventStatus: "Occurred",
    participants: proposer ? [proposer.ref] : [],
    concerns: [a.ref],
  });
  // A fifth of proposals name nobody who would take part: the "no parties" rows of incomplete-agreements.
  const named = random.chance(0.8) ? a.members : [];
  const memberships = named.map((m) =>
    g.add("Membership", `${key}-${m.slug}`, {
      label: `${m.name} in ${a.name}`,
      member: m.ref, agreement: a.ref, role: m === proposer ? "Proposer" : "ProspectiveFoundingMember",
      membershipStatus: failed ? "NotRealised" : "Envisioned",
    }),
  );
  const who = proposer?.name ?? "A group of states";
  const others = named.filter((m) => m !== proposer).map((m) => m.name);
  const include = others.length > 0 ? ` that would initially include ${listing(others)}` : "";
  const stance = random.chance(0.5) ? ({ kind: "report", ...(proposer ? { state: proposer } : {}) } as const) : ({ kind: "fact" } as const);
  state(scene, `${who} proposed ${a.name}${include}${when ? ` ${when.text}` : ""}`, stance, [a.ref, proposal, ...memberships]);
  if (a.status === "Blocked") {
    const blockedWhen = randomDate(random, a.year, { day: 0, month: 1, year: 1, monthOnly: 2 });
    const blocking = g.add("Blocking", `${key}-blocking`, {
      label: `Blocking of ${a.name}`, date: blockedWhen.value, eventStatus: "Occurred", participants: [...blockers], concerns: [a.ref],
    });
    const blockerName = blockers[0]?.className === "GroupOfStates" ? "neighbouring states" : "a rival state";
    state(scene, `The initiative was blocked by ${blockerName} ${blockedWhen.text}`, { kind: "report" }, [a.ref, blocking]);
  } else if (a.status === "Failed") {
    state(scene, `Talks on ${a.name} collapsed without agreement`, { kind: "fact" }, [a.ref]);
  }
}

/** States seeking to join, or considered for accession. */
function declareProspects(scene: Scene, a: AgreementFacts): void {
  const { g, random, world, key } = scene;
  if (!random.chance(a.binding ? 0.2 : 0.1)) return;
  const candidate = pickState(world, random);
  if (a.members.includes(candidate)) return;
  const status = random.weighted({ InterestIndicated: 5, Applied: 3, NotRealised: 2 });
  const membership = g.add("Membership", `${key}-${candidate.slug}-bid`, {
    label: `${candidate.name}'s bid to join ${a.name}`,
    member: candidate.ref, agreement: a.ref, role: "ProspectiveMember", membershipStatus: status,
  });
  if (status === "InterestIndicated") {
    state(scene, `${candidate.name} has indicated interest in joining ${a.name}`, { kind: "report", state: candidate }, [membership]);
  } else if (status === "Applied") {
    state(scene, `${candidate.name} formally applied to join ${a.name}`, { kind: "fact" }, [membership]);
  } else {
    state(scene, `${candidate.name}'s bid to join ${a.name} came to nothing`, { kind: "fact" }, [membership]);
  }
}
