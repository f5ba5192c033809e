/**
 * HTML that cannot be injected into: pages are written with the `html` tagged template, which
 * escapes every interpolated value unless it is itself `Html` made by the template. A label
 * holding `<script>` is therefore text wherever it goes; nothing else writes markup.
 */

/** A fragment of markup produced by {@link html} (or {@link raw} for trusted constants). */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: values are escaped, Html fragments and arrays of them inserted as they are. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let markup = strings[0] ?? "";
  values.forEach((value, i) => (markup += render(value) + (strings[i + 1] ?? "")));
  return new Html(markup);
}

/** Markup pactgraph itself wrote (an SVG Graphviz drew, a constant): inserted unescaped. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Joins fragments with a separator (escaped when text). */
export function join(items: readonly HtmlValue[], separator: HtmlValue = ", "): Html {
  return new Html(items.map(render).join(render(separator)));
}
