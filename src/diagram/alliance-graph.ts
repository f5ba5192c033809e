/**
 * The alliance network as plain data: parties, agreements, the clauses that bind parties (with
 * their obligation types, direction, conditions and hedges), memberships and the other ties
 * between parties and agreements (proposed by, blocked by, an aim's target, a group's members).
 * Read from the graph with one query (describeInstances); the views and writers never see RDF.
 */
import { PACT } from "../rdf/prefixes.js";
import { classIri, classNames, isSubclassOf, propertyIri, type ClassName } from "../schema/index.js";
import { describeInstances, localName, type NodeTable, type QueryRunner } from "./node-table.js";
import { conceptLabel, standingOfStatus, type Standing } from "./style.js";

export interface PartyNode {
  readonly iri: string;
  readonly label: string;
  /** The party's class (State, GroupOfStates, NonStateActor…). */
  readonly className: string;
}

export interface AgreementNode {
  readonly iri: string;
  readonly label: string;
  readonly className: string;
  /** The agreement-status concept key (InForce, Envisaged…). */
  readonly status: string | undefined;
  readonly standing: Standing;
  /** Hedge words of the claims it rests on, when it rests on a speculative or hedged claim. */
  readonly hedge: string | undefined;
}

export interface ClauseNode {
  readonly iri: string;
  readonly label: string;
  readonly agreement: string;
  readonly types: readonly string[];
  readonly binds: readonly string[];
  readonly beneficiaries: readonly string[];
  readonly symmetric: boolean;
  /** Its conditions in words ("location condition: Northern March"); empty when unconditional. */
  readonly conditions: readonly string[];
  readonly hedge: string | undefined;
}

export interface MembershipNode {
  readonly iri: string;
  readonly party: string;
  readonly agreement: string;
  readonly role: string | undefined;
  readonly status: string | undefined;
  /** A membership sought, envisaged or applied for, not held. */
  readonly prospective: boolean;
  /** A membership that ended or never came about. */
  readonly ended: boolean;
  readonly hedge: string | undefined;
}

/** A tie that is not an obligation, from a party or agreement to a party. */
export interface Tie {
  readonly from: string;
  readonly to: string;
  readonly relation: "proposed by" | "blocked by" | "modelled on" | "depositary" | "establishes" | "counters" | "addresses" | "includes";
}

export interface AllianceGraph {
  readonly parties: ReadonlyMap<string, PartyNode>;
  readonly agreements: ReadonlyMap<string, AgreementNode>;
  readonly clauses: readonly ClauseNode[];
  readonly memberships: readonly MembershipNode[];
  readonly ties: readonly Tie[];
}

const concreteSubclasses = (ancestor: ClassName) => classNames.filter((c) => isSubclassOf(c, ancestor));
const PARTY_CLASSES = concreteSubclasses("Party");
const AGREEMENT_CLASSES = concreteSubclasses("Agreement");
const OTHER_CLASSES: readonly ClassName[] = ["Clause", "Membership", "Aim", "Claim", "Region"];
const CLASS_BY_IRI = new Map(classNames.map((c) => [classIri(c), c]));

const P = (name: Parameters<typeof propertyIri>[0]) => propertyIri(name);
const SPECULATIVE = `${PACT}Speculative`;
const PROSPECTIVE_ROLES: readonly string[] = ["ProspectiveMember", "ProspectiveFoundingMember"];
const PROSPECTIVE_MEMBERSHIP: readonly string[] = ["InterestIndicated", "Applied", "Envisioned"];
const ENDED_MEMBERSHIP: readonly string[] = ["NotRealised", "Ended", "SuspendedMembership"];

/** Reads the alliance network of the graph `run` queries. */
export async function readAllianceGraph(run: QueryRunner): Promise<AllianceGraph> {
  const table = await describeInstances(run, [...PARTY_CLASSES, ...AGREEMENT_CLASSES, ...OTHER_CLASSES].map(classIri));
  return allianceGraphOf(table);
}

