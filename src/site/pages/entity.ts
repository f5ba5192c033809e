/**
 * The page of one node: its name, class, IRI and effective status; the section of its kind
 * (agreement, party, person, source, claim); the diagrams it appears in; the claims that
 * support it; every statement about it; and what points at it.
 */
import { VOCABULARIES } from "../../rdf/prefixes.js";
import { propertyIri } from "../../schema/index.js";
import { html, join, type Html } from "../html.js";
import { page } from "../layout.js";
import { pageOfIri } from "../paths.js";
import { classBadge, effectiveStatus, nodeLink, propertyLabel, propertyTable, type PageContext } from "../render.js";
import { classOf } from "../site-graph.js";
import { agreementSection, partySection, personSection } from "./actors.js";
import { claimSection, supportingClaims } from "./claim.js";
import { figures, type DiagramFigure } from "./figures.js";
import { sourceSection } from "./source.js";

export interface EntityPageContext extends PageContext {
  readonly figures: readonly DiagramFigure[];
  readonly extraNav?: readonly { readonly href: string; readonly label: string }[];
}

const SHOWN_ELSEWHERE = [
  `${VOCABULARIES.rdf}type`,
  `${VOCABULARIES.rdfs}label`,
  propertyIri("firmestSupport"),
  propertyIri("weakestSupport"),
  propertyIri("disputed"),
  propertyIri("sourceCount"),
];

/** The whole page of `node`. */
export function entityPage(context: EntityPageContext, node: string): string {
  const table = context.site.table;
  const name = classOf(table, node);
  const comment = table.first(node, `${VOCABULARIES.rdfs}comment`);
  const body = html`<h1>${table.label(node)}</h1>
<p>${classBadge(context, node)} <span class="iri">${node}</span></p>
${effectiveStatus(context, node)}
${comment ? html`<p>${comment}</p>` : ""}
${kindSection(context, node, name)}
${figures(context, context.figures)}
${name === "Claim" ? "" : supportingClaims(context, node)}
<h2 id="statements">Statements</h2>
${propertyTable(context, node, SHOWN_ELSEWHERE)}
${referencedBy(context, node)}`;
  return page({ path: context.path, title: table.label(node), body, ...(context.extraNav ? { extraNav: context.extraNav } : {}) });
}

function kindSection(context: PageContext, node: string, name: ReturnType<typeof classOf>): Html | string {
  if (!name) return "";
  if (context.site.network.agreements.has(node)) return agreementSection(context, node);
  if (context.site.network.parties.has(node)) return partySection(context, node);
  if (name === "Person") return personSection(context, node);
  if (name === "SourceDocument") return sourceSection(context, node);
  if (name === "Claim") return claimSection(context, node);
  return "";
}

/** Nodes whose statements point at this one, grouped by property. */
function referencedBy(context: PageContext, node: string): Html {
  const links = context.site.inverse.get(node) ?? [];
  const byPredicate = new Map<string, string[]>();
  for (const { subject, predicate } of links) {
    if (predicate === propertyIri("supports") || !context.site.pages.has(pageOfIri(subject) ?? "")) continue;
    byPredicate.set(predicate, [...new Set([...(byPredicate.get(predicate) ?? []), subject])].sort());
  }
  if (byPredicate.size === 0) return html``;
  const rows = [...byPredicate].sort(([a], [b]) => (a < b ? -1 : 1));
  return html`<h2 id="referenced-by">Referenced by</h2><dl class="facts">${rows.map(
    ([predicate, subjects]) => html`<dt>${propertyLabel(predicate)} of</dt><dd>${join(subjects.map((s) => nodeLink(context, s)))}</dd>`,
  )}</dl>`;
}
