/**
 * The text of each highlighted span of a source page, as a browser would give the marks'
 * textContent: marks of one span (`data-span`) joined in document order. Reads the site's own
 * well-formed markup of the `source-text` block with a stack, no HTML parser needed.
 */
export function marksOf(page: string): Map<string, string> {
  const start = page.indexOf('<div class="source-text"');
  const body = page.slice(page.indexOf(">", start) + 1, page.indexOf("</div>", start));
  const texts = new Map<string, string>();
  const open: string[] = [];
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    const mark = /^<mark [^>]*data-span="([^"]+)"/.exec(token);
    if (mark) {
      open.push(mark[1]!);
      if (!texts.has(mark[1]!)) texts.set(mark[1]!, "");
    } else if (token === "</mark>") open.pop();
    else if (!token.startsWith("<")) for (const id of open) texts.set(id, texts.get(id)! + decode(token));
  }
  return texts;
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}
