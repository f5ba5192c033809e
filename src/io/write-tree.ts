/**
 * Writing a tree of files under a folder (a generated site): subfolders are created as needed
 * and each file is written atomically, so a reader never sees half a page.
 */
import { mkdir, stat } from "node:fs/promises";
import { dirname, join, normalize } from "node:path";
import { IoError } from "../errors.js";
import { writeFileAtomically } from "./atomic-write.js";

/** Writes `files` (paths relative to `root`) under `root`, creating it if needed. */
export async function writeFilesUnder(root: string, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new IoError(`cannot write into ${root}: it is a file, not a folder`, root);
  const folders = new Set<string>();
  for (const path of files.keys()) {
    if (normalize(path).startsWith("..") || path.startsWith("/")) throw new IoError(`refusing to write ${path} outside ${root}`, root);
    folders.add(dirname(join(root, path)));
  }
  try {
    for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new IoError(`cannot create folders under ${root}: ${error instanceof Error ? error.message : String(error)}`, root, { cause: error });
  }
  for (const [path, content] of files) await writeFileAtomically(join(root, path), content);
}
