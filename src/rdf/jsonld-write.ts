/**
 * JSON-LD through jsonld.js: quads → expanded JSON-LD (`fromRDF`) → compacted with a context
 * object, never a remote one. The context goes into the output whole, so the file reads offline in
 * any JSON-LD processor. Datatyped values keep their `@type`, language strings their `@language`,
 * and RDF lists become `@list`, so parsing the output gives back the same graph.
 */
import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { refuseRemoteDocument } from "./jsonld-read.js";

/** The value of a JSON-LD `@context`: term and prefix definitions. */
export type JsonLdContext = Readonly<Record<string, unknown>>;

// @types/jsonld types the loader with a callback and the context as its own interface; this is
// the part used here.
type FromRdf = (dataset: readonly unknown[], options: { useNativeTypes: boolean; useRdfType: boolean }) => Promise<unknown>;
type Compact = (input: unknown, context: JsonLdContext, options: { documentLoader: (url: string) => Promise<never> }) => Promise<unknown>;

/** Compacted JSON-LD text of `quads` (already in the order the output should follow). */
export async function writeJsonLd(quads: readonly Quad[], context: JsonLdContext): Promise<string> {
  // jsonld.js reads a blank graph name's bare value as its id ("b0", a relative IRI) where it
  // expects "_:b0", as it does for subjects and objects; so graph names get the prefix here.
  const dataset = quads.map((q) =>
    q.graph.termType === "BlankNode" ? { ...q, subject: q.subject, predicate: q.predicate, object: q.object, graph: { termType: "BlankNode", value: `_:${q.graph.value}` } } : q,
  );
  const expanded = await (jsonld.fromRDF as unknown as FromRdf)(dataset, { useNativeTypes: false, useRdfType: false });
  const compacted = await (jsonld.compact as unknown as Compact)(expanded, context, { documentLoader: refuseRemoteDocument });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}
