/**
 * A picture of the alliance network, independent of the drawing language: nodes, edges with
 * their colour, line style and direction, and the legend entries they use. The DOT and Mermaid
 * writers draw the same picture; the views (views.ts) decide which nodes and edges it holds.
 */
import type { AgreementNode, PartyNode } from "./alliance-graph.js";
import { LINE_STYLE, OBLIGATION_KINDS, type Standing } from "./style.js";

export interface PictureNode {
  /** The node's id in the drawing: its compact name (`party:turkey`). */
  readonly id: string;
  readonly iri: string;
  readonly label: string;
  readonly kind: "party" | "agreement";
  readonly className: string;
  readonly standing: Standing;
  readonly tooltip: string;
  /** The focal state of an entanglement view, or a state its chains reach. */
  readonly emphasis?: "focal" | "reached";
  /** Parties tied to no agreement are drawn apart. */
  readonly unlinked?: boolean;
}

export interface PictureEdge {
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly colour: string;
  readonly style: "solid" | "dashed" | "dotted";
  readonly directed: boolean;
  /** Drawn heavier: a chain of an entanglement view. */
  readonly bold: boolean;
  readonly tooltip: string;
}

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  readonly style: "solid" | "dashed" | "dotted";
}

export interface Picture {
  readonly title: string;
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
  readonly legend: readonly LegendEntry[];
}

/** Collects nodes and edges once each, and hands them out in a stable order. */
export class PictureBuilder {
  readonly #nodes = new Map<string, PictureNode>();
  readonly #edges = new Map<string, PictureEdge>();
  readonly #legend = new Map<string, LegendEntry>();

  constructor(private readonly ids: (iri: string) => string) {}

  party(party: PartyNode, extra: Partial<Pick<PictureNode, "emphasis" | "unlinked">> = {}): string {
    return this.#node({ iri: party.iri, label: party.label, kind: "party", className: party.className, standing: "binding", tooltip: party.label, ...extra });
  }

  agreement(agreement: AgreementNode): string {
    const status = agreement.status ? ` (${agreement.status})` : "";
    const hedge = agreement.hedge ? `; hedged: ${agreement.hedge}` : "";
    return this.#node({ iri: agreement.iri, label: agreement.label, kind: "agreement", className: agreement.className, standing: agreement.standing, tooltip: `${agreement.label}${status}${hedge}` });
  }

  edge(edge: Omit<PictureEdge, "from" | "to"> & { readonly from: string; readonly to: string }, legend?: string): void {
    const from = this.ids(edge.from);
    const to = this.ids(edge.to);
    const key = `${from}\u0000${to}\u0000${edge.label}\u0000${edge.style}`;
    const earlier = this.#edges.get(key);
    // The same line twice (two clauses of one kind): one line, both tooltips.
    const tooltip = earlier && !earlier.tooltip.split("; ").includes(edge.tooltip) ? `${earlier.tooltip}; ${edge.tooltip}` : edge.tooltip;
    this.#edges.set(key, { ...edge, from, to, tooltip, bold: edge.bold || earlier?.bold === true });
    if (legend !== undefined) this.#legend.set(legend, { label: legend, colour: edge.colour, style: "solid" });
  }

  /** Marks line styles used, for the legend. */
  styleUsed(standing: Standing, label: string): void {
    this.#legend.set(`~${standing}`, { label, colour: "#000000", style: LINE_STYLE[standing] });
  }

  has(iri: string): boolean {
    return this.#nodes.has(this.ids(iri));
  }

  build(title: string): Picture {
    const byId = <T extends { readonly id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const edgeOrder = (a: PictureEdge, b: PictureEdge) => (edgeKey(a) < edgeKey(b) ? -1 : edgeKey(a) > edgeKey(b) ? 1 : 0);
    const legend = [...this.#legend.entries()].sort(([a], [b]) => legendRank(a) - legendRank(b) || (a < b ? -1 : 1)).map(([, entry]) => entry);
    return { title, nodes: [...this.#nodes.values()].sort(byId), edges: [...this.#edges.values()].sort(edgeOrder), legend };
  }

  #node(node: Omit<PictureNode, "id">): string {
    const id = this.ids(node.iri);
    const earlier = this.#nodes.get(id);
    this.#nodes.set(id, { ...earlier, ...node, id, ...(earlier?.emphasis && !node.emphasis ? { emphasis: earlier.emphasis } : {}) });
    return id;
  }
}

/** Obligation kinds in their table's order, then line styles from binding to ended. */
function legendRank(key: string): number {
  const kind = OBLIGATION_KINDS.findIndex((k) => k.label === key);
  if (kind >= 0) return kind;
  const standing = ["~binding", "~prospective", "~ended"].indexOf(key);
  return standing >= 0 ? 100 + standing : 50;
}

function edgeKey(edge: PictureEdge): string {
  return `${edge.from}\u0000${edge.to}\u0000${edge.label}\u0000${edge.style}`;
}

/** Splits a label into lines of about `width` characters, at spaces. */
export function wrapLabel(label: string, width = 26): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [label];
}
