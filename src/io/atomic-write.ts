/**
 * Writing output files atomically: data goes to a temporary file in the same directory and is
 * renamed over the target only when complete, so an interrupted or failed write never leaves a
 * truncated file or replaces a good one.
 */
import { dirname } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { IoError } from "../errors.js";

/** Writes `data` to `path` atomically; a missing directory or unwritable path is an {@link IoError}. */
export async function writeFileAtomically(path: string, data: string | Buffer): Promise<void> {
  try {
    await writeFileAtomic(path, data);
  } catch (error) {
    throw ioErrorFor(path, error);
  }
}

function ioErrorFor(path: string, error: unknown): IoError {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const reason =
    code === "ENOENT"
      ? `directory ${dirname(path)} does not exist; create it first`
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a directory"
          : error instanceof Error
            ? error.message
            : String(error);
  return new IoError(`cannot write ${path}: ${reason}`, path, { cause: error });
}
