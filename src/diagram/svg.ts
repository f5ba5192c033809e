/**
 * DOT to SVG with real Graphviz, compiled to WebAssembly (@viz-js/viz): no system binary, the
 * same layout on every machine, the same bytes for the same DOT. The instance is created once,
 * on first use. The SVG gets a title and a description for screen readers.
 */
import type { Viz } from "@viz-js/viz";

let viz: Promise<Viz> | undefined;

/** Renders DOT as a standalone SVG document, titled `title` and described by `description`. */
export async function renderSvg(dot: string, title: string, description: string): Promise<string> {
  viz ??= import("@viz-js/viz").then((module) => module.instance());
  const result = (await viz).render(dot, { format: "svg", engine: "dot" });
  if (result.status !== "success") {
    // The DOT is pactgraph's own: a failure here is a bug, not the user's doing.
    throw new Error(`Graphviz could not lay out the diagram: ${result.errors.map((e) => e.message).join("; ")}`);
  }
  return accessible(result.output, title, description);
}

/** Names the SVG (role="img", its own title and desc) so it reads well alone and in a page. */
function accessible(svg: string, title: string, description: string): string {
  return svg.replace(/<svg\b([^>]*)>/, (_open, attributes: string) => `<svg${attributes} role="img" aria-labelledby="diagram-title diagram-desc">\n<title id="diagram-title">${xml(title)}</title>\n<desc id="diagram-desc">${xml(description)}</desc>`);
}

/** Text escaped for XML content and attributes. */
export function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
