/**
 * What the CLI may touch of the outside world, passed in by the caller: `bin/` gives it the
 * process's streams, environment and working directory; tests give it buffers. No command reads
 * `process.*` itself, so `main()` can run many times in one process.
 */
import type { Readable } from "node:stream";
import type { OutputStream } from "../io/index.js";

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Standard input, for `--data -` and `-q -`. */
  readonly stdin: Readable & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Aborted when the caller wants long-running commands (serve, watch) to stop. */
  readonly signal?: AbortSignal;
  /**
   * Called by a command that stops on `signal` (so the process turns SIGINT/SIGTERM into it); a
   * command that never calls it is ended by a signal at once, as without a handler.
   */
  readonly listenForStop?: () => void;
}
