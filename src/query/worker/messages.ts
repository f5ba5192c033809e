/**
 * What the query pool and its workers say to each other. Everything crossing the thread boundary
 * is plain data (structured clone): results travel as plain terms (plain-result.ts) and errors as
 * their message and code, rebuilt as {@link PactgraphError}s on the other side.
 */
import { ERROR_CODES, isPactgraphError, messageOf, PactgraphError, type ErrorCode } from "../../errors.js";
import type { RdfInput } from "../../rdf/input.js";
import type { ResultFormat } from "../../rdf/formats.js";
import type { LocalEngine } from "../engine.js";
import type { PreparedQuery } from "../prepare.js";
import type { PlainResult } from "./plain-result.js";
import type { QueryDataset } from "../rewrite.js";

/** What a worker loads, once, before it answers queries (its `workerData`). */
export interface WorkerSetup {
  readonly inputs: readonly RdfInput[];
  readonly engine: LocalEngine;
  readonly unionDefaultGraph: boolean;
  /** The inputs passed the loader's checks in an earlier worker: skip them. */
  readonly checked: boolean;
}

export interface RunRequest {
  readonly type: "run";
  readonly id: number;
  readonly query: PreparedQuery;
  readonly maxResults?: number;
  readonly dataset?: QueryDataset;
  /** Serialise the result in the worker (what serve sends); otherwise it comes back as terms. */
  readonly format?: ResultFormat;
}

export type ToWorker = RunRequest;

export interface ErrorInfo {
  readonly message: string;
  readonly code: ErrorCode;
}

/** A result serialised in the worker, with its size in rows, triples or 1 for a boolean. */
export interface FormattedResult {
  readonly body: string;
  readonly size: number;
}

export type Answer = { readonly kind: "formatted"; readonly formatted: FormattedResult } | { readonly kind: "result"; readonly result: PlainResult };

export type FromWorker =
  | { readonly type: "ready"; readonly quads: number; readonly engineBytes: number }
  /** Loading failed; the worker exits. */
  | { readonly type: "load-failed"; readonly error: ErrorInfo }
  | { readonly type: "answer"; readonly id: number; readonly answer: Answer; readonly engineBytes: number }
  /** `broken`: the engine trapped and its state cannot be trusted, so the worker must be replaced. */
  | { readonly type: "failed"; readonly id: number; readonly error: ErrorInfo; readonly broken: boolean; readonly engineBytes: number };

/** An error as plain data; one pactgraph did not raise on purpose is named after what failed. */
export function errorInfo(error: unknown, what = "query failed"): ErrorInfo {
  if (isPactgraphError(error)) return { message: error.message, code: error.code };
  return { message: `${what}: ${messageOf(error)}`, code: "E_QUERY" };
}

export function errorFromInfo(info: ErrorInfo): PactgraphError {
  return new PactgraphError(info.message, info.code in ERROR_CODES ? info.code : "E_QUERY");
}
