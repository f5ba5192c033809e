/**
 * The picture in Graphviz DOT: parties as boxes (groups doubled, organisations as hexagons,
 * non-state actors as octagons), agreements as ellipses, edges coloured by obligation kind and
 * styled by standing, a legend, and links to each node's page. Every string is escaped for DOT,
 * so a label is text whatever it holds; the same picture always gives the same bytes.
 */
import type { Picture, PictureEdge, PictureNode } from "./picture.js";
import { wrapLabel } from "./picture.js";
import { CHAIN_COLOUR, TIE_COLOUR } from "./style.js";

export interface DotOptions {
  /** The link of a node (its site page, or its IRI); none when undefined. */
  readonly href?: (iri: string) => string | undefined;
}

const FONT = "Helvetica,Arial,sans-serif";

/** Writes the picture as a DOT digraph. */
export function toDot(picture: Picture, options: DotOptions = {}): string {
  const lines = [
    "digraph pactgraph {",
    `  graph [rankdir=LR, label=${quote(picture.title)}, labelloc=t, fontsize=18, fontname=${quote(FONT)}, bgcolor="white", pad=0.3, nodesep=0.3, ranksep=1.1, newrank=true]`,
    `  node [fontname=${quote(FONT)}, fontsize=11, penwidth=1.2]`,
    `  edge [fontname=${quote(FONT)}, fontsize=9, penwidth=1.4, arrowsize=0.7]`,
  ];
  const linked = picture.nodes.filter((n) => !n.unlinked);
  const unlinked = picture.nodes.filter((n) => n.unlinked);
  for (const node of linked) lines.push(`  ${nodeLine(node, options)}`);
  if (unlinked.length > 0) {
    lines.push(`  subgraph cluster_unlinked {`, `    label="Parties tied to no agreement"; fontsize=11; style="dashed,rounded"; color="#8c8c8c";`);
    for (const node of unlinked) lines.push(`    ${nodeLine(node, options)}`);
    lines.push("  }");
  }
  for (const edge of picture.edges) lines.push(`  ${edgeLine(edge)}`);
  if (picture.legend.length > 0) lines.push(...legend(picture));
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function nodeLine(node: PictureNode, options: DotOptions): string {
  const attributes: Record<string, string> = {
    id: quote(node.id.replace(/[^A-Za-z0-9_-]/g, "-")),
    label: quote(wrapLabel(node.label, node.kind === "agreement" ? 24 : 18).map(escape).join("\\n"), true),
    tooltip: quote(node.tooltip),
    ...shape(node),
  };
  const href = options.href?.(node.iri);
  if (href !== undefined) Object.assign(attributes, { URL: quote(href), target: quote("_top") });
  if (node.emphasis === "focal") Object.assign(attributes, { penwidth: "3", color: quote(CHAIN_COLOUR), fillcolor: quote("#fde3e3") });
  if (node.emphasis === "reached") Object.assign(attributes, { penwidth: "2.2", color: quote(CHAIN_COLOUR) });
  return `${quote(node.id)} [${Object.entries(attributes).map(([k, v]) => `${k}=${v}`).join(", ")}]`;
}

function shape(node: PictureNode): Record<string, string> {
  if (node.kind === "agreement") {
    const style = node.standing === "binding" ? "filled" : node.standing === "prospective" ? "filled,dashed" : "filled,dotted";
    return { shape: "ellipse", style: quote(style), fillcolor: quote(node.standing === "ended" ? "#f2f2f2" : "#fff1cc"), color: quote(node.standing === "ended" ? "#767676" : "#7a5c00") };
  }
  const base = { style: quote("rounded,filled"), fillcolor: quote("#e8f0fb"), color: quote("#1f4e8c") };
  switch (node.className) {
    case "GroupOfStates":
      return { ...base, shape: "box", peripheries: "2" };
    case "InternationalOrganization":
    case "IntergovernmentalOrganization":
      return { ...base, shape: "hexagon", style: quote("filled") };
    case "NonStateActor":
      return { ...base, shape: "octagon", style: quote("filled"), fillcolor: quote("#f0f0f0"), color: quote("#4d4d4d") };
    default:
      return { ...base, shape: "box" };
  }
}

function edgeLine(edge: PictureEdge): string {
  const attributes = [
    `label=${quote(edge.label)}`,
    `tooltip=${quote(edge.tooltip)}`,
    `color=${quote(edge.colour)}`,
    `fontcolor=${quote(edge.colour)}`,
    `style=${quote(edge.style)}`,
    ...(edge.directed ? [] : ["dir=none"]),
    ...(edge.bold ? ["penwidth=3"] : []),
  ];
  return `${quote(edge.from)} -> ${quote(edge.to)} [${attributes.join(", ")}]`;
}

const SAMPLE: Readonly<Record<"solid" | "dashed" | "dotted", string>> = { solid: "━━━━", dashed: "━ ━ ━", dotted: "· · · · ·" };

/** The legend: one row per colour and line style the picture uses, as a Graphviz HTML table. */
function legend(picture: Picture): string[] {
  const rows = picture.legend.map(
    (entry) => `<tr><td align="left" width="56"><font color="${html(entry.colour)}">${SAMPLE[entry.style]}</font></td><td align="left">${html(entry.label)}</td></tr>`,
  );
  const hasTies = picture.edges.some((e) => e.colour === TIE_COLOUR);
  if (hasTies) rows.push(`<tr><td align="left"><font color="${TIE_COLOUR}">━━━━</font></td><td align="left">membership, proposal, blocking, aim</td></tr>`);
  if (picture.edges.some((e) => e.label.includes("(hedged)"))) rows.push(`<tr><td align="left">(hedged)</td><td align="left">rests on a hedged or speculative claim</td></tr>`);
  if (picture.edges.some((e) => e.label.includes("(conditional)") || e.label.includes(" if "))) rows.push(`<tr><td align="left">if …</td><td align="left">applies only under its condition</td></tr>`);
  return [
    "  subgraph cluster_legend {",
    `    label="Legend"; fontsize=11; style="rounded"; color="#b3b3b3";`,
    `    legend [shape=plaintext, fontsize=10, label=<<table border="0" cellborder="0" cellspacing="2" cellpadding="2">${rows.join("")}</table>>]`,
    "  }",
  ];
}

/** A DOT double-quoted string; `preEscaped` when the text already went through {@link escape}. */
function quote(text: string, preEscaped = false): string {
  return `"${preEscaped ? text : escape(text)}"`;
}

function escape(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n");
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
