/**
 * Loading RDF into memory, each input parsed by the parser for its format: Turtle, N-Triples,
 * N-Quads and TriG stream through n3, RDF/XML through rdfxml-streaming-parser, JSON-LD through
 * jsonld.js. Inputs are files or bytes in memory (standard input, a download), gzip-compressed or
 * not. Every load, by every command, applies the same checks: a missing, unreadable or empty
 * file is refused, and so is any bad term (an IRI with a space, a relative IRI, a malformed
 * language tag, a literal outside its XSD datatype's lexical space), named by file, line and column.
 */
import { stat, readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { Quad } from "@rdfjs/types";
import { IoError, isPactgraphError, ParseError } from "../errors.js";
import { RDF_FORMATS, requireFormat, type RdfFormat } from "./formats.js";
import { describeFsError } from "../io/index.js";
import { isGzip, toRdfInput, type RdfInput } from "./input.js";
import { locateFirst } from "./locate.js";
import { N3_FORMATS, type N3Format } from "./parse.js";
import { parseN3Text, parseRdfXmlText, streamN3File, streamRdfXmlFile, type QuadSink } from "./stream-parse.js";
import { quadProblem, type TermProblem } from "./term-check.js";

/** One loaded input: its name, the format it was read as, and its quads. */
export interface LoadedRdfFile {
  readonly path: string;
  readonly format: RdfFormat;
  readonly quads: Quad[];
}

/** Files, or inputs from anywhere (see {@link RdfInput}). */
export type RdfInputs = readonly (string | RdfInput)[];

class BadTerm extends Error {
  constructor(readonly problem: TermProblem) {
    super(problem.message);
  }
}

/** Parses one input (a path: format from the extension). */
export async function loadRdfFile(input: string | RdfInput): Promise<Quad[]> {
  return (await loadRdfDocument(toRdfInput(input))).quads;
}

/** Parses several inputs and concatenates their quads (blank nodes of different inputs stay apart). */
export async function loadRdfFiles(inputs: RdfInputs): Promise<Quad[]> {
  const all: Quad[] = [];
  for (const input of inputs) await readInto(toRdfInput(input), (quad) => all.push(quad));
  return all;
}

/**
 * Streams the quads of several inputs to `onQuad`, with the same checks as {@link loadRdfFiles},
 * without holding them: for loading a large graph straight into a store. Returns the quad count.
 */
export async function forEachRdfQuad(inputs: RdfInputs, onQuad: (quad: Quad) => void): Promise<number> {
  let count = 0;
  for (const input of inputs) count += await readInto(toRdfInput(input), onQuad);
  return count;
}

/** Parses several inputs, keeping each one's quads apart (for per-file counts). */
export async function loadRdfDocuments(inputs: RdfInputs): Promise<LoadedRdfFile[]> {
  const loaded: LoadedRdfFile[] = [];
  for (const input of inputs) loaded.push(await loadRdfDocument(toRdfInput(input)));
  return loaded;
}

async function loadRdfDocument(input: RdfInput): Promise<LoadedRdfFile> {
  const quads: Quad[] = [];
  const format = inputFormat(input);
  await readInto(input, (quad) => quads.push(quad));
  return { path: input.name, format, quads };
}

/** The input's format: as given, else from its name. */
export function inputFormat(input: RdfInput): RdfFormat {
  return input.format ?? requireFormat(input.name);
}

/**
 * The text of an input held in memory or compressed; undefined for a plain file, which the
 * streaming parsers read themselves.
 */
export async function inputText(input: RdfInput): Promise<string | undefined> {
  let bytes: Uint8Array;
  if ("bytes" in input.content) bytes = input.content.bytes;
  else {
    if (!input.name.toLowerCase().endsWith(".gz")) return undefined;
    bytes = await readFile(input.content.path).catch((error: unknown) => {
      throw new IoError(`cannot read ${input.name}: ${describeFsError(error)}`, input.name, { cause: error });
    });
  }
  if (isGzip(input.name, bytes)) {
    try {
      bytes = await promisify(gunzip)(bytes);
    } catch (error) {
      throw new ParseError(`not valid gzip data: ${error instanceof Error ? error.message : String(error)}`, { file: input.name }, { cause: error });
    }
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** Parses one input, checking every quad before handing it on; returns how many quads it held. */
async function readInto(input: RdfInput, onQuad: (quad: Quad) => unknown): Promise<number> {
  const format = inputFormat(input);
  const path = input.name;
  const text = await inputText(input);
  const file = "path" in input.content ? input.content.path : undefined;
  if (text === undefined && file !== undefined) await requireNonEmptyFile(file, path, format);
  else if (text !== undefined && /^\s*$/.test(text)) throw emptyFileError(path, format);
  let count = 0;
  const sink: QuadSink = (quad) => {
    const problem = quadProblem(quad);
    if (problem) throw new BadTerm(problem);
    onQuad(quad);
    count += 1;
  };
  try {
    await parseInto(input, text, format, sink);
  } catch (error) {
    if (error instanceof BadTerm) throw locateBadTerm(path, text ?? (await readFile(file ?? path, "utf8")), error.problem);
    if (isPactgraphError(error)) throw error;
    if (typeof error === "object" && error !== null && "code" in error) {
      throw new IoError(`cannot read ${path}: ${describeFsError(error)}`, path, { cause: error });
    }
    throw error;
  }
  if (count === 0 && text === undefined && file !== undefined && /^\s*$/.test(await readFile(file, "utf8"))) throw emptyFileError(path, format);
  return count;
}

async function parseInto(input: RdfInput, text: string | undefined, format: RdfFormat, sink: QuadSink): Promise<void> {
  const path = input.name;
  if (format in N3_FORMATS) {
    if (text !== undefined) return parseN3Text(text, path, format as N3Format, sink);
    return streamN3File((input.content as { path: string }).path, format as N3Format, sink, path);
  }
  if (format === "rdfxml") {
    if (text !== undefined) return parseRdfXmlText(text, path, sink);
    return streamRdfXmlFile((input.content as { path: string }).path, sink, path);
  }
  const json = text ?? (await readFile((input.content as { path: string }).path, "utf8"));
  if (/^\s*$/.test(json)) throw emptyFileError(path, format);
  // jsonld.js (and its HTTP client) loads only when a JSON-LD file is read.
  const { parseJsonLdText } = await import("./jsonld-read.js");
  for (const quad of await parseJsonLdText(json, path)) sink(quad);
}

/** A missing path or a directory is an I/O error; a zero-byte file is empty input. */
async function requireNonEmptyFile(file: string, path: string, format: RdfFormat): Promise<void> {
  let size: number;
  try {
    const info = await stat(file);
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

/** The bad term's message, at the first place the input spells it (found by searching the text). */
function locateBadTerm(path: string, text: string, problem: TermProblem): ParseError {
  const at = locateFirst(text, problem.searchFor);
  return new ParseError(problem.message, { file: path, ...at });
}
