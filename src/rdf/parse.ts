/**
 * n3's formats (Turtle, N-Triples, N-Quads, TriG) and its parse errors, turned into
 * {@link ParseError}s that carry file, line and column.
 */
import { ParseError } from "../errors.js";
import { lineText } from "./locate.js";
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
    }
  }
  if (source !== undefined && column !== undefined) column = Array.from(source.slice(0, column - 1)).length + 1;
  return new ParseError(reword(description), { file, line, column }, { cause: error });
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
