/**
 * Finding where something is in a text file, for error messages: offsets to 1-based line and
 * column, the text of one line, and the first place a term is written. Only used on the error
 * path, so a whole-text scan is fine.
 */

/** A 1-based line and column; columns count code points, as editors do. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Line and column of a UTF-16 offset in `text`. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: Array.from(text.slice(lineStart, offset)).length + 1 };
}

/** The text of line `line` (1-based), without its line break; undefined past the end. */
export function lineText(text: string, line: number): string | undefined {
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? undefined : end).replace(/\r$/, "");
}

/** A text to look for; `skip` code units of it come before the place to report. */
export type SearchText = string | { readonly text: string; readonly skip: number };

/** Where the first of `candidates` (tried in order) first occurs in `text`. */
export function locateFirst(text: string, candidates: readonly SearchText[]): LineColumn | undefined {
  for (const candidate of candidates) {
    const [needle, skip] = typeof candidate === "string" ? [candidate, 0] : [candidate.text, candidate.skip];
    if (needle.length === 0) continue;
    const offset = text.indexOf(needle);
    if (offset >= 0) return lineColumnAt(text, offset + skip);
  }
  return undefined;
}
