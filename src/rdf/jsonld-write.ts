/**
 * JSON-LD: quads → expanded JSON-LD (jsonld-expand.ts) → compacted by jsonld.js with a context
 * object, never a remote one. The context goes into the output whole, so the file reads offline in
 * any JSON-LD processor. Datatyped values keep their `@type` and lexical form, language strings
 * their `@language`, and RDF lists become `@list`, so parsing the output gives back the same graph.
 */
import type { Quad } from "@rdfjs/types";
import { expandQuads } from "./jsonld-expand.js";
import { jsonLd, refuseRemoteDocument } from "./jsonld-read.js";

/** The value of a JSON-LD `@context`: term and prefix definitions. */
export type JsonLdContext = Readonly<Record<string, unknown>>;

// @types/jsonld types the loader with a callback and the context as its own interface; this is
// the part used here.
type Compact = (input: unknown, context: JsonLdContext, options: { documentLoader: (url: string) => Promise<never> }) => Promise<Record<string, unknown>>;

/** Compacted JSON-LD text of `quads` (already in the order the output should follow). */
export async function writeJsonLd(quads: readonly Quad[], context: JsonLdContext): Promise<string> {
  const jsonld = await jsonLd();
  const compacted = await (jsonld.compact as Compact)(expandQuads(quads), context, { documentLoader: refuseRemoteDocument });
  // An empty graph compacts to the context alone, which readers take for an empty node object.
  const document = Object.keys(compacted).some((key) => key !== "@context") ? compacted : { ...compacted, "@graph": [] };
  return `${JSON.stringify(document, null, 2)}\n`;
}
