/**
 * What every command shares: where output goes, whether to show progress, and the project root.
 * Commands write results to stdout and progress/diagnostics to stderr.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's own root (for the embedded default graph and ontology). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The project root: the current directory if it has data/, else the package's own root. */
export function projectRoot(cwd: string = process.cwd()): string {
  return existsSync(join(cwd, "data")) ? cwd : PACKAGE_ROOT;
}

/** Prints progress on a terminal only, so piped output stays clean. */
export function progress(message: string): void {
  if (process.stderr.isTTY) process.stderr.write(`${message}\n`);
}

/** Writes a result line to stdout. */
export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
