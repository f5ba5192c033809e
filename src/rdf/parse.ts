/**
 * n3's formats (Turtle, N-Triples, N-Quads, TriG) and its parse errors, turned into
 * {@link ParseError}s that carry file, line and column.
 */
import { ParseError } from "../errors.js";
import { lineColumnAt, lineText } from "./locate.js";
import { iriProblem } from "./term-check.js";

/** The syntaxes n3 parses, by the media type n3 expects. */
export const N3_FORMATS = {
  turtle: "text/turtle",
  ntriples: "application/n-triples",
  nquads: "application/n-quads",
  trig: "application/trig",
} as const;

export type N3Format = keyof typeof N3_FORMATS;

/**
 * Converts an n3 parser/lexer error into a {@link ParseError} with line and column. Parser errors
 * carry their token; lexer errors only a line, so with the `text` at hand the column is found by
 * looking for the unexpected characters on that line.
 */
export function toParseError(error: unknown, file: string, text?: string): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const context = field(error, "context");
  const token = field(context, "token");
  const line = numberAt(token, "line") ?? numberAt(context, "line");
  // n3 appends "on line N." itself; the location prefix carries it now.
  let description = message.replace(/ on line \d+\.?$/, "").replace(/\.$/, "");
  const start = numberAt(token, "start");
  let column = start === undefined ? undefined : start + 1;
  const source = text !== undefined && line !== undefined ? lineText(text, line) : undefined;
  const unexpected = /^Unexpected "(.*)"$/s.exec(description)?.[1];
  if (source !== undefined && column === undefined && unexpected !== undefined) {
    const previous = field(context, "previousToken");
    const from = numberAt(previous, "line") === line ? (numberAt(previous, "end") ?? 0) : 0;
    const found = source.indexOf(unexpected, from);
    if (found >= 0) {
      column = found + 1;
      const badIri = unexpected.startsWith("<") ? badIriAt(source, found) : undefined;
      if (badIri !== undefined) description = `invalid IRI <${badIri}>: ${iriProblem(badIri) ?? "malformed"}`;
      const surrogate = text === undefined ? undefined : surrogateEscapeIn(text, lineStart(text, line ?? 1) + found);
      if (surrogate !== undefined) {
        const at = lineColumnAt(text ?? "", surrogate.offset);
        return new ParseError(surrogate.message, { file, ...at }, { cause: error });
      }
    }
  }
  if (source !== undefined && column !== undefined) column = Array.from(source.slice(0, column - 1)).length + 1;
  return new ParseError(reword(description), { file, line, column }, { cause: error });
}

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\\U0000[dD][89a-fA-F][0-9a-fA-F]{2}/;

/**
 * An escape of a UTF-16 surrogate in the string or IRI token starting at `start` (n3 refuses them,
 * saying only that the token is unexpected): where it is and what it is. RDF strings and IRIs are
 * sequences of Unicode characters, which surrogates are not; a pair of escapes stands for one
 * character, which has an escape of its own.
 */
function surrogateEscapeIn(text: string, start: number): { offset: number; message: string } | undefined {
  const open = text[start];
  let end: number;
  if (open === "<") end = text.indexOf(">", start);
  else if (open === '"' || open === "'") {
    const long = text.startsWith(open.repeat(3), start);
    end = long ? text.indexOf(open.repeat(3), start + 3) : start + 1;
    if (!long) while (end < text.length && text[end] !== open && text[end] !== "\n") end += text[end] === "\\" ? 2 : 1;
  } else return undefined;
  const token = text.slice(start, end < 0 ? undefined : end + 1);
  const match = SURROGATE_ESCAPE.exec(token);
  if (!match) return undefined;
  const code = parseInt(match[0].slice(-4), 16);
  const next = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(token.slice(match.index + match[0].length));
  const offset = start + match.index;
  if (code < 0xdc00 && next?.[1] !== undefined) {
    const character = ((code - 0xd800) << 10) + (parseInt(next[1], 16) - 0xdc00) + 0x10000;
    return { offset, message: `${match[0]}${next[0]} is a UTF-16 surrogate pair, which is not how RDF text escapes a character; write the character itself or \\U${character.toString(16).toUpperCase().padStart(8, "0")}` };
  }
  return { offset, message: `${match[0]} is a lone UTF-16 surrogate, which is not a Unicode character, so RDF text cannot hold it; remove the escape or write the character it stands for` };
}

/** The offset where line `line` (1-based) starts. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line && offset >= 0; n++) offset = text.indexOf("\n", offset) + 1 || -1;
  return Math.max(offset, 0);
}

/** n3's messages quote terms that are quoted already (`""two"`); backticks read better. */
function reword(message: string): string {
  const punctuation = /^Expected punctuation to follow "(.*)"$/s.exec(message);
  if (punctuation) return `expected ".", ";" or "," after \`${punctuation[1] ?? ""}\``;
  const unexpected = /^Unexpected "(.*)"$/s.exec(message);
  if (unexpected) return `unexpected \`${unexpected[1] ?? ""}\``;
  return message;
}

/**
 * The IRI in `<…>` starting at `at` in a line, with its \u escapes decoded, when it is one the IRI
 * check refuses (a space, written or escaped, is the usual reason n3 stops there).
 */
function badIriAt(line: string, at: number): string | undefined {
  const close = line.indexOf(">", at);
  if (close < 0) return undefined;
  const written = line.slice(at + 1, close);
  if (/[<"]/.test(written)) return undefined;
  const decoded = written.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})/g, (_, short?: string, long?: string) =>
    String.fromCodePoint(parseInt(short ?? long ?? "0", 16)),
  );
  return iriProblem(decoded) ? decoded : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

function numberAt(value: unknown, key: string): number | undefined {
  const found = field(value, key);
  return typeof found === "number" ? found : undefined;
}
