/**
 * Streaming parsers: the Turtle family through n3's StreamParser and RDF/XML through
 * rdfxml-streaming-parser, so a large file is read in chunks and never held whole as text. Small
 * inputs and text already in memory are parsed in one go. Quads are handed to a callback as they
 * come; the first error stops the read.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { Quad } from "@rdfjs/types";
import { Parser } from "n3";
import { isPactgraphError, ParseError } from "../errors.js";
import { N3_FORMATS, toParseError, type N3Format } from "./parse.js";
import { freshBlankPrefix, importQuad } from "./quad-order.js";
import { createRdfXmlParser } from "./rdfxml-read.js";

/** Receives each parsed quad; may throw to stop parsing (the error reaches the caller as is). */
export type QuadSink = (quad: Quad) => void;

/** What a parse needs besides the text: the name messages use, and the base IRI (none: relative IRIs stay relative). */
export interface ParseSource {
  readonly name: string;
  readonly base: string | undefined;
}

/** An error thrown by the sink, carried past the parser-error conversion untouched. */
class SinkError extends Error {
  constructor(readonly inner: unknown) {
    super("quad sink failed");
  }
}

/** Files up to this size are read whole and parsed in one go, which starts faster than a stream. */
const WHOLE_FILE_LIMIT = 4 * 1024 * 1024;

/** Parses a Turtle-family file: small ones in one go, large ones chunk by chunk. */
export async function streamN3File(path: string, format: N3Format, onQuad: QuadSink, source: ParseSource): Promise<void> {
  if ((await stat(path)).size <= WHOLE_FILE_LIMIT) return parseN3Text(await readFile(path, "utf8"), format, onQuad, source);
  // The stream parser pulls in a stream library; only large files need it.
  const { StreamParser } = await import("n3");
  const parser = new StreamParser({ format: N3_FORMATS[format], ...baseOption(source) });
  try {
    await drain(createReadStream(path), parser, onQuad);
  } catch (error) {
    if (error instanceof SinkError) throw error.inner;
    if (!isSyntaxError(error)) throw error;
    // The error path may read the file once more, to find the column of the offending text.
    throw toParseError(error, source.name, await readFile(path, "utf8"));
  }
}

function baseOption(source: ParseSource): { baseIRI?: string } {
  return source.base === undefined ? {} : { baseIRI: source.base };
}

/** Parses an RDF/XML file chunk by chunk; relative IRIs resolve against xml:base, else the source's base. */
export async function streamRdfXmlFile(path: string, onQuad: QuadSink, source: ParseSource): Promise<void> {
  return parseRdfXml(createReadStream(path), source, onQuad);
}

/** Parses RDF/XML text already in memory. */
export async function parseRdfXmlText(text: string, onQuad: QuadSink, source: ParseSource): Promise<void> {
  return parseRdfXml(Readable.from([text]), source, onQuad);
}

async function parseRdfXml(input: Readable, source: ParseSource, onQuad: QuadSink): Promise<void> {
  const path = source.name;
  const { parser, position } = await createRdfXmlParser(source);
  // Its blank-node labels (rdf:nodeID, or generated) would repeat from file to file.
  const prefix = freshBlankPrefix();
  try {
    await drain(input, parser, (quad) => onQuad(importQuad(quad, prefix)));
  } catch (error) {
    if (error instanceof SinkError) throw error.inner;
    if (!(error instanceof Error) || isPactgraphError(error) || "code" in error) throw error;
    // rdfxml-streaming-parser writes "Line L column C: …", its XML tokenizer "L:C: …".
    const match = /^(?:Line (\d+) column (\d+)|(\d+):(\d+)): (.*)$/s.exec(error.message);
    if (!match) throw new ParseError(`RDF/XML: ${error.message}`.replace(/\.$/, ""), { file: path, ...position() }, { cause: error });
    const line = Number(match[1] ?? match[3]);
    const column = Number(match[2] ?? match[4]);
    throw new ParseError(`RDF/XML: ${match[5] ?? ""}`.replace(/\.$/, ""), { file: path, line, column }, { cause: error });
  }
}

/** What both parsers are: a writable text sink and an async iterable of quads. */
type ObjectStream = NodeJS.WritableStream & AsyncIterable<unknown> & { destroy(error?: Error): unknown };

/** Parses Turtle-family text already in memory. */
export function parseN3Text(text: string, format: N3Format, onQuad: QuadSink, source: ParseSource): void {
  try {
    for (const quad of new Parser({ format: N3_FORMATS[format], ...baseOption(source) }).parse(text)) {
      try {
        onQuad(quad);
      } catch (error) {
        throw new SinkError(error);
      }
    }
  } catch (error) {
    if (error instanceof SinkError) throw error.inner;
    if (!isSyntaxError(error)) throw error;
    throw toParseError(error, source.name, text);
  }
}

async function drain(input: Readable, parser: ObjectStream, onQuad: QuadSink): Promise<void> {
  input.on("error", (error) => parser.destroy(error));
  // The iterator below reports the first error; a parser may emit more, which must not go unheard.
  parser.on("error", () => undefined);
  input.pipe(parser);
  try {
    for await (const quad of parser) {
      try {
        onQuad(quad as Quad);
      } catch (error) {
        throw new SinkError(error);
      }
    }
  } finally {
    input.destroy();
  }
}

/** n3 syntax errors carry a `context` with the line; file-system errors a `code`. */
function isSyntaxError(error: unknown): boolean {
  return typeof error === "object" && error !== null && "context" in error;
}
