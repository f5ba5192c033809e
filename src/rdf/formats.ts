/**
 * Every format name pactgraph understands, in one table: the six RDF syntaxes and the query-result
 * formats, with the short names users type (case-insensitive), their media types and their file
 * extensions. A name may be a short name (`ttl`, `srj`) or a media type
 * (`application/sparql-results+json`, parameters ignored). An unknown name is a usage error, never
 * a silent fallback.
 */
import { extname } from "node:path";
import { UsageError } from "../errors.js";

export const RDF_FORMATS = {
  turtle: { names: ["ttl", "turtle"], mediaTypes: ["text/turtle", "application/x-turtle"], extensions: [".ttl"], label: "Turtle", quads: false },
  ntriples: { names: ["nt", "ntriples", "n-triples"], mediaTypes: ["application/n-triples"], extensions: [".nt"], label: "N-Triples", quads: false },
  nquads: { names: ["nq", "nquads", "n-quads"], mediaTypes: ["application/n-quads"], extensions: [".nq"], label: "N-Quads", quads: true },
  trig: { names: ["trig"], mediaTypes: ["application/trig"], extensions: [".trig"], label: "TriG", quads: true },
  jsonld: { names: ["jsonld", "json-ld"], mediaTypes: ["application/ld+json"], extensions: [".jsonld", ".json"], label: "JSON-LD", quads: true },
  rdfxml: { names: ["rdf", "rdfxml", "rdf/xml", "rdf-xml", "owl", "xml"], mediaTypes: ["application/rdf+xml"], extensions: [".rdf", ".owl", ".xml"], label: "RDF/XML", quads: false },
} as const;

export type RdfFormat = keyof typeof RDF_FORMATS;

/** Formats of SELECT and ASK results (graph results use the RDF formats). */
export const BINDINGS_FORMATS = {
  table: { names: ["table", "text", "txt"], mediaTypes: ["text/plain"], extensions: [".txt"], label: "aligned text table", boolean: true },
  json: { names: ["json"], mediaTypes: ["application/json"], extensions: [".json"], label: "plain JSON rows", boolean: true },
  srj: { names: ["srj", "sparql-json"], mediaTypes: ["application/sparql-results+json"], extensions: [".srj"], label: "SPARQL 1.1 Query Results JSON", boolean: true },
  srx: { names: ["srx", "sparql-xml", "xml"], mediaTypes: ["application/sparql-results+xml"], extensions: [".srx", ".xml"], label: "SPARQL 1.1 Query Results XML", boolean: true },
  csv: { names: ["csv"], mediaTypes: ["text/csv"], extensions: [".csv"], label: "SPARQL 1.1 Query Results CSV", boolean: false },
  tsv: { names: ["tsv"], mediaTypes: ["text/tab-separated-values"], extensions: [".tsv"], label: "SPARQL 1.1 Query Results TSV", boolean: false },
} as const;

export type BindingsFormat = keyof typeof BINDINGS_FORMATS;

interface FormatEntry {
  readonly names: readonly string[];
  readonly mediaTypes: readonly string[];
  readonly extensions: readonly string[];
  readonly label: string;
}

const rdfEntries = Object.entries(RDF_FORMATS) as [RdfFormat, FormatEntry][];
const bindingsEntries = Object.entries(BINDINGS_FORMATS) as [BindingsFormat, FormatEntry][];

function normalise(name: string): string {
  return name.split(";")[0]!.trim().toLowerCase();
}

function lookup<F extends string>(entries: readonly [F, FormatEntry][], name: string): F | undefined {
  const wanted = normalise(name);
  return entries.find(([key, entry]) => key === wanted || entry.names.includes(wanted) || entry.mediaTypes.includes(wanted))?.[0];
}

/** Every name of a table, for messages: `ttl, turtle, nt, …`. */
function namesOf(entries: readonly [string, FormatEntry][]): string {
  return entries.map(([, entry]) => entry.names[0]).join(", ");
}

/** The RDF format a user named (short name or media type). */
export function parseFormatName(name: string): RdfFormat {
  const format = lookup(rdfEntries, name);
  if (!format) throw new UsageError(`unknown RDF format "${name}"; use one of ${namesOf(rdfEntries)} (or a media type such as text/turtle)`);
  return format;
}

/** The RDF format of a media type, or undefined (for HTTP responses). */
export function rdfFormatOfMediaType(mediaType: string): RdfFormat | undefined {
  const wanted = normalise(mediaType);
  return rdfEntries.find(([, entry]) => entry.mediaTypes.includes(wanted))?.[0];
}

