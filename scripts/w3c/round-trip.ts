/**
 * Every writer, both ways: a graph goes out through `serializeRdf` in each of the six formats and
 * back in through the loader, and must come back isomorphic. Where a format cannot hold the data
 * at all, the combination is "not applicable", with the reason, and never counted as a pass:
 * - Turtle, N-Triples and RDF/XML hold one graph, so not a dataset with named graphs;
 * - RDF/XML writes a predicate as an XML element name (namespace + NCName), so a predicate IRI
 *   that does not end in an NCName, or that is one of the RDF/XML syntax names (rdf:li,
 *   rdf:Description, rdf:about…), cannot be written;
 * - XML 1.0 cannot carry control characters other than tab, LF and CR, even as references.
 */
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { bytesInput, loadRdfFiles, RDF_FORMATS, serializeRdf, type RdfFormat } from "../../src/rdf/index.js";
import { quadKey } from "../../src/rdf/terms.js";

export const WRITER_FORMATS = Object.keys(RDF_FORMATS) as RdfFormat[];

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
// RDF/XML's syntax names, which a property element may not have (RDF/XML §7.2.2-§7.2.5).
const NOT_PROPERTY_NAMES = new Set(["RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "Description", "aboutEach", "aboutEachPrefix", "bagID", "li"].map((n) => RDF + n));
// eslint-disable-next-line no-misleading-character-class -- XML name characters include combining marks (XML 1.0 §2.3)
const NCNAME_END = /[\p{L}_][\p{L}\p{N}._\u00b7\u0300-\u036f\u203f-\u2040-]*$/u;
// eslint-disable-next-line no-control-regex -- control characters are what XML 1.0 cannot carry
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Why `format` cannot hold the graph, or undefined when it can. */
export function notApplicable(quads: readonly Quad[], format: RdfFormat): string | undefined {
  if (!RDF_FORMATS[format].quads) {
    if (quads.some((q) => q.graph.termType !== "DefaultGraph")) return `${RDF_FORMATS[format].label} holds one graph, and the data has named graphs`;
  }
  if (format !== "rdfxml") return undefined;
  for (const { predicate, object } of quads) {
    if (NOT_PROPERTY_NAMES.has(predicate.value)) return "a predicate is one of RDF/XML's syntax names (rdf:li, rdf:about…)";
    if (!NCNAME_END.test(predicate.value)) return "a predicate IRI does not end in an XML name, so it cannot be an element name";
    if (object.termType === "Literal" && NOT_XML_CHAR.test(object.value)) return "a literal holds a control character XML 1.0 cannot carry";
  }
  return undefined;
}

export type RoundTrip = { readonly outcome: "pass" } | { readonly outcome: "fail" | "n/a"; readonly reason: string };

/** Writes `quads` as `format`, reads the text back, and compares. */
export async function roundTrip(quads: readonly Quad[], format: RdfFormat, name: string): Promise<RoundTrip> {
  const skip = notApplicable(quads, format);
  if (skip !== undefined) return { outcome: "n/a", reason: skip };
  let text: string;
  try {
    text = await serializeRdf(quads, format);
  } catch (error) {
    return { outcome: "fail", reason: `writing failed: ${messageOf(error)}` };
  }
  let back: Quad[];
  try {
    // No base: whatever the writer wrote must stand on its own.
    back = await loadRdfFiles([bytesInput(`${name}.out`, Buffer.from(text, "utf8"), { format })]);
  } catch (error) {
    return { outcome: "fail", reason: `reading the output back failed: ${messageOf(error)}\n${indent(text)}` };
  }
  if (!isomorphic(distinct(back), distinct(quads))) return { outcome: "fail", reason: `the output reads back as a different graph\n${indent(text)}` };
  return { outcome: "pass" };
}

/** Quads with duplicates removed (a graph is a set; parsers may repeat a triple). */
export function distinct(quads: readonly Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const key = quadKey(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function indent(text: string): string {
  const shown = text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
  return shown.replace(/^/gm, "      | ");
}
