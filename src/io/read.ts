/** Reading input files with errors that name the file and say what is wrong. */
import { readFile } from "node:fs/promises";
import { IoError } from "../errors.js";

/** Reads a UTF-8 text file; missing, unreadable or directory paths become an {@link IoError}. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new IoError(`cannot read ${path}: ${describeFsError(error)}`, path, { cause: error });
  }
}

/** A short human reason for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a directory, not a file";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
