/**
 * The views of the alliance network: the whole corpus, one agreement, one party's neighbourhood,
 * and the chains of an entanglement result. Each is drawn in one of two layouts: parties and
 * agreements as nodes (a party's tie to an agreement is an edge, coloured by obligation kind), or
 * parties only (an obligation is an edge between parties, labelled with its agreement).
 */
import { PactgraphError } from "../errors.js";
import { curieOf, type AllianceGraph, type ClauseNode, type MembershipNode } from "./alliance-graph.js";
import type { EntanglementChain } from "./entanglement.js";
import { PictureBuilder, type Picture } from "./picture.js";
import { CHAIN_COLOUR, conceptLabel, kindsOfClause, LINE_STYLE, TIE_COLOUR, type Standing } from "./style.js";

export type DiagramView =
  | { readonly kind: "corpus" }
  | { readonly kind: "agreement"; readonly agreement: string }
  | { readonly kind: "party"; readonly party: string }
  | { readonly kind: "entanglement"; readonly focal: string; readonly chains: readonly EntanglementChain[] };

export const DIAGRAM_LAYOUTS = ["agreements", "parties"] as const;
export type DiagramLayout = (typeof DIAGRAM_LAYOUTS)[number];

const STANDING_LEGEND: Readonly<Record<Standing, string>> = {
  binding: "binding (concluded, signed, in force)",
  prospective: "prospective (envisaged, proposed, sought)",
  ended: "failed, blocked or ended",
};

/** One line of the network before a view picks it: who, to whom, of what kind, how firmly. */
interface Line {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly colour: string;
  readonly standing: Standing;
  readonly directed: boolean;
  readonly tooltip: string;
  readonly legend?: string;
  /** The agreement the line belongs to (for the agreement and party views). */
  readonly agreement?: string;
}

/** Draws a view of the network. */
export function pictureOf(graph: AllianceGraph, view: DiagramView, layout: DiagramLayout = "agreements"): Picture {
  const picture = new PictureBuilder(curieOf);
  if (view.kind === "entanglement") return entanglementPicture(graph, view, layout, picture);
  const lines = layout === "agreements" ? agreementLines(graph) : partyLines(graph);
  const title = titleOf(graph, view);
  const chosen = lines.filter(linesOfView(graph, view, lines));
  for (const line of chosen) {
    for (const end of [line.from, line.to]) addNode(graph, picture, end);
    picture.edge({ ...line, style: LINE_STYLE[line.standing], bold: false }, line.legend);
    picture.styleUsed(line.standing, STANDING_LEGEND[line.standing]);
  }
  if (view.kind === "corpus") {
    for (const party of graph.parties.values()) if (!picture.has(party.iri)) picture.party(party, { unlinked: true });
    if (layout === "agreements") for (const agreement of graph.agreements.values()) addNode(graph, picture, agreement.iri);
  } else {
    const focus = view.kind === "agreement" ? view.agreement : view.party;
    addNode(graph, picture, focus);
  }
  return picture.build(title);
}

function titleOf(graph: AllianceGraph, view: Exclude<DiagramView, { kind: "entanglement" }>): string {
  switch (view.kind) {
    case "corpus":
      return "The alliance network";
    case "agreement": {
      const agreement = graph.agreements.get(view.agreement);
      if (!agreement) throw new PactgraphError(`no agreement <${view.agreement}> in the graph`, "E_USAGE");
      return agreement.label;
    }
    case "party": {
      const party = graph.parties.get(view.party);
      if (!party) throw new PactgraphError(`no party <${view.party}> in the graph`, "E_USAGE");
      return `${party.label} and its agreements`;
    }
  }
}

/** Which lines a view keeps: all, those of one agreement, or those within reach of one party. */
function linesOfView(graph: AllianceGraph, view: Exclude<DiagramView, { kind: "entanglement" }>, lines: readonly Line[]): (line: Line) => boolean {
  if (view.kind === "corpus") return () => true;
  if (view.kind === "agreement") return (line) => line.agreement === view.agreement;
  const touches = (line: Line) => line.from === view.party || line.to === view.party;
  const agreements = new Set(lines.filter(touches).flatMap((l) => (l.agreement ? [l.agreement] : [])));
  // A party's neighbourhood: its own lines, and the lines of its agreements (their other parties).
  return (line) => touches(line) || (line.agreement !== undefined && agreements.has(line.agreement) && graph.agreements.has(line.agreement));
}

