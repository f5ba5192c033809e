/**
 * Writing a tree of files under a folder (a generated site): subfolders are created as needed
 * and each file is written atomically, so a reader never sees half a page. A manifest file lists
 * what was written, so the next write removes the files the tree no longer has (a renamed node's
 * old page) and nothing else: files the writer did not make are never touched.
 */
import { mkdir, readdir, readFile, rmdir, stat, unlink } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { IoError } from "../errors.js";
import { writeFileAtomically } from "./atomic-write.js";

export interface WriteTreeOptions {
  /** The manifest's file name under `root`; without it, nothing is listed and nothing removed. */
  readonly manifest?: string;
}

export interface WriteTreeResult {
  /** Files of the previous write (per the manifest) that this write no longer has, now removed. */
  readonly removed: readonly string[];
}

/** Writes `files` (paths relative to `root`) under `root`, creating it if needed. */
export async function writeFilesUnder(root: string, files: ReadonlyMap<string, string | Buffer>, options: WriteTreeOptions = {}): Promise<WriteTreeResult> {
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new IoError(`cannot write into ${root}: it is a file, not a folder`, root);
  const folders = new Set<string>();
  for (const path of files.keys()) {
    if (!isInside(path)) throw new IoError(`refusing to write ${path} outside ${root}`, root);
    folders.add(dirname(join(root, path)));
  }
  try {
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new IoError(`cannot create folders under ${root}: ${error instanceof Error ? error.message : String(error)}`, root, { cause: error });
  }
  for (const [path, content] of files) await writeFileAtomically(join(root, path), content);
  if (!options.manifest) return { removed: [] };
  const previous = await readManifest(join(root, options.manifest));
  const removed = previous.filter((path) => !files.has(path) && path !== options.manifest);
  for (const path of removed) await unlink(join(root, path)).catch(() => undefined);
  await removeEmptyFolders(root, removed);
  await writeFileAtomically(join(root, options.manifest), [...files.keys()].sort().join("\n") + "\n");
  return { removed };
}

/** A relative path that stays under the root. */
function isInside(path: string): boolean {
  return path !== "" && !normalize(path).startsWith("..") && !path.startsWith("/");
}

/** The paths a previous write listed (none when there was none); a path leading outside is ignored. */
async function readManifest(path: string): Promise<string[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  return text.split("\n").filter((line) => line !== "" && isInside(line));
}

/** Removes the folders the removed files leave empty, deepest first, never `root` itself. */
async function removeEmptyFolders(root: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of removed) for (let folder = dirname(path); folder !== "." && folder !== "/"; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const entries = await readdir(join(root, folder)).catch(() => undefined);
    if (entries && entries.length === 0) await rmdir(join(root, folder)).catch(() => undefined);
  }
}
