/**
 * Loading RDF into memory, each input parsed by the parser for its format: Turtle, N-Triples,
 * N-Quads and TriG stream through n3, RDF/XML through rdfxml-streaming-parser, JSON-LD through
 * jsonld.js. Inputs are files or bytes in memory (standard input, a download), gzip-compressed or
 * not, and relative IRIs resolve against the input's base IRI (see {@link baseOf}).
 *
 * Every load, by every command, accepts what the RDF standards call valid and refuses the rest,
 * named by file, line and column: a missing or unreadable file, a syntax error, a bad IRI, a
 * malformed language tag, a lone UTF-16 surrogate. An empty or comment-only input is the empty
 * graph (with a warning). Ill-typed literals ("ten"^^xsd:integer) are valid RDF and load as they
 * are (`validate` reports them); a strict load refuses them.
 */
import { stat, readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import type { Quad } from "@rdfjs/types";
import { IoError, isPactgraphError, ParseError } from "../errors.js";
import { RDF_FORMATS, requireFormat, type RdfFormat } from "./formats.js";
import { describeFsError } from "../io/index.js";
import { baseOf, isGzip, toRdfInput, type RdfInput } from "./input.js";
import { locateFirst } from "./locate.js";
import { N3_FORMATS, type N3Format } from "./parse.js";
import { parseN3Text, parseRdfXmlText, streamN3File, streamRdfXmlFile, type ParseSource, type QuadSink } from "./stream-parse.js";
import { quadProblem, type TermProblem } from "./term-check.js";

/** One loaded input: its name, the format it was read as, and its quads. */
export interface LoadedRdfFile {
  readonly path: string;
  readonly format: RdfFormat;
  readonly quads: Quad[];
}

/** Files, or inputs from anywhere (see {@link RdfInput}). */
export type RdfInputs = readonly (string | RdfInput)[];

/** How to load. */
export interface LoadOptions {
  /**
   * Refuse ill-typed literals (a lexical form outside its XSD datatype's lexical space), at
   * file:line:column, instead of loading them as they are. Default false.
   */
  readonly strict?: boolean;
  /** Told about inputs that load but deserve a word (an input with no triples at all). */
  readonly onWarning?: (message: string) => void;
}

class BadTerm extends Error {
  constructor(readonly problem: TermProblem) {
    super(problem.message);
  }
}

/** Parses one input (a path: format from the extension). */
export async function loadRdfFile(input: string | RdfInput, options: LoadOptions = {}): Promise<Quad[]> {
  return (await loadRdfDocument(toRdfInput(input), options)).quads;
}

/** Parses several inputs and concatenates their quads (blank nodes of different inputs stay apart). */
export async function loadRdfFiles(inputs: RdfInputs, options: LoadOptions = {}): Promise<Quad[]> {
  const all: Quad[] = [];
  for (const input of inputs) await readInto(toRdfInput(input), (quad) => all.push(quad), options);
  return all;
}

/**
 * Streams the quads of several inputs to `onQuad`, with the same checks as {@link loadRdfFiles},
 * without holding them: for loading a large graph straight into a store. Returns the quad count.
 */
export async function forEachRdfQuad(inputs: RdfInputs, onQuad: (quad: Quad) => void, options: LoadOptions = {}): Promise<number> {
  let count = 0;
  for (const input of inputs) count += await readInto(toRdfInput(input), onQuad, options);
  return count;
}

/** Parses several inputs, keeping each one's quads apart (for per-file counts). */
export async function loadRdfDocuments(inputs: RdfInputs, options: LoadOptions = {}): Promise<LoadedRdfFile[]> {
  const loaded: LoadedRdfFile[] = [];
  for (const input of inputs) loaded.push(await loadRdfDocument(toRdfInput(input), options));
  return loaded;
}

async function loadRdfDocument(input: RdfInput, options: LoadOptions): Promise<LoadedRdfFile> {
  const quads: Quad[] = [];
  const format = inputFormat(input);
  await readInto(input, (quad) => quads.push(quad), options);
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
async function readInto(input: RdfInput, onQuad: (quad: Quad) => unknown, options: LoadOptions): Promise<number> {
  const format = inputFormat(input);
  const path = input.name;
  const text = await inputText(input);
  const file = "path" in input.content ? input.content.path : undefined;
  const size = text === undefined && file !== undefined ? await fileSize(file, path) : (text?.length ?? 0);
  const strict = options.strict === true;
  let count = 0;
  const sink: QuadSink = (quad) => {
    const problem = quadProblem(quad, strict);
    if (problem) throw new BadTerm(problem);
    onQuad(quad);
    count += 1;
  };
  if (size > 0) {
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
  }
  if (count === 0) options.onWarning?.(`${path}: no triples (${size === 0 ? "the input is empty" : "nothing but comments, prefixes or an empty graph"}); loaded as the empty ${RDF_FORMATS[format].label} graph`);
  return count;
}

async function parseInto(input: RdfInput, text: string | undefined, format: RdfFormat, sink: QuadSink): Promise<void> {
  const source: ParseSource = { name: input.name, base: baseOf(input) };
  const path = "path" in input.content ? input.content.path : undefined;
  if (format in N3_FORMATS) {
    if (text !== undefined) return parseN3Text(text, format as N3Format, sink, source);
    return streamN3File(path ?? input.name, format as N3Format, sink, source);
  }
  if (format === "rdfxml") {
    try {
      return await (text !== undefined ? parseRdfXmlText(text, sink, source) : streamRdfXmlFile(path ?? input.name, sink, source));
    } catch (error) {
      // Only whitespace and comments: no root element for XML, but the empty graph for RDF.
      if (isEmptyXml(text ?? (await readFile(path ?? input.name, "utf8")))) return;
      throw error;
    }
  }
  const json = text ?? (await readFile(path ?? input.name, "utf8"));
  if (/^\s*$/.test(json)) return;
  // jsonld.js (and its HTTP client) loads only when a JSON-LD file is read.
  const { parseJsonLdText } = await import("./jsonld-read.js");
  for (const quad of await parseJsonLdText(json, source)) sink(quad);
}

/** True for XML text with no element: whitespace, an XML declaration, comments. */
function isEmptyXml(xml: string): boolean {
  let i = xml.startsWith("\ufeff") ? 1 : 0;
  const skipSpace = () => {
    while (i < xml.length && " \t\r\n".includes(xml[i] ?? "")) i += 1;
  };
  skipSpace();
  if (xml.startsWith("<?xml", i)) i = xml.indexOf("?>", i) < 0 ? xml.length + 1 : xml.indexOf("?>", i) + 2;
  for (skipSpace(); xml.startsWith("<!--", i); skipSpace()) {
    const end = xml.indexOf("-->", i + 4);
    if (end < 0) return false;
    i = end + 3;
  }
  return i === xml.length;
}

/** A file's size; a missing path or a directory is an I/O error. */
async function fileSize(file: string, path: string): Promise<number> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    return info.size;
  } catch (error) {
    throw new IoError(`cannot read ${path}: ${describeFsError(error)}`, path, { cause: error });
  }
}

/** The bad term's message, at the first place the input spells it (found by searching the text). */
function locateBadTerm(path: string, text: string, problem: TermProblem): ParseError {
  const at = locateFirst(text, problem.searchFor);
  return new ParseError(problem.message, { file: path, ...at });
}
