/**
 * One error base with a stable `code` and the exit code the CLI should use, plus a few subclasses.
 * Messages name the file/line/term and say what to do next; the CLI prints only the message
 * (the stack with --verbose).
 */

/** Exit codes shared by every command: 0 ok, 1 failure in the data or query, 2 usage or I/O error. */
export const ExitCode = { ok: 0, failure: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

// A brand that survives two copies of this module being loaded (e.g. the CLI from dist/ and a
// DSL module from src/ through tsx), where `instanceof` would not.
const brand = Symbol.for("pactgraph.error");

/** Base class of every error pactgraph raises on purpose. */
export class PactgraphError extends Error {
  readonly [brand] = true;
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: ExitCode = ExitCode.failure,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** True for errors pactgraph raised on purpose (as opposed to bugs), across module copies. */
export function isPactgraphError(error: unknown): error is PactgraphError {
  return typeof error === "object" && error !== null && brand in error;
}

/** Bad command-line usage: unknown option, missing argument, unknown format. Exit 2. */
export class UsageError extends PactgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "E_USAGE", ExitCode.usage, options);
  }
}

/** A file that cannot be read or written (missing, unreadable, directory missing). Exit 2. */
export class IoError extends PactgraphError {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, "E_IO", ExitCode.usage, options);
  }
}

/** Where in a text an error was found; lines and columns are 1-based. */
export interface TextLocation {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** Formats a location as `file:line:column`, leaving out what is unknown. */
export function formatLocation(location: TextLocation): string {
  const parts = [location.file];
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.line !== undefined && location.column !== undefined) parts.push(String(location.column));
  return parts.join(":");
}

/** Malformed input (Turtle, N-Triples, JSON-LD, SPARQL…): carries file, line and column. Exit 1. */
export class ParseError extends PactgraphError {
  constructor(
    message: string,
    readonly location: TextLocation,
    options?: { cause?: unknown },
  ) {
    super(`${formatLocation(location)}: ${message}`, "E_PARSE", ExitCode.failure, options);
  }
}

/** One problem found while building a DSL graph, naming the entity and field. */
export interface DslIssue {
  readonly entity: string;
  readonly field?: string | undefined;
  readonly message: string;
}

/** The DSL graph is inconsistent (duplicate IRIs, dangling references, bad quotes…). Exit 1. */
export class DslError extends PactgraphError {
  constructor(readonly issues: readonly DslIssue[]) {
    const lines = issues.map((i) => `${i.entity}${i.field ? ` (${i.field})` : ""}: ${i.message}`);
    const head = issues.length === 1 ? "" : `${issues.length} problems in the graph:\n  `;
    super(head + lines.join("\n  "), "E_DSL", ExitCode.failure);
  }
}
