/**
 * Parsing the Turtle family (Turtle, N-Triples, N-Quads, TriG) with n3, turning its errors into
 * {@link ParseError}s that carry file, line and column.
 */
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import { ParseError } from "../errors.js";

/** The syntaxes n3 parses, by the media type n3 expects. */
export const N3_FORMATS = {
  turtle: "text/turtle",
  ntriples: "application/n-triples",
  nquads: "application/n-quads",
  trig: "application/trig",
} as const;

export type N3Format = keyof typeof N3_FORMATS;

/** Parses a whole text; `file` names the input in error messages. */
export function parseN3Text(text: string, format: N3Format, file: string, baseIri?: string): Quad[] {
  const parser = new Parser({ format: N3_FORMATS[format], ...(baseIri ? { baseIRI: baseIri } : {}) });
  try {
    return parser.parse(text);
  } catch (error) {
    throw toParseError(error, file);
  }
}

/** Converts an n3 parser/lexer error into a {@link ParseError} with line and column. */
export function toParseError(error: unknown, file: string): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const context = typeof error === "object" && error !== null && "context" in error ? error.context : undefined;
  const line = numberAt(context, "line");
  const token = typeof context === "object" && context !== null && "token" in context ? context.token : undefined;
  const start = numberAt(token, "start");
  // n3 appends "on line N." itself; the location prefix carries it now.
  const text = message.replace(/ on line \d+\.?$/, "").replace(/\.$/, "");
  return new ParseError(text, { file, line, column: start === undefined ? undefined : start + 1 }, { cause: error });
}

function numberAt(value: unknown, key: string): number | undefined {
  if (typeof value !== "object" || value === null || !(key in value)) return undefined;
  const found: unknown = (value as Record<string, unknown>)[key];
  return typeof found === "number" ? found : undefined;
}
