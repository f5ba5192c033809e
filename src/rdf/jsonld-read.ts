/**
 * Reading JSON-LD with jsonld.js, offline and strictly: remote contexts are refused (pactgraph never
 * fetches from the network), and jsonld's safe mode turns anything it would silently drop (an
 * unmapped property, a relative `@id`) into an error. Errors name file, line and column.
 */
import type { Quad } from "@rdfjs/types";
import { randomUUID } from "node:crypto";
import { loadVendored } from "../project/vendored.js";

/** The functions of jsonld.js pactgraph calls (each cast to its signature where it is called). */
export interface JsonLdFunctions {
  readonly expand: unknown;
  readonly toRDF: unknown;
  readonly compact: unknown;
}

/** jsonld.js, from the package's vendored bundle (dist/vendor/jsonld.js). */
export async function jsonLd(): Promise<JsonLdFunctions> {
  return ((await loadVendored("jsonld")) as { jsonld: JsonLdFunctions }).jsonld;
}
import { DataFactory } from "n3";
import { isPactgraphError, ParseError, PactgraphError } from "../errors.js";
import { locateJsonSyntaxError, MAX_JSON_DEPTH, tooDeepAt } from "./json-syntax.js";
import { lineColumnAt, locateFirst, type LineColumn } from "./locate.js";
import { freshBlankPrefix, importQuad, type ForeignQuad } from "./quad-order.js";
import type { ParseSource } from "./stream-parse.js";
import { iriProblem } from "./term-check.js";

/** jsonld.js calls this for every remote document; pactgraph answers each with an error. */
export async function refuseRemoteDocument(url: string): Promise<never> {
  await Promise.resolve();
  throw new PactgraphError(
    `the JSON-LD context ${url} is remote, and pactgraph never loads documents from the network; ` +
      "put the context object in the file instead (pactgraph export --format jsonld does)",
    "E_PARSE",
  );
}

// @types/jsonld lacks `safe` and types the loader with a callback; this is the part used here.
interface ReadOptions {
  readonly safe: boolean;
  readonly base?: string;
  readonly documentLoader: (url: string) => Promise<never>;
}
type Expand = (input: unknown, options: ReadOptions) => Promise<unknown[]>;
type ToRdf = (input: unknown, options: ReadOptions & { skipExpansion: boolean }) => Promise<ForeignQuad[]>;

const XSD_DOUBLE = "http://www.w3.org/2001/XMLSchema#double";
/** Stands in for xsd:double between expansion and conversion (see {@link keepDoubleLexicalForms}). */
const DOUBLE_STAND_IN = `urn:uuid:${randomUUID()}`;

/**
 * Parses a JSON-LD text into n3 quads; relative IRIs resolve against `source.base` (and `@base`).
 * A document nested deeper than {@link MAX_JSON_DEPTH} is refused where it gets too deep.
 */
export async function parseJsonLdText(text: string, source: ParseSource): Promise<Quad[]> {
  const file = source.name;
  let document: unknown;
  try {
    // A byte-order mark becomes a space, so offsets still match the text.
    document = JSON.parse(text.startsWith("\ufeff") ? ` ${text.slice(1)}` : text);
  } catch (error) {
    const found = locateJsonSyntaxError(text);
    const at = found ? lineColumnAt(text, found.offset) : undefined;
    const reason = found?.message ?? (error instanceof Error ? error.message : String(error));
    throw new ParseError(`malformed JSON: ${reason}`, { file, ...at }, { cause: error });
  }
  const deep = tooDeepAt(text);
  if (deep !== undefined) throw tooDeep(file, lineColumnAt(text, deep));
  let quads: ForeignQuad[];
  const jsonld = await jsonLd();
  try {
    const options: ReadOptions = { safe: true, ...(source.base === undefined ? {} : { base: source.base }), documentLoader: refuseRemoteDocument };
    const expanded = await (jsonld.expand as Expand)(document, options);
    keepDoubleLexicalForms(expanded);
    quads = await (jsonld.toRDF as ToRdf)(expanded, { ...options, skipExpansion: true });
  } catch (error) {
    // A shape that costs jsonld.js more stack per level than the limit allows for.
    if (error instanceof RangeError || field(field(error, "details"), "cause") instanceof RangeError) throw tooDeep(file, undefined, error);
    throw jsonLdError(error, text, file);
  }
  const prefix = freshBlankPrefix();
  return quads.map((quad) => {
    const imported = importQuad(quad, prefix);
    if (imported.object.termType !== "Literal" || imported.object.datatype.value !== DOUBLE_STAND_IN) return imported;
    const object = DataFactory.literal(imported.object.value, DataFactory.namedNode(XSD_DOUBLE));
    return DataFactory.quad(imported.subject, imported.predicate, object, imported.graph);
  });
}

