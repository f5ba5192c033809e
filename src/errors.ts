/**
 * One error family: every error pactgraph raises on purpose is a {@link PactgraphError} with a
 * stable `code` from {@link ERROR_CODES}. The code decides the CLI's exit code and the HTTP status
 * `serve` answers with, so no caller ever matches message text. Messages name the file/line/term
 * and say what to do next; the CLI prints only the message (the stack with --verbose).
 */

/** Exit codes shared by every command: 0 ok, 1 a problem in the data or the query, 2 usage or I/O. */
export const ExitCode = { ok: 0, data: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Every error code, with the exit code and the HTTP status it maps to. */
export const ERROR_CODES = {
  /** Bad command-line usage or API arguments: unknown option, bad value, unknown format. */
  E_USAGE: { exit: ExitCode.usage, http: 400 },
  /** A file that cannot be read or written. */
  E_IO: { exit: ExitCode.usage, http: 500 },
  /** There is no graph to work on (nothing built, an empty selection). */
  E_NO_DATA: { exit: ExitCode.usage, http: 500 },
  /** Malformed input: RDF, SPARQL, JSON, a query header. */
  E_PARSE: { exit: ExitCode.data, http: 400 },
  /** An inconsistent DSL graph or corpus. */
  E_DSL: { exit: ExitCode.data, http: 500 },
  /** A generated file is out of date (`build --check`). */
  E_OUTDATED: { exit: ExitCode.data, http: 500 },
  /** A query the engine could not run (a type error, an unsupported feature). */
  E_QUERY: { exit: ExitCode.data, http: 400 },
  /** A query refused by policy: an update, a SERVICE call that is not allowed. */
  E_REFUSED: { exit: ExitCode.usage, http: 400 },
  /** A query or request that ran out of time. */
  E_TIMEOUT: { exit: ExitCode.data, http: 503 },
  /** A query stopped by its caller. */
  E_ABORTED: { exit: ExitCode.data, http: 503 },
  /** A response, result or input larger than its limit. */
  E_TOO_LARGE: { exit: ExitCode.data, http: 413 },
  /** A query that needed more memory than its ceiling. */
  E_MEMORY: { exit: ExitCode.data, http: 503 },
  /** A remote endpoint that cannot be reached or answers with an error. */
  E_ENDPOINT: { exit: ExitCode.data, http: 502 },
  /** A remote endpoint's answer that is not what the protocol says. */
  E_RESPONSE: { exit: ExitCode.data, http: 502 },
  /** A push the store rejected, or whose result does not match what was sent. */
  E_PUSH: { exit: ExitCode.data, http: 502 },
  /** Authentication missing or refused. */
  E_AUTH: { exit: ExitCode.data, http: 502 },
  /** Wikidata lookups that failed, or links that no longer hold. */
  E_LINK: { exit: ExitCode.data, http: 502 },
  /** A malformed overrides or configuration file. */
  E_CONFIG: { exit: ExitCode.data, http: 500 },
  /** Validation found violations. */
  E_INVALID: { exit: ExitCode.data, http: 500 },
} as const satisfies Readonly<Record<string, { exit: ExitCode; http: number }>>;

export type ErrorCode = keyof typeof ERROR_CODES;

// A brand that survives two copies of this module being loaded (e.g. the CLI from dist/ and a
// DSL module from src/ through a loader), where `instanceof` would not.
const brand = Symbol.for("pactgraph.error");

/** Base class of every error pactgraph raises on purpose. */
export class PactgraphError extends Error {
  readonly [brand] = true;
  readonly code: ErrorCode;
  constructor(message: string, code: ErrorCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }

  /** The exit code the CLI uses for this error. */
  get exitCode(): ExitCode {
    return ERROR_CODES[this.code].exit;
  }

  /** The HTTP status `serve` answers this error with. */
  get httpStatus(): number {
    return ERROR_CODES[this.code].http;
  }
}

/** True for errors pactgraph raised on purpose (as opposed to bugs), across module copies. */
export function isPactgraphError(error: unknown): error is PactgraphError {
  return typeof error === "object" && error !== null && brand in error && "code" in error && typeof error.code === "string" && error.code in ERROR_CODES;
}

/** Bad command-line usage: unknown option, missing argument, unknown format. Exit 2. */
export class UsageError extends PactgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "E_USAGE", options);
  }
}

/** A file that cannot be read or written (missing, unreadable, directory missing). Exit 2. */
export class IoError extends PactgraphError {
  constructor(
    message: string,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(message, "E_IO", options);
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
    super(`${formatLocation(location)}: ${message}`, "E_PARSE", options);
  }
}

/** One problem found while building a DSL graph, naming the entity and field (and the module). */
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
    super(head + lines.join("\n  "), "E_DSL");
  }
}

/** The message of anything thrown, for wrapping it in a PactgraphError. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
