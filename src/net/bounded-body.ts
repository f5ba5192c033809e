/**
 * Time and size limits that hold for the whole exchange, body included. A {@link Deadline} aborts
 * the request when its time is up — while connecting, while waiting for headers, or halfway through
 * the body — and a bounded body stops reading (and drops the connection) the moment it passes its
 * size limit, so a 400 MB answer costs at most the limit in memory and never lands in a cache.
 */

/** One attempt's time limit, joined with the callers' own abort signals. */
export class Deadline {
  readonly signal: AbortSignal;
  readonly #outer: readonly AbortSignal[];
  readonly #timer: ReturnType<typeof setTimeout>;
  #timedOut = false;

  constructor(
    readonly ms: number,
    outer: readonly (AbortSignal | null | undefined)[],
  ) {
    const controller = new AbortController();
    this.#outer = outer.filter((s): s is AbortSignal => s instanceof AbortSignal);
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      controller.abort(new DOMException(`no complete answer within ${ms} ms`, "TimeoutError"));
    }, ms);
    // The request itself keeps the process alive; the timer alone must not.
    this.#timer.unref();
    this.signal = this.#outer.length > 0 ? AbortSignal.any([controller.signal, ...this.#outer]) : controller.signal;
  }

  /** True when the time ran out (rather than a caller stopping the request). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** True when a caller's signal stopped the request. */
  get stopped(): boolean {
    return !this.#timedOut && this.#outer.some((s) => s.aborted);
  }

  /** The exchange is over (finished, failed or cancelled): no more timeout. */
  clear(): void {
    clearTimeout(this.#timer);
  }
}

export interface BodyLimits {
  readonly maxBytes: number;
  /** The error for a body past `maxBytes`. */
  readonly tooLarge: () => Error;
  /** The error for a body that broke off (time up, connection lost, stopped). */
  readonly broken: (cause: unknown) => Error;
  /** Called once the body has ended, failed or been cancelled. */
  readonly done: () => void;
}

/** `body`, read on demand, that fails with `tooLarge()` past the limit and `broken()` on any read error. */
export function boundedBody(body: ReadableStream<Uint8Array>, limits: BodyLimits): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let size = 0;
  let finished = false;
  const finish = () => {
    if (!finished) limits.done();
    finished = true;
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await reader.read();
        } catch (error) {
          finish();
          controller.error(limits.broken(error));
          return;
        }
        if (chunk.done) {
          finish();
          controller.close();
          return;
        }
        size += chunk.value.byteLength;
        if (size > limits.maxBytes) {
          finish();
          controller.error(limits.tooLarge());
          // Dropping the rest closes the connection: the server stops sending.
          await reader.cancel().catch(() => undefined);
          return;
        }
        controller.enqueue(chunk.value);
      },
      async cancel(reason) {
        finish();
        await reader.cancel(reason).catch(() => undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The whole of a bounded body, as bytes. */
export async function readBoundedBody(body: ReadableStream<Uint8Array>, limits: BodyLimits): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = boundedBody(body, limits).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    chunks.push(value);
  }
}

/** Up to `maxBytes` of a body as text (for error messages); the rest is dropped. */
export async function readExcerpt(body: ReadableStream<Uint8Array> | null, maxBytes = 4096): Promise<string> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // An error page that breaks off is still worth quoting as far as it came.
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, maxBytes).toString("utf8");
}