/**
 * jsonld.js turns every xsd:double value into its canonical form, strings included ("1E0"
 * becomes "1.0E0", "ten" becomes "NaN"), where JSON-LD 1.1 (§8.6 step 10) does so only for JSON
 * numbers. Typing string-valued doubles with a stand-in datatype until the quads are made keeps
 * their lexical form, as every other format does. Iterative: expanded documents may nest deeply.
 */
function keepDoubleLexicalForms(expanded: unknown): void {
  const stack: unknown[] = [expanded];
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if (Array.isArray(value)) for (const item of value as unknown[]) stack.push(item);
    else if (typeof value === "object" && value !== null) {
      const object = value as Record<string, unknown>;
      if (typeof object["@value"] === "string" && object["@type"] === XSD_DOUBLE) object["@type"] = DOUBLE_STAND_IN;
      else for (const inner of Object.values(object)) if (typeof inner === "object") stack.push(inner);
    }
  }
}

function tooDeep(file: string, at: LineColumn | undefined, cause?: unknown): ParseError {
  return new ParseError(
    `JSON-LD nested more than ${MAX_JSON_DEPTH} levels deep, deeper than pactgraph reads (the JSON-LD processor works by recursion); ` +
      "flatten the document (nodes at the top level, referenced by @id), or convert it to N-Triples or Turtle with another tool",
    { file, ...at },
    { cause },
  );
}

/** A jsonld.js error as a ParseError, located at the first value its details mention. */
function jsonLdError(error: unknown, text: string, file: string): ParseError {
  const own = findCause(error);
  const strings = collectStrings(error);
  const at = locateFirst(text, strings.map((s) => JSON.stringify(s)));
  const message = own ? own.message : describeJsonLdError(error);
  return new ParseError(message, { file, ...at }, { cause: error });
}

function describeJsonLdError(error: unknown): string {
  const details = field(error, "details");
  const event = field(details, "event");
  if (event !== undefined) {
    // Safe mode: jsonld would have dropped something silently. A "relative" IRI is usually a
    // malformed absolute one (a space in it), which the IRI check names precisely.
    const code = field(event, "code");
    const iri = collectStrings(field(event, "details")).at(-1);
    const problem = typeof code === "string" && code.startsWith("relative") && iri !== undefined ? iriProblem(iri) : undefined;
    if (problem) return `invalid IRI <${iri}>: ${problem}`;
    const said = field(event, "message") ?? field(event, "code");
    const what = (typeof said === "string" ? said : "lossy JSON-LD").replace(/\.$/, "");
    const values = collectStrings(field(event, "details")).slice(0, 2);
    return `JSON-LD: ${what}${values.length > 0 ? ` (${values.map((v) => JSON.stringify(v)).join(", ")})` : ""}; it would be dropped from the graph`;
  }
  const code = field(details, "code");
  const message = error instanceof Error ? error.message : String(error);
  return `JSON-LD: ${message.replace(/\.$/, "")}${typeof code === "string" ? ` [${code}]` : ""}`;
}

/** Our own error (the refused remote context) somewhere in jsonld's wrapping. */
function findCause(error: unknown): PactgraphError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined; depth++) {
    if (isPactgraphError(current)) return current;
    current = field(current, "cause") ?? field(field(current, "details"), "cause");
  }
  return undefined;
}

/** String values in an error's details (URLs, ids, property names), to find them in the text. */
function collectStrings(value: unknown, depth = 0): string[] {
  if (typeof value === "string") return value.length > 0 && value.length < 500 ? [value] : [];
  if (depth > 4 || typeof value !== "object" || value === null) return [];
  const found: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (key === "stack" || key === "message") continue;
    found.push(...collectStrings(inner, depth + 1));
  }
  return found;
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}
