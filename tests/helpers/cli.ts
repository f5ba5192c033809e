/**
 * Runs the CLI in-process: `main(argv, io)` with buffers for stdout and stderr, a given stdin,
 * environment and working directory. Each call gets fresh I/O, so calls never leak into each other.
 * The few tests that need a real process (exit codes of the bundle, EPIPE, signals) use
 * {@link runCliProcess}.
 */
import { spawn } from "node:child_process";
import { Readable, Writable } from "node:stream";
import { main } from "../../src/cli/main.js";
import type { CliIo } from "../../src/cli/io.js";
import { CLI, ROOT } from "./project.js";

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  readonly cwd?: string;
  readonly stdin?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Pretend stdout/stderr are terminals (tables, progress lines). */
  readonly tty?: boolean;
  /** Aborts long-running commands (serve). */
  readonly signal?: AbortSignal;
}

class Capture extends Writable {
  readonly chunks: Buffer[] = [];
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  get text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

/** Runs `pactgraph <args>` in this process. */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  const stdout = new Capture(options.tty === true);
  const stderr = new Capture(options.tty === true);
  const stdin = Readable.from(options.stdin === undefined ? [] : [typeof options.stdin === "string" ? Buffer.from(options.stdin) : Buffer.from(options.stdin)]);
  const io: CliIo = {
    stdout,
    stderr,
    stdin,
    env: { NO_COLOR: "1", ...options.env },
    cwd: options.cwd ?? ROOT,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const status = await main(["node", "pactgraph", ...args], io);
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the installed entry point (bin/pactgraph.js, the bundle) as a child process. */
export function runCliProcess(args: readonly string[], options: { cwd?: string; env?: Readonly<Record<string, string>>; stdin?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: [options.stdin === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    if (options.stdin !== undefined) child.stdin?.end(options.stdin);
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
