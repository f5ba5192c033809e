/**
 * Where a command's output goes: `-` is standard output; a FIFO, a character device (`/dev/null`,
 * a terminal) or anything under /dev or /proc is written to directly; a regular file is replaced
 * atomically (temporary file, then rename), and a read-only one only when the caller forces it.
 */
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { IoError } from "../errors.js";
import { writeFileAtomically } from "./atomic-write.js";

/** A sink that accepts text or bytes (process.stdout, or a test's buffer). */
export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
}

export interface WriteOutputOptions {
  /** Where `-` writes. */
  readonly stdout: OutputStream;
  /** Replace a read-only regular file. */
  readonly force?: boolean;
}

/** How a target path is written: to stdout, straight into a special file, or atomically. */
export type OutputKind = "stdout" | "direct" | "atomic";

const DEVICE_PATH = /^\/(?:dev|proc)\//;

/** Decides how `target` is written, refusing a read-only file without `force`. */
export async function outputKind(target: string, force = false): Promise<OutputKind> {
  if (target === "-") return "stdout";
  if (DEVICE_PATH.test(target)) return "direct";
  const info = await stat(target).catch(() => undefined);
  if (!info) return "atomic";
  if (info.isFIFO() || info.isCharacterDevice() || info.isSocket() || info.isBlockDevice()) return "direct";
  if (info.isDirectory()) throw new IoError(`cannot write ${target}: it is a directory`, target);
  // Root may write any file, so the mode bits, not access(), say whether the user meant it read-only.
  if ((info.mode & 0o222) === 0 && !force) {
    throw new IoError(`cannot write ${target}: the file is read-only; pass --force to replace it`, target);
  }
  return "atomic";
}

/** Writes `data` to `target` as {@link outputKind} decides. */
export async function writeOutput(target: string, data: string | Uint8Array, options: WriteOutputOptions): Promise<void> {
  const kind = await outputKind(target, options.force === true);
  if (kind === "stdout") {
    options.stdout.write(data);
    return;
  }
  if (kind === "atomic") return writeFileAtomically(target, typeof data === "string" ? data : Buffer.from(data));
  let handle;
  try {
    handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND);
    await handle.writeFile(data);
  } catch (error) {
    throw new IoError(`cannot write ${target}: ${error instanceof Error ? error.message : String(error)}`, target, { cause: error });
  } finally {
    await handle?.close();
  }
}
