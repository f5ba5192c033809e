/**
 * `pactgraph diagram` as a function: read the network, pick a view, write DOT, SVG or Mermaid.
 * The SVG is Graphviz's layout of the DOT, so the two always show the same picture.
 */
import { readAllianceGraph, type AllianceGraph } from "./alliance-graph.js";
import { toDot } from "./dot.js";
import { toMermaid } from "./mermaid.js";
import type { QueryRunner } from "./node-table.js";
import type { Picture } from "./picture.js";
import { renderSvg } from "./svg.js";
import { pictureOf, type DiagramLayout, type DiagramView } from "./views.js";

export const DIAGRAM_FORMATS = ["svg", "dot", "mermaid"] as const;
export type DiagramFormat = (typeof DIAGRAM_FORMATS)[number];

export interface DiagramOptions {
  readonly view: DiagramView;
  readonly layout?: DiagramLayout;
  readonly format: DiagramFormat;
  /** Where a node links to (its site page, its IRI); no links when absent. */
  readonly href?: (iri: string) => string | undefined;
}

/** Draws a view of the network of the graph `run` queries. */
export async function drawDiagram(run: QueryRunner, options: DiagramOptions): Promise<string> {
  return drawNetwork(await readAllianceGraph(run), options);
}

/** Draws a view of a network already read (the site draws many views of one network). */
export async function drawNetwork(graph: AllianceGraph, options: DiagramOptions): Promise<string> {
  const picture = pictureOf(graph, options.view, options.layout);
  const links = options.href ? { href: options.href } : {};
  switch (options.format) {
    case "dot":
      return toDot(picture, links);
    case "mermaid":
      return toMermaid(picture, links);
    case "svg":
      return renderSvg(toDot(picture, links), picture.title, describePicture(picture));
  }
}

/** The picture in words: what a screen reader says, and the alt text of the site's images. */
export function describePicture(picture: Picture): string {
  const parties = picture.nodes.filter((n) => n.kind === "party").length;
  const agreements = picture.nodes.filter((n) => n.kind === "agreement").length;
  const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${picture.title}: ${counted(parties, "party", "parties")}, ${counted(agreements, "agreement", "agreements")} and ${counted(picture.edges.length, "tie", "ties")} between them.`;
}
