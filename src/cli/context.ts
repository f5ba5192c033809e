/**
 * What every command shares: its I/O, the project it runs in (found once, on first use), output
 * helpers and the exit code a command may set without throwing (validate: violations found).
 */
import { isAbsolute, resolve } from "node:path";
import { ExitCode, PactgraphError } from "../errors.js";
import { findProject, type Project } from "../project/index.js";
import type { CliIo } from "./io.js";

export class CommandContext {
  /** Set by a command that reports a failure it has already printed. */
  exitCode: ExitCode = ExitCode.ok;
  #project: Project | undefined | null = null;

  constructor(readonly io: CliIo) {}

  /** Writes a line of results to stdout. */
  out(text: string): void {
    this.io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  }

  /** Writes raw output to stdout. */
  write(data: string | Uint8Array): void {
    this.io.stdout.write(data);
  }

  /** A warning on stderr, always shown: something the user should know did not go as asked. */
  warn(text: string): void {
    this.io.stderr.write(`pactgraph: warning: ${text}\n`);
  }

  /** A progress line on stderr, on a terminal only, so piped output stays clean. */
  progress(text: string): void {
    if (this.io.stderr.isTTY) this.io.stderr.write(`${text}\n`);
  }

  /** True when stdout is a terminal (tables instead of TSV). */
  get interactive(): boolean {
    return this.io.stdout.isTTY === true;
  }

  /** A path the user typed, made absolute against the working directory. */
  path(typed: string): string {
    return isAbsolute(typed) ? typed : resolve(this.io.cwd, typed);
  }

  /** How loads go: strict or not, and warnings (an input with no triples) printed, never dropped. */
  loadOptions(strict = false): { strict: boolean; onWarning: (message: string) => void } {
    return { strict, onWarning: (message) => this.warn(message) };
  }

  /** The signal a long-running command stops on; asks the process to turn SIGINT/SIGTERM into it. */
  stopSignal(): AbortSignal | undefined {
    this.io.listenForStop?.();
    return this.io.signal;
  }

  /** The project around the working directory, if any. */
  get project(): Project | undefined {
    if (this.#project === null) this.#project = findProject(this.io.cwd);
    return this.#project;
  }

  /** The project, or an error saying how to get one (for commands that need the project's data). */
  requireProject(what: string): Project {
    const project = this.project;
    if (project) return project;
    throw new PactgraphError(
      `no pactgraph project found in ${this.io.cwd} or above (no pactgraph.config.json, and no package.json that depends on pactgraph), so there is no ${what}; ` +
        "run `pactgraph init` to start one, or pass --data",
      "E_NO_DATA",
    );
  }
}