function addNode(graph: AllianceGraph, picture: PictureBuilder, iri: string, emphasis?: "focal" | "reached"): void {
  const party = graph.parties.get(iri);
  if (party) picture.party(party, emphasis ? { emphasis } : {});
  const agreement = graph.agreements.get(iri);
  if (agreement) picture.agreement(agreement);
}

function clauseTooltip(clause: ClauseNode): string {
  const parts = [clause.label];
  if (clause.conditions.length > 0) parts.push(`only ${clause.conditions.join("; ")}`);
  if (clause.hedge) parts.push(`hedged: ${clause.hedge}`);
  return parts.join(" — ");
}

/** A kind's label with the marks of its clause: "?" for a hedged claim, "if …" for a condition. */
function obligationLabel(kind: string, clause: ClauseNode): string {
  return `${kind}${clause.hedge ? " (hedged)" : ""}${clause.conditions.length > 0 ? " (conditional)" : ""}`;
}

/** Lines between parties and agreements: obligations, memberships not already drawn, other ties. */
function agreementLines(graph: AllianceGraph): Line[] {
  const lines: Line[] = [];
  const bound = new Set<string>();
  for (const clause of graph.clauses) {
    const agreement = graph.agreements.get(clause.agreement)!;
    for (const kind of kindsOfClause(clause.types)) {
      const common = { label: obligationLabel(kind.label, clause), colour: kind.colour, standing: agreement.standing, tooltip: clauseTooltip(clause), legend: kind.label, agreement: agreement.iri };
      for (const party of clause.binds) {
        bound.add(`${party} ${agreement.iri}`);
        lines.push({ ...common, from: party, to: agreement.iri, directed: !clause.symmetric });
      }
      if (!clause.symmetric) for (const party of clause.beneficiaries) lines.push({ ...common, from: agreement.iri, to: party, directed: true });
    }
  }
  for (const membership of graph.memberships) {
    if (!membership.prospective && !membership.ended && bound.has(`${membership.party} ${membership.agreement}`)) continue;
    lines.push(membershipLine(graph, membership));
  }
  for (const tie of graph.ties) {
    const agreement = graph.agreements.get(tie.from);
    lines.push({ from: tie.from, to: tie.to, label: tie.relation, colour: TIE_COLOUR, standing: "binding", directed: true, tooltip: tie.relation, ...(agreement ? { agreement: agreement.iri } : {}) });
  }
  return lines;
}

function membershipLine(graph: AllianceGraph, membership: MembershipNode): Line {
  const agreement = graph.agreements.get(membership.agreement)!;
  const standing: Standing = membership.ended ? "ended" : membership.prospective ? "prospective" : agreement.standing;
  const role = membership.role ? conceptLabel(membership.role) : "member";
  const status = membership.status ? conceptLabel(membership.status) : "";
  const label = `${role}${membership.hedge ? " (hedged)" : ""}`;
  const tooltip = [`${role}${status ? `, ${status}` : ""}`, ...(membership.hedge ? [`hedged: ${membership.hedge}`] : [])].join(" — ");
  return { from: membership.party, to: agreement.iri, label, colour: TIE_COLOUR, standing, directed: false, tooltip, agreement: agreement.iri };
}

