/** Loading RDF files into memory, each parsed by the parser for its format. */
import type { Quad } from "@rdfjs/types";
import { UsageError } from "../errors.js";
import { requireFormat, type RdfFormat } from "./formats.js";
import { readTextFile } from "./input.js";
import { parseN3Text, type N3Format } from "./parse.js";

function isN3Format(format: RdfFormat): format is N3Format {
  return format === "turtle" || format === "ntriples" || format === "nquads" || format === "trig";
}

/** Parses one file (format from `format` or the extension). */
export async function loadRdfFile(path: string, format?: string): Promise<Quad[]> {
  const resolved = requireFormat(path, format);
  if (!isN3Format(resolved)) throw new UsageError(`reading ${resolved} is not supported yet (${path})`);
  const text = await readTextFile(path);
  return parseN3Text(text, resolved, path);
}

/** Parses several files and concatenates their quads. */
export async function loadRdfFiles(paths: readonly string[], format?: string): Promise<Quad[]> {
  const all: Quad[] = [];
  for (const path of paths) all.push(...(await loadRdfFile(path, format)));
  return all;
}
