/** The static site of a graph: pages per node, diagrams, saved queries, the ontology reference. */
export { generateSite } from "./site.js";
export type { SiteFiles, SiteOptions } from "./site.js";
export { escapeHtml, html, raw } from "./html.js";
export type { Html } from "./html.js";
export { highlightText, locate, quotationsOf } from "./evidence.js";
export type { Quotation, Span } from "./evidence.js";
export { page } from "./layout.js";
export { pageOfIri, relativeHref, STYLESHEET } from "./paths.js";
export { STYLESHEET_CSS } from "./stylesheet.js";