/** Lines between parties only: each obligation from the parties it binds to the parties it protects. */
function partyLines(graph: AllianceGraph): Line[] {
  const lines: Line[] = [];
  for (const clause of graph.clauses) {
    const agreement = graph.agreements.get(clause.agreement)!;
    for (const kind of kindsOfClause(clause.types)) {
      const common = { label: `${obligationLabel(kind.label, clause)}: ${agreement.label}`, colour: kind.colour, standing: agreement.standing, tooltip: clauseTooltip(clause), legend: kind.label, agreement: agreement.iri };
      if (clause.symmetric) {
        const parties = [...clause.binds].sort();
        parties.forEach((a, i) => parties.slice(i + 1).forEach((b) => lines.push({ ...common, from: a, to: b, directed: false })));
      } else {
        for (const from of clause.binds) for (const to of clause.beneficiaries) lines.push({ ...common, from, to, directed: true });
      }
    }
  }
  for (const tie of graph.ties) {
    if (tie.relation === "includes") lines.push({ from: tie.from, to: tie.to, label: tie.relation, colour: TIE_COLOUR, standing: "binding", directed: true, tooltip: tie.relation });
  }
  return lines;
}

/** How a state enters an agreement on a chain: bound by its defence clause, or only if it joins. */
function hop(graph: AllianceGraph, party: string, agreement: string): { label: string; standing: Standing; tooltip: string } {
  const agreementNode = graph.agreements.get(agreement);
  const standing = agreementNode?.standing ?? "binding";
  const defence = graph.clauses.filter((c) => c.agreement === agreement && c.binds.includes(party) && c.types.includes("Defence"));
  if (defence.length > 0) {
    const conditional = defence.find((c) => c.conditions.length > 0);
    const hedged = defence.find((c) => c.hedge);
    const label = `defence${conditional ? ` if ${conditional.conditions.join("; ")}` : ""}${hedged ? " (hedged)" : ""}`;
    return { label, standing, tooltip: defence.map(clauseTooltip).join("; ") };
  }
  const membership = graph.memberships.find((m) => m.party === party && m.agreement === agreement);
  if (membership?.prospective) return { label: "if it joins", standing: "prospective", tooltip: membershipLine(graph, membership).tooltip };
  return { label: membership ? "member" : "tied", standing, tooltip: membership ? membershipLine(graph, membership).tooltip : "on the chain" };
}

function entanglementPicture(graph: AllianceGraph, view: Extract<DiagramView, { kind: "entanglement" }>, layout: DiagramLayout, picture: PictureBuilder): Picture {
  const focal = graph.parties.get(view.focal);
  if (!focal) throw new PactgraphError(`no party <${view.focal}> in the graph`, "E_USAGE");
  picture.party(focal, { emphasis: "focal" });
  for (const chain of view.chains) {
    const path = chain.path.filter((iri) => graph.parties.has(iri) || graph.agreements.has(iri));
    path.forEach((iri) => addNode(graph, picture, iri, iri === view.focal ? "focal" : iri === chain.reached ? "reached" : undefined));
    for (let i = 0; i + 1 < path.length; i++) {
      const [a, b] = [path[i]!, path[i + 1]!];
      if (layout === "parties") {
        if (!graph.parties.has(a)) continue;
        const next = path.slice(i + 1).find((iri) => graph.parties.has(iri));
        const via = path.slice(i + 1).find((iri) => graph.agreements.has(iri));
        if (!next || !via || path.indexOf(via) > path.indexOf(next)) continue;
        const entering = hop(graph, a, via);
        const label = `${graph.agreements.get(via)!.label}: ${entering.label}`;
        picture.edge({ from: a, to: next, label, colour: CHAIN_COLOUR, style: LINE_STYLE[entering.standing], directed: true, bold: true, tooltip: entering.tooltip }, "chain from the focal state");
        picture.styleUsed(entering.standing, STANDING_LEGEND[entering.standing]);
        continue;
      }
      const party = graph.parties.has(a) ? a : b;
      const agreement = party === a ? b : a;
      if (!graph.agreements.has(agreement) || !graph.parties.has(party)) continue;
      const entering = hop(graph, party, agreement);
      picture.edge({ from: a, to: b, label: entering.label, colour: CHAIN_COLOUR, style: LINE_STYLE[entering.standing], directed: true, bold: true, tooltip: entering.tooltip }, "chain from the focal state");
      picture.styleUsed(entering.standing, STANDING_LEGEND[entering.standing]);
    }
  }
  const title = view.chains.length === 0 ? `${focal.label}: no defence chains` : `Who a conflict involving ${focal.label} could draw in`;
  return picture.build(title);
}
