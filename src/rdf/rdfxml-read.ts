/**
 * The RDF/XML parser (rdfxml-streaming-parser on saxes), set up for pactgraph:
 * - relative IRIs resolve against xml:base, else the input's base IRI;
 * - namespace prefixes resolve in constant time: saxes looks a prefix up by walking every open
 *   element, which makes a document nested n levels deep cost n² (100k levels did not finish);
 *   here each declaration is pushed on a per-prefix stack when its element opens and popped when
 *   it closes, so resolving is one lookup;
 * - internal DTD entities are expanded fully and within bounds (see xml-entities.ts) instead of
 *   one level deep with the rest kept as text.
 */
import type { RdfXmlParser } from "rdfxml-streaming-parser";
import { ParseError } from "../errors.js";
import type { ParseSource } from "./stream-parse.js";
import { iriProblem } from "./term-check.js";
import { DtdEntities, DtdError } from "./xml-entities.js";

/** Expanding entities may produce at most this much text, plus a multiple of what was read. */
const EXPANSION_ALLOWANCE = 16 * 1024 * 1024;
const EXPANSION_PER_CHARACTER_READ = 8;

/** The parts of saxes' parser this module works with (its fields are public in saxes). */
interface SaxTag {
  readonly ns?: Readonly<Record<string, string>>;
}
interface Sax {
  resolve(prefix: string): string | undefined;
  parseEntity(entity: string): string;
  write(chunk: unknown): unknown;
  topNS: Readonly<Record<string, string>> | null;
  ns: Readonly<Record<string, string>>;
  openTagHandler?: (tag: SaxTag) => void;
  closeTagHandler?: (tag: SaxTag) => void;
  doctypeHandler?: (doctype: string) => void;
  ENTITIES: Record<string, string>;
  line: number;
  column: number;
}

function isSax(value: unknown): value is Sax {
  if (typeof value !== "object" || value === null) return false;
  const sax = value as Partial<Sax>;
  return typeof sax.resolve === "function" && typeof sax.parseEntity === "function" && typeof sax.openTagHandler === "function" && typeof sax.closeTagHandler === "function" && "topNS" in sax;
}

/** An RDF/XML parser for one input, and where in the input it is (for errors it does not locate). */
export interface RdfXmlReader {
  readonly parser: RdfXmlParser;
  readonly position: () => { readonly line: number; readonly column: number };
}

/** A new RDF/XML parser for one input. */
export async function createRdfXmlParser(source: ParseSource): Promise<RdfXmlReader> {
  // Loaded on demand: the RDF/XML parser brings a stream library most commands never need.
  const { RdfXmlParser } = await import("rdfxml-streaming-parser");
  // IRIs are checked once, after parsing, for every format alike (term-check.ts), with their location.
  const parser = new RdfXmlParser({ trackPosition: true, validateUri: false, ...(source.base === undefined ? {} : { baseIRI: source.base }) });
  const sax = (parser as unknown as { saxParser?: unknown }).saxParser;
  if (!isSax(sax)) throw new Error("Internal error: rdfxml-streaming-parser no longer exposes the saxes parser pactgraph adjusts");
  resolvePrefixesInConstantTime(sax);
  expandEntitiesWithinBounds(sax, source.name);
  // Without a base (standard input), a relative IRI cannot be resolved: say so, and where.
  const valueToUri = parser.valueToUri.bind(parser);
  parser.valueToUri = (value, activeTag) => {
    if (!activeTag.baseIRI && !SCHEME.test(value)) {
      throw new ParseError(`invalid IRI <${value}>: ${iriProblem(value) ?? "a relative IRI"}`, { file: source.name, line: sax.line, column: sax.column });
    }
    return valueToUri(value, activeTag);
  };
  return { parser, position: () => ({ line: sax.line, column: sax.column }) };
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

function resolvePrefixesInConstantTime(sax: Sax): void {
  const bindings = new Map<string, string[]>();
  const open = sax.openTagHandler;
  const close = sax.closeTagHandler;
  // saxes calls the open handler after resolving the element's own names and before its
  // children; the close handler once the element ends (self-closing ones too).
  sax.openTagHandler = (tag) => {
    for (const prefix in tag.ns) {
      let stack = bindings.get(prefix);
      if (stack === undefined) bindings.set(prefix, (stack = []));
      stack.push(tag.ns[prefix] ?? "");
    }
    open?.(tag);
  };
  sax.closeTagHandler = (tag) => {
    for (const prefix in tag.ns) bindings.get(prefix)?.pop();
    close?.(tag);
  };
  const fallback = sax.resolve.bind(sax);
  sax.resolve = (prefix) => {
    const own = sax.topNS?.[prefix];
    if (own !== undefined) return own;
    const stack = bindings.get(prefix);
    if (stack !== undefined && stack.length > 0) return stack[stack.length - 1];
    // No open element declares it: saxes' own lookup (predefined xml: and xmlns:) walks no stack.
    return fallback(prefix);
  };
}

function expandEntitiesWithinBounds(sax: Sax, file: string): void {
  let read = 0;
  let expanded = 0;
  let entities: DtdEntities | undefined;
  const write = sax.write.bind(sax);
  sax.write = (chunk) => {
    read += typeof chunk === "string" || chunk instanceof Uint8Array ? chunk.length : 0;
    return write(chunk);
  };
  sax.doctypeHandler = (doctype) => {
    try {
      entities = new DtdEntities(doctype);
    } catch (error) {
      if (!(error instanceof DtdError)) throw error;
      // saxes reports the DOCTYPE at its end; count back to the declaration's line.
      const lines = error.offset === undefined ? 0 : doctype.slice(error.offset).split("\n").length - 1;
      throw new ParseError(`RDF/XML: ${error.message}`, { file, line: sax.line - lines }, { cause: error });
    }
  };
  const parseEntity = sax.parseEntity.bind(sax);
  sax.parseEntity = (name) => {
    if (name.startsWith("#") || entities === undefined) return parseEntity(name);
    let text: string | undefined;
    try {
      text = entities.resolve(name);
    } catch (error) {
      if (!(error instanceof DtdError)) throw error;
      throw new ParseError(`RDF/XML: ${error.message}`, { file, line: sax.line, column: sax.column }, { cause: error });
    }
    if (text === undefined) return parseEntity(name);
    expanded += text.length;
    if (expanded > EXPANSION_ALLOWANCE + EXPANSION_PER_CHARACTER_READ * read) {
      throw new ParseError(
        `RDF/XML: expanding DTD entities (&${name}; and others) has produced ${expanded} characters, far more than the document holds (a "billion laughs" document?); pactgraph stops here`,
        { file, line: sax.line, column: sax.column },
      );
    }
    return text;
  };
}
