/**
 * The picture as a Mermaid flowchart, for Markdown files that render Mermaid (GitHub, GitLab,
 * many wikis): the same nodes and edges as the DOT output, with colours and line styles given
 * per edge (linkStyle) and node classes for parties, agreements and their standing. Labels are
 * written with Mermaid's entity codes, so quotes, brackets and `<script>` stay text.
 */
import type { Picture, PictureNode } from "./picture.js";
import { wrapLabel } from "./picture.js";
import { CHAIN_COLOUR } from "./style.js";

export interface MermaidOptions {
  readonly href?: (iri: string) => string | undefined;
}

const DASH: Readonly<Record<"solid" | "dashed" | "dotted", string>> = { solid: "", dashed: ",stroke-dasharray:6 4", dotted: ",stroke-dasharray:2 3" };

/** Writes the picture as a Mermaid `flowchart LR`. */
export function toMermaid(picture: Picture, options: MermaidOptions = {}): string {
  const ids = new Map(picture.nodes.map((node, i) => [node.id, `n${i + 1}`]));
  const id = (nodeId: string) => ids.get(nodeId) ?? "n0";
  const lines = ["---", `title: ${JSON.stringify(picture.title)}`, "---", "flowchart LR"];
  for (const node of picture.nodes) lines.push(`  ${id(node.id)}${shape(node)}`);
  picture.edges.forEach((edge) => {
    const arrow = edge.directed ? "-->" : "---";
    lines.push(`  ${id(edge.from)} ${arrow}|"${text(edge.label)}"| ${id(edge.to)}`);
  });
  picture.edges.forEach((edge, i) => lines.push(`  linkStyle ${i} stroke:${edge.colour},stroke-width:${edge.bold ? 3 : 1.5}px,color:${edge.colour}${DASH[edge.style]}`));
  lines.push(
    "  classDef party fill:#e8f0fb,stroke:#1f4e8c,color:#000000",
    "  classDef agreement fill:#fff1cc,stroke:#7a5c00,color:#000000",
    "  classDef prospective stroke-dasharray:6 4",
    "  classDef ended fill:#f2f2f2,stroke:#767676,stroke-dasharray:2 3",
    `  classDef focal fill:#fde3e3,stroke:${CHAIN_COLOUR},stroke-width:3px`,
    `  classDef reached stroke:${CHAIN_COLOUR},stroke-width:2px`,
  );
  for (const node of picture.nodes) {
    const classes = [node.kind, ...(node.kind === "agreement" && node.standing !== "binding" ? [node.standing] : []), ...(node.emphasis ? [node.emphasis] : [])];
    lines.push(`  class ${id(node.id)} ${classes.join(",")}`);
    const href = options.href?.(node.iri);
    if (href !== undefined) lines.push(`  click ${id(node.id)} href "${text(href)}" "${text(node.tooltip)}"`);
  }
  return `${lines.join("\n")}\n`;
}

function shape(node: PictureNode): string {
  const label = `"${wrapLabel(node.label, node.kind === "agreement" ? 24 : 18).map(text).join("<br/>")}"`;
  if (node.kind === "agreement") return `([${label}])`;
  if (node.className === "NonStateActor") return `{{${label}}}`;
  return `[${label}]`;
}

/** Text in Mermaid's entity codes: nothing in it can end a label or open markup. */
function text(value: string): string {
  return value.replace(/[#"<>&|[\]{}()\n\r`]/g, (c) => (c === "\n" || c === "\r" ? " " : `#${c.codePointAt(0)};`));
}
