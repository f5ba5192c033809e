/**
 * The RDF formats pactgraph reads and writes, with their file extensions and media types.
 * Formats are chosen explicitly or from a file extension; an unknown one is a usage error,
 * never a silent fallback.
 */
import { extname } from "node:path";
import { UsageError } from "../errors.js";

export const RDF_FORMATS = {
  turtle: { extensions: [".ttl"], mediaType: "text/turtle", label: "Turtle" },
  ntriples: { extensions: [".nt"], mediaType: "application/n-triples", label: "N-Triples" },
  nquads: { extensions: [".nq"], mediaType: "application/n-quads", label: "N-Quads" },
  trig: { extensions: [".trig"], mediaType: "application/trig", label: "TriG" },
  jsonld: { extensions: [".jsonld", ".json"], mediaType: "application/ld+json", label: "JSON-LD" },
  rdfxml: { extensions: [".rdf", ".owl", ".xml"], mediaType: "application/rdf+xml", label: "RDF/XML" },
} as const;

export type RdfFormat = keyof typeof RDF_FORMATS;

/** Short names users may type for a format (`ttl`, `nt`, `json-ld`…). */
const ALIASES: Readonly<Record<string, RdfFormat>> = {
  ttl: "turtle",
  turtle: "turtle",
  nt: "ntriples",
  ntriples: "ntriples",
  "n-triples": "ntriples",
  nq: "nquads",
  nquads: "nquads",
  "n-quads": "nquads",
  trig: "trig",
  jsonld: "jsonld",
  "json-ld": "jsonld",
  rdfxml: "rdfxml",
  "rdf/xml": "rdfxml",
  xml: "rdfxml",
  owl: "rdfxml",
};

/** Resolves a format name typed by a user. */
export function parseFormatName(name: string): RdfFormat {
  const format = ALIASES[name.toLowerCase()];
  if (!format) throw new UsageError(`unknown RDF format "${name}"; use one of ${Object.keys(ALIASES).join(", ")}`);
  return format;
}

/** The format of a file from its extension, or undefined when the extension is not an RDF one. */
export function formatOfPath(path: string): RdfFormat | undefined {
  const extension = extname(path).toLowerCase();
  for (const [format, info] of Object.entries(RDF_FORMATS)) {
    if ((info.extensions as readonly string[]).includes(extension)) return format as RdfFormat;
  }
  return undefined;
}

/** The format of a file, from an explicit name or its extension; a usage error when neither tells. */
export function requireFormat(path: string, explicit?: string): RdfFormat {
  if (explicit) return parseFormatName(explicit);
  const format = formatOfPath(path);
  if (!format) {
    throw new UsageError(`cannot tell the RDF format of ${path} from its extension; pass --format (ttl, nt, nq, trig, jsonld, rdfxml)`);
  }
  return format;
}
