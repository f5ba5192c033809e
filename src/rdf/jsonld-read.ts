/**
 * Reading JSON-LD with jsonld.js, offline and strictly: remote contexts are refused (pactgraph never
 * fetches from the network), and jsonld's safe mode turns anything it would silently drop (an
 * unmapped property, a relative `@id`) into an error. Errors name file, line and column.
 */
import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { isPactgraphError, ParseError, PactgraphError } from "../errors.js";
import { locateJsonSyntaxError } from "./json-syntax.js";
import { lineColumnAt, locateFirst } from "./locate.js";
import { freshBlankPrefix, importQuad, type ForeignQuad } from "./quad-order.js";
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
type ToRdf = (input: unknown, options: { safe: boolean; documentLoader: (url: string) => Promise<never> }) => Promise<ForeignQuad[]>;

/** Parses a JSON-LD text into n3 quads; `file` names the input in error messages. */
export async function parseJsonLdText(text: string, file: string): Promise<Quad[]> {
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
  let quads: ForeignQuad[];
  try {
    quads = await (jsonld.toRDF as unknown as ToRdf)(document, { safe: true, documentLoader: refuseRemoteDocument });
  } catch (error) {
    throw jsonLdError(error, text, file);
  }
  const prefix = freshBlankPrefix();
  return quads.map((quad) => importQuad(quad, prefix));
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