/** Builds the network from a node table holding parties, agreements, clauses, memberships, aims and claims. */
export function allianceGraphOf(table: NodeTable): AllianceGraph {
  const ofClasses = (classes: readonly ClassName[]) =>
    table.subjects().flatMap((s) => {
      const className = table.types(s).map((t) => CLASS_BY_IRI.get(t)).find((c) => c !== undefined && classes.includes(c));
      return className ? [{ iri: s, className }] : [];
    });
  const hedges = hedgesOf(table);
  const hedgeOf = (iri: string) => hedges.get(iri) ?? (table.first(iri, P("weakestSupport")) === SPECULATIVE ? "speculative" : undefined);
  const key = (iri: string | undefined) => (iri?.startsWith(PACT) ? iri.slice(PACT.length) : iri);

  const parties = new Map<string, PartyNode>();
  for (const { iri, className } of ofClasses(PARTY_CLASSES)) parties.set(iri, { iri, label: table.label(iri), className });
  const agreements = new Map<string, AgreementNode>();
  for (const { iri, className } of ofClasses(AGREEMENT_CLASSES)) {
    const status = key(table.first(iri, P("status")));
    agreements.set(iri, { iri, label: table.label(iri), className, status, standing: standingOfStatus(status), hedge: hedgeOf(iri) });
  }
  const isNode = (iri: string) => parties.has(iri) || agreements.has(iri);

  const clauses: ClauseNode[] = ofClasses(["Clause"]).flatMap(({ iri }) => {
    const agreement = table.first(iri, P("agreement"));
    if (!agreement || !agreements.has(agreement)) return [];
    const regions = table.iris(iri, P("appliesIn")).map((r) => table.label(r));
    const conditions = table.iris(iri, P("conditionTypes")).map((c) => {
      const name = conceptLabel(key(c) ?? c);
      return key(c) === "LocationCondition" && regions.length > 0 ? `${name}: ${regions.join(", ")}` : name;
    });
    return [
      {
        iri,
        label: table.label(iri),
        agreement,
        types: table.iris(iri, P("clauseTypes")).map((t) => key(t) ?? t),
        binds: table.iris(iri, P("binds")).filter((p) => parties.has(p)),
        beneficiaries: table.iris(iri, P("beneficiaries")).filter((p) => parties.has(p)),
        symmetric: table.first(iri, P("symmetric")) === "true",
        conditions,
        hedge: hedgeOf(iri),
      },
    ];
  });

  const memberships: MembershipNode[] = ofClasses(["Membership"]).flatMap(({ iri }) => {
    const party = table.first(iri, P("member"));
    const agreement = table.first(iri, P("agreement"));
    if (!party || !agreement || !parties.has(party) || !agreements.has(agreement)) return [];
    const role = key(table.first(iri, P("role")));
    const status = key(table.first(iri, P("membershipStatus")));
    const ended = status !== undefined && ENDED_MEMBERSHIP.includes(status);
    const prospective = !ended && ((role !== undefined && PROSPECTIVE_ROLES.includes(role)) || (status !== undefined && PROSPECTIVE_MEMBERSHIP.includes(status)));
    return [{ iri, party, agreement, role, status, prospective, ended, hedge: hedgeOf(iri) }];
  });

  const ties: Tie[] = [];
  const tie = (from: string, to: string, relation: Tie["relation"]) => {
    if (isNode(from) && isNode(to) && from !== to) ties.push({ from, to, relation });
  };
  for (const agreement of agreements.keys()) {
    for (const p of table.iris(agreement, P("proposedBy"))) tie(agreement, p, "proposed by");
    for (const p of table.iris(agreement, P("blockedBy"))) tie(agreement, p, "blocked by");
    for (const p of table.iris(agreement, P("modelledOn"))) tie(agreement, p, "modelled on");
    for (const p of table.iris(agreement, P("depositary"))) tie(agreement, p, "depositary");
    for (const p of table.iris(agreement, P("establishes"))) tie(agreement, p, "establishes");
  }
  for (const party of parties.keys()) for (const member of table.iris(party, P("includes"))) tie(party, member, "includes");
  for (const { iri } of ofClasses(["Aim"])) {
    const agreement = table.first(iri, P("agreement"));
    const aimType = key(table.first(iri, P("aimType")));
    for (const target of table.iris(iri, P("aimTargets"))) if (agreement) tie(agreement, target, aimType === "Counter" ? "counters" : "addresses");
  }
  return { parties, agreements, clauses, memberships, ties: dedupeTies(ties) };
}

/** Hedge words per supported node, from the claims that support it. */
function hedgesOf(table: NodeTable): Map<string, string> {
  const words = new Map<string, Set<string>>();
  for (const claim of table.subjects()) {
    const hedges = table.values(claim, P("hedges")).map((h) => h.value);
    if (hedges.length === 0 || !table.types(claim).includes(classIri("Claim"))) continue;
    for (const node of table.iris(claim, P("supports"))) {
      const set = words.get(node) ?? new Set<string>();
      hedges.forEach((h) => set.add(h));
      words.set(node, set);
    }
  }
  return new Map([...words].map(([node, set]) => [node, [...set].sort().map((w) => `“${w}”`).join(", ")]));
}

function dedupeTies(ties: readonly Tie[]): Tie[] {
  const seen = new Map<string, Tie>();
  for (const t of ties) seen.set(`${t.from} ${t.to} ${t.relation}`, t);
  return [...seen.values()].sort((a, b) => (a.from + a.to + a.relation < b.from + b.to + b.relation ? -1 : 1));
}

/** The compact name of an instance IRI (`party:turkey`), used as a node id in DOT. */
export function curieOf(iri: string): string {
  const match = /^https:\/\/w3id\.org\/pactgraph\/id\/([a-z]+)\/(.+)$/.exec(iri);
  return match ? `${match[1]}:${match[2]}` : localName(iri);
}