/** Strips a trailing `.gz` so `graph.ttl.gz` is told by `.ttl`. */
export function withoutCompression(path: string): string {
  return path.toLowerCase().endsWith(".gz") ? path.slice(0, -3) : path;
}

/** The RDF format of a file from its extension (`.gz` looked through), or undefined. */
export function formatOfPath(path: string): RdfFormat | undefined {
  const extension = extname(withoutCompression(path)).toLowerCase();
  return rdfEntries.find(([, entry]) => entry.extensions.includes(extension))?.[0];
}

/** The format of a file, from an explicit name or its extension; a usage error when neither tells. */
export function requireFormat(path: string, explicit?: string): RdfFormat {
  if (explicit) return parseFormatName(explicit);
  const format = formatOfPath(path);
  if (!format) {
    throw new UsageError(`cannot tell the RDF format of ${path} from its extension; pass --input-format (${namesOf(rdfEntries)}, or a media type)`);
  }
  return format;
}

/** A result format: a bindings format for SELECT/ASK, an RDF format for CONSTRUCT/DESCRIBE. */
export type ResultFormat = { readonly kind: "bindings"; readonly format: BindingsFormat } | { readonly kind: "rdf"; readonly format: RdfFormat };

/** What a query returns, as far as formats care. */
export type ResultKind = "bindings" | "boolean" | "graph";

/**
 * Resolves a result format name for a result of `kind`. Names that mean different things for
 * tables and graphs (`json`, `xml`) follow the result: `json` is JSON-LD for a graph, `xml` RDF/XML.
 */
export function resultFormatFromName(name: string, kind: ResultKind): ResultFormat {
  if (kind === "graph") {
    const wanted = normalise(name);
    const format = wanted === "json" || wanted === "application/json" ? "jsonld" : lookup(rdfEntries, name);
    if (format) return { kind: "rdf", format };
    throw new UsageError(`format "${name}" does not apply to a graph (CONSTRUCT/DESCRIBE) result; use one of ${namesOf(rdfEntries)}`);
  }
  const format = lookup(bindingsEntries, name);
  if (format && (kind === "bindings" || BINDINGS_FORMATS[format].boolean)) return { kind: "bindings", format };
  const fitting = bindingsEntries.filter(([f]) => kind === "bindings" || BINDINGS_FORMATS[f].boolean);
  const what = kind === "boolean" ? "an ASK (boolean) result: SPARQL CSV and TSV cannot carry one" : "a SELECT result";
  if (format || lookup(rdfEntries, name)) throw new UsageError(`format "${name}" does not apply to ${what}; use one of ${namesOf(fitting)}`);
  throw new UsageError(`unknown result format "${name}"; use one of ${namesOf(fitting)} (or a media type)`);
}

/** The result format a file extension implies for a result of `kind`, if any. */
export function resultFormatOfPath(path: string, kind: ResultKind): ResultFormat | undefined {
  const extension = extname(path).toLowerCase();
  if (kind === "graph") {
    const format = formatOfPath(path);
    return format ? { kind: "rdf", format } : undefined;
  }
  const format = bindingsEntries.find(([f, entry]) => entry.extensions.includes(extension) && (kind === "bindings" || BINDINGS_FORMATS[f].boolean))?.[0];
  return format ? { kind: "bindings", format } : undefined;
}

/** The default result format: a table on a terminal, TSV (SELECT), JSON (ASK) or Turtle (graphs) otherwise. */
export function defaultResultFormat(kind: ResultKind, interactive: boolean): ResultFormat {
  if (kind === "graph") return { kind: "rdf", format: "turtle" };
  if (interactive) return { kind: "bindings", format: "table" };
  return { kind: "bindings", format: kind === "boolean" ? "json" : "tsv" };
}

/** The media type of a result format (the first one listed). */
export function mediaTypeOf(format: ResultFormat): string {
  return format.kind === "rdf" ? RDF_FORMATS[format.format].mediaTypes[0] : BINDINGS_FORMATS[format.format].mediaTypes[0];
}

/** A table of every format, for `--help` texts and README. */
export function formatTable(): string[] {
  const rows: string[] = [];
  for (const [, entry] of rdfEntries) rows.push(`  ${entry.names.join(", ").padEnd(34)} ${entry.mediaTypes[0]!.padEnd(34)} ${entry.label}`);
  for (const [, entry] of bindingsEntries) rows.push(`  ${entry.names.join(", ").padEnd(34)} ${entry.mediaTypes[0]!.padEnd(34)} ${entry.label}`);
  return rows;
}
