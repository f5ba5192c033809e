/**
 * How a failed exchange is told: an {@link HttpError} names the target and the reason apart, so
 * callers can put the reason in their own sentence ("cannot push to …: <reason>") while the code
 * (E_ENDPOINT, E_TIMEOUT, E_TOO_LARGE, E_AUTH, E_ABORTED) decides what happens next.
 */
import { PactgraphError, type ErrorCode } from "../errors.js";
import { describeBytes } from "./units.js";
import { redactCredentials } from "./url.js";

/** A request that failed: `${target}: ${reason}`. `status` is set when the server answered. */
export class HttpError extends PactgraphError {
  readonly status: number | undefined;

  constructor(
    readonly target: string,
    readonly reason: string,
    code: ErrorCode,
    options: { readonly status?: number | undefined; readonly cause?: unknown } = {},
  ) {
    super(`${target}: ${reason}`, code, { cause: options.cause });
    this.status = options.status;
  }
}

/** A request not sent because the endpoint failed `threshold` times in a row (see CircuitBreaker). */
export class CircuitOpenError extends HttpError {
  constructor(target: string, threshold: number) {
    super(target, `not attempted: the endpoint failed ${threshold} times in a row`, "E_ENDPOINT");
  }
}

/** The error for a body over the limit, naming the option that raises it. */
export function tooLargeError(target: string, maxBytes: number, option: string): HttpError {
  return new HttpError(target, `the response is larger than the limit of ${describeBytes(maxBytes)}; raise it with ${option}`, "E_TOO_LARGE");
}

/** The innermost reason of a fetch failure (`connect ECONNREFUSED 127.0.0.1:9`, `other side closed`), without credentials. */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (current instanceof Error && current.name === "TimeoutError") return "timed out";
  const message = current instanceof Error ? current.message : String(current);
  const code = typeof current === "object" && current !== null && "code" in current && typeof current.code === "string" ? current.code : undefined;
  return redactCredentials(code && !message.includes(code) ? `${message} (${code})` : message);
}
