/**
 * A source's section: its metadata (and what the copy held does not give), then its text with
 * every quoted span highlighted from its selectors — claims coloured by epistemic status, clause
 * texts in grey — each span followed by its number, linked to its claim; then the numbered list
 * of quotations with their badges.
 */
import { conceptLabel } from "../../diagram/index.js";
import { propertyIri } from "../../schema/index.js";
import { highlightText, locate, quotationsOf, type Quotation, type Span } from "../evidence.js";
import { html, join, type Html } from "../html.js";
import { pageOfIri, slugOf } from "../paths.js";
import { claimBadges, href, nodeLink, termHtml, type PageContext } from "../render.js";
import { conceptKey, instancesOf } from "../site-graph.js";
import { quoteAnchor } from "./claim.js";

interface Placed {
  readonly quotation: Quotation;
  readonly kind: "claim" | "clause";
  readonly anchor: string;
  readonly start: number;
  readonly end: number;
}

export function sourceSection(context: PageContext, source: string): Html {
  const table = context.site.table;
  const text = context.site.texts.get(source);
  const notGiven = table.iris(source, propertyIri("notGiven")).map((c) => conceptLabel(conceptKey(c) ?? c));
  const meta = html`<dl class="facts">
<dt>title</dt><dd>${table.first(source, propertyIri("title")) ?? table.label(source)}</dd>
${table.values(source, propertyIri("sourceKind")).map((k) => html`<dt>kind</dt><dd>${termHtml(context, k)}</dd>`)}
${table.values(source, propertyIri("published")).map((d) => html`<dt>published</dt><dd>${termHtml(context, d)}</dd>`)}
${notGiven.length > 0 ? html`<dt>not given in the copy held</dt><dd>${notGiven.join(", ")}</dd>` : ""}
${table.values(source, propertyIri("textFile")).map((f) => html`<dt>text file</dt><dd><span class="iri">${f.value}</span></dd>`)}
</dl>`;
  if (text === undefined) return html`${meta}<p><strong>The text of this source could not be read</strong>, so its quotes are listed without it.</p>${quotationList(context, placedQuotations(context, source, undefined))}`;
  const placed = placedQuotations(context, source, Array.from(text));
  const numbers = new Map(placed.map((p, i) => [p.anchor, i + 1]));
  const spans: Span[] = placed.map((p) => spanOf(context, p, numbers.get(p.anchor)!));
  return html`${meta}
<h2 id="text">The text</h2>
<p>Every quoted passage is marked; the number after it links to its claim. Colours follow the claim's epistemic status: ${["Confirmed", "Reported", "Expected", "AnalystAssessment", "Speculative"].map((s) => html`<span class="badge status-${s}">${conceptLabel(s)}</span>`)}<span class="badge kind">clause text</span></p>
<div class="source-text" lang="${table.first(source, propertyIri("language")) ?? "en"}">${highlightText(text, spans)}</div>
<h2 id="quotations">Quotations in this text</h2>
${quotationList(context, placed)}`;
}

/** Claims and clause texts quoting this source, in text order. */
function placedQuotations(context: PageContext, source: string, codePoints: readonly string[] | undefined): Placed[] {
  const table = context.site.table;
  const found: Placed[] = [];
  const add = (kind: Placed["kind"], node: string, property: "evidence" | "textEvidence") =>
    quotationsOf(table, node, property)
      .filter((q) => q.source === source)
      .forEach((quotation, i) => {
        const at = codePoints ? locate(codePoints, quotation) : quotation.start !== undefined ? { start: quotation.start, end: quotation.end! } : { start: Number.MAX_SAFE_INTEGER, end: Number.MAX_SAFE_INTEGER };
        const anchor = kind === "claim" ? quoteAnchor(node, i) : `c-${slugOf(node)}`;
        if (at) found.push({ quotation, kind, anchor, ...at });
      });
  for (const claim of instancesOf(table, "Claim")) add("claim", claim, "evidence");
  for (const clause of instancesOf(table, "Clause")) add("clause", clause, "textEvidence");
  return found.sort((a, b) => a.start - b.start || b.end - a.end || (a.anchor < b.anchor ? -1 : 1));
}

function spanOf(context: PageContext, placed: Placed, number: number): Span {
  const node = placed.quotation.node;
  const table = context.site.table;
  const status = conceptKey(table.first(node, propertyIri("epistemicStatus")));
  const target = placed.kind === "claim" ? pageOfIri(node) : pageOfIri(table.first(node, propertyIri("agreement")) ?? node);
  const link = target ? href(context, placed.kind === "claim" ? target : `${target}#clause-${slugOf(node)}`) : "#";
  const what = placed.kind === "claim" ? `claim: ${table.label(node)}${status ? ` (${conceptLabel(status)})` : ""}` : `clause text: ${table.label(node)}`;
  return {
    start: placed.start,
    end: placed.end,
    id: placed.anchor,
    anchor: placed.anchor,
    className: placed.kind === "claim" ? `quote status-${status ?? "unknown"}` : "clause-text",
    title: what,
    ref: { href: link, number, label: `${number}: ${what}` },
  };
}

function quotationList(context: PageContext, placed: readonly Placed[]): Html {
  if (placed.length === 0) return html`<p>No claim quotes this source.</p>`;
  return html`<ol class="quotes">${placed.map((p) => {
    const node = p.quotation.node;
    const said = context.site.table.iris(node, propertyIri("attributedTo"));
    const where = p.start === Number.MAX_SAFE_INTEGER ? "" : html` <a href="#${p.anchor}">in the text</a> (characters ${p.start}–${p.end})`;
    return html`<li>${p.kind === "claim" ? claimBadges(context, node) : html`<span class="badge kind">clause text</span>`} ${nodeLink(context, node)}${said.length > 0 ? html` — ${join(said.map((a) => nodeLink(context, a)))}` : ""}:${where}<blockquote>${p.quotation.exact}</blockquote></li>`;
  })}</ol>`;
}
