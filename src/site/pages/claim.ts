/**
 * Claims on pages: a claim's own section (its quote in context, linked to the highlighted span
 * on its source's page; who says it, how firmly, with which hedges; what it supports and what
 * values it says), and the list of claims supporting any node.
 */
import { VOCABULARIES } from "../../rdf/prefixes.js";
import { propertyIri } from "../../schema/index.js";
import { quotationsOf } from "../evidence.js";
import { html, join, type Html } from "../html.js";
import { pageOfIri, slugOf } from "../paths.js";
import { claimBadges, href, nodeLink, propertyLabel, termHtml, type PageContext } from "../render.js";

const RDF = VOCABULARIES.rdf;

/** The anchor of a claim's n-th quotation on its source's page. */
export function quoteAnchor(claim: string, index: number): string {
  return `q-${slugOf(claim)}${index > 0 ? `-${index + 1}` : ""}`;
}

/** A link to where the quotation stands in its source's text. */
function inSource(context: PageContext, claim: string, index: number, source: string): Html | string {
  const path = pageOfIri(source);
  return path && context.site.pages.has(path) ? html`<a href="${href(context, `${path}#${quoteAnchor(claim, index)}`)}">see it in the source</a>` : "";
}

export function claimSection(context: PageContext, claim: string): Html {
  const table = context.site.table;
  const quotations = quotationsOf(table, claim, "evidence");
  const said = table.iris(claim, propertyIri("attributedTo"));
  const verb = table.first(claim, propertyIri("reportingVerb"));
  // Statements are blank nodes, whose labels differ from load to load: order them by what they say.
  const statements = table
    .values(claim, propertyIri("statements"))
    .map((s) => s.value)
    .sort((a, b) => (statementKey(table, a) < statementKey(table, b) ? -1 : 1));
  return html`<p>${claimBadges(context, claim)}</p>
${quotations.map(
  (q, i) => html`<blockquote><span class="context">…${q.prefix}</span><strong>${q.exact}</strong><span class="context">${q.suffix}…</span></blockquote>
<p>From ${nodeLink(context, q.source)}${q.start !== undefined ? html`, characters ${q.start}–${q.end}` : ""}: ${inSource(context, claim, i, q.source)}.</p>`,
)}
<dl class="facts">
${said.length > 0 ? html`<dt>Said by</dt><dd>${join(said.map((a) => nodeLink(context, a)))}${verb ? html` (“${verb}”)` : ""}</dd>` : ""}
<dt>Supports</dt><dd>${join(table.iris(claim, propertyIri("supports")).map((n) => nodeLink(context, n)))}</dd>
${statements.length > 0 ? html`<dt>Says</dt><dd><ul>${statements.map((s) => statementItem(context, s))}</ul></dd>` : ""}
</dl>`;
}

function statementKey(table: PageContext["site"]["table"], statement: string): string {
  return ["subject", "predicate", "object"].map((p) => table.first(statement, `${RDF}${p}`) ?? "").join(" ");
}

/** One value the claim says a node has: "the date of X is 2025-03". */
function statementItem(context: PageContext, statement: string): Html {
  const table = context.site.table;
  const subject = table.first(statement, `${RDF}subject`);
  const predicate = table.first(statement, `${RDF}predicate`);
  const object = table.values(statement, `${RDF}object`)[0];
  if (!subject || !predicate || !object) return html``;
  return html`<li>${propertyLabel(predicate)} of ${nodeLink(context, subject)}: ${termHtml(context, object)}</li>`;
}

/** The claims that support a node, each with its badges, voice and quote. */
export function supportingClaims(context: PageContext, node: string): Html {
  const table = context.site.table;
  const claims = (context.site.inverse.get(node) ?? []).filter((l) => l.predicate === propertyIri("supports")).map((l) => l.subject);
  const unique = [...new Set(claims)].sort();
  if (unique.length === 0) return html``;
  return html`<h2 id="claims">Supported by ${unique.length} ${unique.length === 1 ? "claim" : "claims"}</h2><ul class="claims">${unique.map((claim) => {
    const quote = quotationsOf(table, claim, "evidence")[0];
    const said = table.iris(claim, propertyIri("attributedTo"));
    return html`<li>${claimBadges(context, claim)} ${nodeLink(context, claim)}${said.length > 0 ? html` — ${join(said.map((a) => nodeLink(context, a)))}` : ""}${quote ? html`<blockquote>${quote.exact}</blockquote>` : ""}</li>`;
  })}</ul>`;
}
