/**
 * Quoted spans of source texts, from their W3C Web Annotation selectors (oa:TextQuoteSelector
 * exact/prefix/suffix and oa:TextPositionSelector start/end, in code points), and the source
 * text with every span highlighted. Spans may nest or cross: the text is cut at every span
 * boundary and each piece wrapped in the marks of the spans covering it, outermost first, so
 * the markup stays well-formed and a span crossing another is written in parts that carry the
 * same `data-span`. Each mark's text is exactly the span's text (references are empty links
 * whose number CSS draws), which the browser tests check against the claim's quote.
 */
import type { NodeTable } from "../diagram/index.js";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { propertyIri } from "../schema/index.js";
import { html, raw, type Html } from "./html.js";

const OA = VOCABULARIES.oa;

export interface Quotation {
  /** The claim (or clause) the quote is evidence of. */
  readonly node: string;
  readonly source: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Code-point offsets, when the position selector gives them. */
  readonly start?: number;
  readonly end?: number;
}

/** The quotations of a node through `property` (pact:evidence for claims, pact:textEvidence for clauses). */
export function quotationsOf(table: NodeTable, node: string, property: "evidence" | "textEvidence"): Quotation[] {
  return table.values(node, propertyIri(property)).flatMap((resource) => {
    const source = table.first(resource.value, `${OA}hasSource`);
    if (!source) return [];
    let exact: string | undefined;
    let prefix = "";
    let suffix = "";
    let start: number | undefined;
    let end: number | undefined;
    for (const selector of table.values(resource.value, `${OA}hasSelector`)) {
      const types = table.types(selector.value);
      if (types.includes(`${OA}TextQuoteSelector`)) {
        exact = table.first(selector.value, `${OA}exact`);
        prefix = table.first(selector.value, `${OA}prefix`) ?? "";
        suffix = table.first(selector.value, `${OA}suffix`) ?? "";
      }
      if (types.includes(`${OA}TextPositionSelector`)) {
        start = Number(table.first(selector.value, `${OA}start`));
        end = Number(table.first(selector.value, `${OA}end`));
      }
    }
    if (exact === undefined) return [];
    const position = start !== undefined && end !== undefined && Number.isInteger(start) && Number.isInteger(end) ? { start, end } : {};
    return [{ node, source, exact, prefix, suffix, ...position }];
  }).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : (a.start ?? -1) - (b.start ?? -1) || (a.exact < b.exact ? -1 : 1)));
}

export interface Span {
  readonly start: number;
  readonly end: number;
  /** Identifies the span: marks of one span share it. */
  readonly id: string;
  /** The anchor other pages link to (on the span's first mark). */
  readonly anchor: string;
  readonly className: string;
  readonly title: string;
  /** A link to the claim, drawn after the span as its reference number. */
  readonly ref: { readonly href: string; readonly number: number; readonly label: string };
}

/**
 * Where a quotation stands in `codePoints`: at its position selector when the text there is the
 * quote, else at the occurrence whose prefix and suffix match (the selectors' fallback order).
 */
export function locate(codePoints: readonly string[], quotation: Quotation): { start: number; end: number } | undefined {
  const exact = Array.from(quotation.exact);
  const at = (start: number) => exact.every((c, i) => codePoints[start + i] === c);
  if (quotation.start !== undefined && at(quotation.start)) return { start: quotation.start, end: quotation.start + exact.length };
  const text = codePoints.join("");
  const candidates: number[] = [];
  for (let unit = text.indexOf(quotation.exact); unit >= 0; unit = text.indexOf(quotation.exact, unit + 1)) candidates.push(Array.from(text.slice(0, unit)).length);
  const context = (start: number) => codePoints.slice(Math.max(0, start - Array.from(quotation.prefix).length), start).join("") === quotation.prefix;
  const found = candidates.find(context) ?? candidates[0];
  return found === undefined ? undefined : { start: found, end: found + exact.length };
}

/** The source text as HTML, with every span marked; line breaks are kept by CSS (pre-wrap). */
export function highlightText(text: string, spans: readonly Span[]): Html {
  const codePoints = Array.from(text);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= codePoints.length && s.start < s.end);
  const cuts = [...new Set([0, codePoints.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const outerFirst = (a: Span, b: Span) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1);
  const parts: string[] = [];
  let open: Span[] = [];
  const opened = new Set<string>();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const covering = valid.filter((s) => s.start <= from && s.end >= to).sort(outerFirst);
    let keep = 0;
    while (keep < open.length && keep < covering.length && open[keep] === covering[keep]) keep++;
    for (const span of open.slice(keep).reverse()) parts.push(closeMark(span, from));
    for (const span of covering.slice(keep)) {
      parts.push(openMark(span, !opened.has(span.id)));
      opened.add(span.id);
    }
    open = covering;
    parts.push(html`${codePoints.slice(from, to).join("")}`.markup);
  }
  for (const span of open.slice().reverse()) parts.push(closeMark(span, codePoints.length));
  return raw(parts.join(""));
}

function openMark(span: Span, first: boolean): string {
  return html`<mark class="${span.className}" data-span="${span.id}" title="${span.title}"${first ? raw(html` id="${span.anchor}"`.markup) : ""}>`.markup;
}

/** Closes a mark; after the span's last part comes its reference, an empty link CSS numbers. */
function closeMark(span: Span, at: number): string {
  const ref = at === span.end ? html`<a class="ref" href="${span.ref.href}" data-n="${span.ref.number}" aria-label="${span.ref.label}"></a>`.markup : "";
  return `</mark>${ref}`;
}
