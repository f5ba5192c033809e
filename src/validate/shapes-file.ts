/**
 * Shapes read from a file, kept while the file is unchanged: the same array comes back for the same
 * path, size and modification time, so validateShacl compiles it once too. A process that
 * validates again and again (the in-process CLI, watch, a library caller) reads and compiles the
 * package's 130 KB of shapes once instead of every time; a changed file is read again. A Turtle
 * file with a `.core.json` beside it made from exactly its bytes (the package's own shapes) is read
 * from that instead, with the SHACL core's reading of it (core-shapes-file.ts).
 */
import { readFile, stat } from "node:fs/promises";
import type { Quad } from "@rdfjs/types";
import { sha256Hex } from "../io/index.js";
import { loadRdfFile } from "../rdf/load.js";
import { rememberCoreShapes } from "./core-shapes.js";
import { decodeCoreShapes } from "./core-shapes-file.js";

const KEPT = new Map<string, { readonly version: string; readonly quads: Promise<readonly Quad[]> }>();
const KEPT_FILES = 8;

/** The quads of the shapes file at `path` (an absolute path), read once while it is unchanged. */
export async function loadShapesFile(path: string): Promise<readonly Quad[]> {
  const info = await stat(path).catch(() => undefined);
  // A file that cannot be stat'ed is left to the loader, whose error names it.
  if (!info?.isFile()) return loadRdfFile(path);
  const version = `${info.size}:${info.mtimeMs}`;
  const kept = KEPT.get(path);
  if (kept?.version === version) return kept.quads;
  const quads = loadShapes(path);
  KEPT.delete(path);
  if (KEPT.size >= KEPT_FILES) KEPT.delete(KEPT.keys().next().value!);
  KEPT.set(path, { version, quads });
  // A failed read is not kept: the next call reads (and reports) again.
  void quads.catch(() => {
    if (KEPT.get(path)?.quads === quads) KEPT.delete(path);
  });
  return quads;
}

/** The path of the JSON made ahead of time for a shapes file: `shapes.ttl` → `shapes.core.json`. */
function coreShapesPath(path: string): string {
  return `${path.replace(/\.ttl$/, "")}.core.json`;
}

async function loadShapes(path: string): Promise<readonly Quad[]> {
  const json = path.endsWith(".ttl") ? await readFile(coreShapesPath(path), "utf8").catch(() => undefined) : undefined;
  if (json !== undefined) {
    const decoded = decodeCoreShapes(json, sha256Hex(await readFile(path)));
    if (decoded) {
      rememberCoreShapes(decoded.quads, decoded.shapes);
      return decoded.quads;
    }
  }
  return loadRdfFile(path);
}
