/**
 * How the alliance network looks: the obligation kinds edges are drawn by (after ATOP's core
 * obligations and the provisions that matter for entanglement), their colours, and how an
 * agreement's status becomes a line style. One table each, read by the DOT, Mermaid and legend
 * writers alike.
 */
import { conceptSchemes, type ConceptKey } from "../schema/index.js";

export type ClauseTypeKey = ConceptKey<"ClauseTypeScheme">;

export interface ObligationKind {
  readonly kind: string;
  readonly label: string;
  /** A colour with at least 4.5:1 contrast on white, so labels in it stay readable. */
  readonly colour: string;
  readonly clauseTypes: readonly ClauseTypeKey[];
}

/** Obligation kinds in drawing order: the most entangling first. */
export const OBLIGATION_KINDS: readonly ObligationKind[] = [
  { kind: "defence", label: "defence", colour: "#b2182b", clauseTypes: ["Defence"] },
  { kind: "offence", label: "offence", colour: "#7f2704", clauseTypes: ["Offence"] },
  { kind: "nuclear", label: "nuclear", colour: "#6a3d9a", clauseTypes: ["NuclearDeterrence"] },
  { kind: "consultation", label: "consultation", colour: "#2166ac", clauseTypes: ["Consultation"] },
  { kind: "non-aggression", label: "non-aggression", colour: "#1b7837", clauseTypes: ["NonAggression"] },
  { kind: "neutrality", label: "neutrality", colour: "#35726b", clauseTypes: ["Neutrality"] },
  { kind: "basing", label: "basing", colour: "#a04b00", clauseTypes: ["Basing"] },
  { kind: "aid", label: "military aid", colour: "#8c510a", clauseTypes: ["MilitaryAid"] },
  {
    kind: "cooperation",
    label: "cooperation",
    colour: "#4d4d4d",
    clauseTypes: ["MilitaryCooperation", "IntelligenceSharing", "DefenceIndustryCollaboration", "Interoperability", "IntegratedCommand"],
  },
];

/** The obligation kinds a clause's types fall under (a clause may carry several). */
export function kindsOfClause(types: readonly string[]): ObligationKind[] {
  return OBLIGATION_KINDS.filter((k) => k.clauseTypes.some((t) => types.includes(t)));
}

/**
 * Where an agreement stands, for drawing: in a binding status (concluded, signed, in force: solid
 * lines), prospective (envisaged, proposed, under negotiation: dashed) or ended (failed, blocked,
 * suspended, terminated, lapsed: dotted and grey).
 */
export type Standing = "binding" | "prospective" | "ended";

const PROSPECTIVE_STATUSES: readonly string[] = ["Envisaged", "Proposed", "UnderNegotiation"];

export function standingOfStatus(status: string | undefined): Standing {
  if (status === undefined) return "prospective";
  const concepts: Readonly<Record<string, { readonly binding?: boolean }>> = conceptSchemes.AgreementStatusScheme.concepts;
  if (concepts[status]?.binding === true) return "binding";
  return PROSPECTIVE_STATUSES.includes(status) ? "prospective" : "ended";
}

export const LINE_STYLE: Readonly<Record<Standing, "solid" | "dashed" | "dotted">> = { binding: "solid", prospective: "dashed", ended: "dotted" };

/** Grey for ties that are not obligations (membership, proposal, blocking) and for what ended. */
export const TIE_COLOUR = "#595959";
/** The colour of an entanglement chain. */
export const CHAIN_COLOUR = "#d6001c";

/** The label of a concept of any scheme, or its key. */
export function conceptLabel(key: string): string {
  for (const scheme of Object.values(conceptSchemes)) {
    const concepts: Readonly<Record<string, { readonly label: string }>> = scheme.concepts;
    const concept = concepts[key];
    if (concept) return concept.label;
  }
  return key;
}
