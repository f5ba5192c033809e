/**
 * Loading RDF files into memory, each parsed by the parser for its format: Turtle, N-Triples,
 * N-Quads and TriG stream through n3, RDF/XML through rdfxml-streaming-parser, JSON-LD through
 * jsonld.js. Every load, by every command, applies the same checks: a missing, unreadable or empty
 * file is refused, and so is any bad term (an IRI with a space, a relative IRI, a malformed
 * language tag, a literal outside its XSD datatype's lexical space), named by file, line and column.
 */
import { stat, readFile } from "node:fs/promises";
import type { Quad } from "@rdfjs/types";
import { IoError, isPactgraphError, ParseError } from "../errors.js";
import { RDF_FORMATS, requireFormat, type RdfFormat } from "./formats.js";
import { describeFsError, readTextFile } from "./input.js";
import { locateFirst } from "./locate.js";
import { streamN3File, streamRdfXmlFile, type QuadSink } from "./stream-parse.js";
import { quadProblem, type TermProblem } from "./term-check.js";

/** One loaded file: its path, the format it was read as, and its quads. */
export interface LoadedRdfFile {
  readonly path: string;
  readonly format: RdfFormat;
  readonly quads: Quad[];
}

class BadTerm extends Error {
  constructor(readonly problem: TermProblem) {
    super(problem.message);
  }
}

/** Parses one file (format from `format` or the extension). */
export async function loadRdfFile(path: string, format?: string): Promise<Quad[]> {
  return (await loadRdfDocument(path, format)).quads;
}

/** Parses several files and concatenates their quads (blank nodes of different files stay apart). */
export async function loadRdfFiles(paths: readonly string[], format?: string): Promise<Quad[]> {
  const all: Quad[] = [];
  for (const path of paths) await readInto(path, requireFormat(path, format), (quad) => all.push(quad));
  return all;
}

/**
 * Streams the quads of several files to `onQuad`, with the same checks as {@link loadRdfFiles},
 * without holding them: for loading a large graph straight into a store. Returns the quad count.
 */
export async function forEachRdfQuad(paths: readonly string[], onQuad: (quad: Quad) => void, format?: string): Promise<number> {
  let count = 0;
  for (const path of paths) count += await readInto(path, requireFormat(path, format), onQuad);
  return count;
}

/** Parses several files, keeping each file's quads apart (for per-file counts). */
export async function loadRdfDocuments(paths: readonly string[], format?: string): Promise<LoadedRdfFile[]> {
  const loaded: LoadedRdfFile[] = [];
  for (const path of paths) loaded.push(await loadRdfDocument(path, format));
  return loaded;
}

async function loadRdfDocument(path: string, format?: string): Promise<LoadedRdfFile> {
  const resolved = requireFormat(path, format);
  const quads: Quad[] = [];
  await readInto(path, resolved, (quad) => quads.push(quad));
  return { path, format: resolved, quads };
}

/** Parses one file, checking every quad before handing it on; returns how many quads it held. */
async function readInto(path: string, format: RdfFormat, onQuad: (quad: Quad) => unknown): Promise<number> {
  await requireNonEmptyFile(path, format);
  let count = 0;
  const sink: QuadSink = (quad) => {
    const problem = quadProblem(quad);
    if (problem) throw new BadTerm(problem);
    onQuad(quad);
    count += 1;
  };
  try {
    await parseInto(path, format, sink);
  } catch (error) {
    if (error instanceof BadTerm) throw await locateBadTerm(path, error.problem);
    if (isPactgraphError(error)) throw error;
    if (typeof error === "object" && error !== null && "code" in error) {
      throw new IoError(`cannot read ${path}: ${describeFsError(error)}`, path, { cause: error });
    }
    throw error;
  }
  if (count === 0 && /^\s*$/.test(await readFile(path, "utf8"))) throw emptyFileError(path, format);
  return count;
}

async function parseInto(path: string, format: RdfFormat, sink: QuadSink): Promise<void> {
  switch (format) {
    case "turtle":
    case "ntriples":
    case "nquads":
    case "trig":
      return streamN3File(path, format, sink);
    case "rdfxml":
      return streamRdfXmlFile(path, sink);
    case "jsonld": {
      const text = await readTextFile(path);
      if (/^\s*$/.test(text)) throw emptyFileError(path, format);
      // jsonld.js (and its HTTP client) loads only when a JSON-LD file is read.
      const { parseJsonLdText } = await import("./jsonld-read.js");
      for (const quad of await parseJsonLdText(text, path)) sink(quad);
      return;
    }
  }
}

/** A missing path or a directory is an I/O error; a zero-byte file is empty input. */
async function requireNonEmptyFile(path: string, format: RdfFormat): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    size = info.size;
  } catch (error) {
    throw new IoError(`cannot read ${path}: ${describeFsError(error)}`, path, { cause: error });
  }
  if (size === 0) throw emptyFileError(path, format);
}

function emptyFileError(path: string, format: RdfFormat): ParseError {
  const hint = format === "jsonld" ? '{ "@graph": [] }' : "a comment line";
  return new ParseError(
    `the file is empty, so there is nothing to load (truncated? an intentionally empty ${RDF_FORMATS[format].label} graph can be written as ${hint})`,
    { file: path },
  );
}

/** The bad term's message, at the first place the file spells it (found by searching the text). */
async function locateBadTerm(path: string, problem: TermProblem): Promise<ParseError> {
  const at = locateFirst(await readFile(path, "utf8"), problem.searchFor);
  return new ParseError(problem.message, { file: path, ...at });
}
