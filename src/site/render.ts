/**
 * How graph terms appear on a page: nodes as links to their pages, concepts as their labels
 * linked to the ontology reference, dates with their precision, Wikidata items as outbound
 * links, and the badges of epistemic status, hedges and effective status.
 */
import type { Term } from "@rdfjs/types";
import { conceptLabel, localName } from "../diagram/index.js";
import { PREFIXES, VOCABULARIES } from "../rdf/prefixes.js";
import { classDeclaration, propertyDeclaration, propertyIri, propertyNames } from "../schema/index.js";
import { html, join, type Html } from "./html.js";
import { ontologyAnchor, pageOfIri, relativeHref } from "./paths.js";
import { classOf, conceptKey, type SiteGraph } from "./site-graph.js";

/** What every page renders with: the graph and the page's own path (for relative links). */
export interface PageContext {
  readonly site: SiteGraph;
  readonly path: string;
}

const PROPERTY_LABELS = new Map(propertyNames.map((p) => [propertyIri(p), propertyDeclaration(p).label]));
const PRECISION: Readonly<Record<string, string>> = { date: "day", gYearMonth: "month", gYear: "year", gMonth: "month, year unknown" };

export function href(context: PageContext, to: string): string {
  return relativeHref(context.path, to);
}

/** A compact name for any IRI: `party:turkey`, `pact:binds`, or the IRI itself. */
export function compact(iri: string): string {
  let best: [string, string] | undefined;
  for (const [prefix, namespace] of Object.entries(PREFIXES)) {
    if (iri.startsWith(namespace) && (!best || namespace.length > best[1].length)) best = [prefix, namespace];
  }
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

/** The id of a term's entry on the ontology page: its local name in pact:, else its compact name. */
export function termAnchor(iri: string): string {
  return compact(iri).replace(/^pact:/, "").replace(":", "-");
}

/** A property's label from the schema, else its compact name. */
export function propertyLabel(iri: string): string {
  return PROPERTY_LABELS.get(iri) ?? compact(iri);
}

/** A node's label linked to its page (plain text when it has none). */
export function nodeLink(context: PageContext, iri: string): Html {
  const label = context.site.table.label(iri);
  const path = pageOfIri(iri);
  return path && context.site.pages.has(path) ? html`<a href="${href(context, path)}">${label}</a>` : html`${label}`;
}

/** Any term, as a reader should see it. */
export function termHtml(context: PageContext, term: Term): Html {
  if (term.termType === "Literal") {
    const type = term.datatype.value.startsWith(VOCABULARIES.xsd) ? term.datatype.value.slice(VOCABULARIES.xsd.length) : "";
    const precision = PRECISION[type];
    if (precision) return html`<time>${term.value}</time> <span class="badge kind">${precision}</span>`;
    return html`${term.value}${term.language ? html` <span class="iri">@${term.language}</span>` : ""}`;
  }
  if (term.termType === "BlankNode") return html`<span class="iri">(a structured value)</span>`;
  const iri = term.value;
  if (pageOfIri(iri)) return nodeLink(context, iri);
  const anchor = ontologyAnchor(iri);
  if (anchor) {
    const key = conceptKey(iri) ?? iri;
    const label = classLabel(key) ?? PROPERTY_LABELS.get(iri) ?? conceptLabel(key);
    return html`<a href="${href(context, anchor)}">${label}</a>`;
  }
  if (iri.startsWith(VOCABULARIES.wd)) return html`<a href="${iri}" rel="external">Wikidata ${localName(iri)}</a>`;
  return html`<span class="iri">${compact(iri)}</span>`;
}

function classLabel(key: string): string | undefined {
  try {
    return classDeclaration(key as Parameters<typeof classDeclaration>[0]).label;
  } catch {
    return undefined;
  }
}

/** The badges of a claim: its epistemic status and each hedge. */
export function claimBadges(context: PageContext, claim: string): Html {
  const table = context.site.table;
  const status = conceptKey(table.first(claim, propertyIri("epistemicStatus")));
  const hedges = table.values(claim, propertyIri("hedges")).map((h) => h.value);
  return html`${status ? html`<span class="badge status-${status}">${conceptLabel(status)}</span>` : ""}${hedges.map((h) => html`<span class="badge hedge" title="hedge">“${h}”</span>`)}`;
}

/** The badges of a supported node's effective status: firmest and weakest support, disputed, sources. */
export function effectiveStatus(context: PageContext, node: string): Html {
  const table = context.site.table;
  const firmest = conceptKey(table.first(node, propertyIri("firmestSupport")));
  const weakest = conceptKey(table.first(node, propertyIri("weakestSupport")));
  const count = table.first(node, propertyIri("sourceCount"));
  if (!firmest && !weakest) return html``;
  const badge = (label: string, key: string | undefined) => (key ? html`<span class="badge status-${key}">${label}: ${conceptLabel(key)}</span>` : "");
  const disputed = table.first(node, propertyIri("disputed")) === "true" ? html`<span class="badge disputed">disputed</span>` : "";
  return html`<p class="status">${badge("firmest support", firmest)}${firmest !== weakest ? badge("weakest support", weakest) : ""}${disputed}${count ? html`<span class="badge kind">${count} ${count === "1" ? "source" : "sources"}</span>` : ""}</p>`;
}

/** The node's class, as a badge linked to the ontology. */
export function classBadge(context: PageContext, node: string): Html {
  const name = classOf(context.site.table, node);
  return name ? html`<a class="badge kind" href="${href(context, `ontology.html#${name}`)}">${classDeclaration(name).label}</a>` : html``;
}

/** Every property of a node, as a table (rdf:type, labels and computed status shown elsewhere). */
export function propertyTable(context: PageContext, node: string, skip: readonly string[] = []): Html {
  const table = context.site.table;
  const rows = table.predicates(node).filter((p) => !skip.includes(p));
  if (rows.length === 0) return html``;
  return html`<div class="table-wrap"><table><caption class="iri">Every statement about this node</caption><thead><tr><th scope="col">property</th><th scope="col">value</th></tr></thead><tbody>${rows.map(
    (p) => html`<tr><th scope="row"><a href="${href(context, `ontology.html#${termAnchor(p)}`)}">${propertyLabel(p)}</a></th><td>${join(table.values(node, p).map((v) => termHtml(context, v)), html`<br>`)}</td></tr>`,
  )}</tbody></table></div>`;
}
