/**
 * Diagrams on pages: an image with its alt text (the diagram in words), a caption, a link to the
 * SVG itself (whose nodes link to their pages) and the ties it draws as a list, for readers who
 * cannot see it.
 */
import { html, type Html } from "../html.js";
import { href, type PageContext } from "../render.js";

export interface DiagramFigure {
  /** The SVG's path in the site. */
  readonly path: string;
  readonly alt: string;
  readonly caption: string;
  /** The diagram's ties in words, one per line. */
  readonly ties?: readonly string[];
}

export function figures(context: PageContext, list: readonly DiagramFigure[]): Html {
  if (list.length === 0) return html``;
  return html`<h2 id="diagrams">Diagrams</h2>${list.map((figure) => figureHtml(context, figure))}`;
}

export function figureHtml(context: PageContext, figure: DiagramFigure): Html {
  const link = href(context, figure.path);
  const ties = figure.ties && figure.ties.length > 0 ? html`<details><summary>The diagram as text (${figure.ties.length} ties)</summary><ul>${figure.ties.map((t) => html`<li>${t}</li>`)}</ul></details>` : "";
  return html`<figure><img src="${link}" alt="${figure.alt}"><figcaption>${figure.caption} <a href="${link}">Open the diagram</a> (its nodes link to their pages).</figcaption>${ties}</figure>`;
}
