/**
 * Graph equality for large graphs with many look-alike blank nodes (the shapes' RDF lists), where
 * rdf-isomorphic's search takes seconds: both graphs are brought to W3C RDF Dataset Canonicalization
 * (RDFC-1.0, through jsonld.js) and compared as text. Independent of pactgraph's own blank-node ordering.
 */
import type { Quad } from "@rdfjs/types";
import jsonld from "jsonld";
import { Writer } from "n3";

type Canonize = (input: string, options: { algorithm: string; inputFormat: string; format: string }) => Promise<string>;

/** The canonical N-Quads of a graph. */
export async function canonicalNQuads(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ format: "N-Quads" });
  const nquads = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, q.graph)).join("");
  return (jsonld.canonize as unknown as Canonize)(nquads, { algorithm: "RDFC-1.0", inputFormat: "application/n-quads", format: "application/n-quads" });
}
