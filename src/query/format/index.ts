/**
 * Result formats of `pactgraph query`: which apply to which kind of result, which a file
 * extension implies, and the serialisation itself.
 */
import { extname } from "node:path";
import type { Quad } from "@rdfjs/types";
import { UsageError } from "../../errors.js";
import type { QueryResult } from "../results.js";
import { toCsv, toPlainJson, toSparqlJson, toSparqlXml, toTable, toTsv } from "./bindings.js";

export const RESULT_FORMATS = {
  table: { kinds: ["bindings", "boolean"], extensions: [".txt"], description: "aligned text table (default on a terminal)" },
  json: { kinds: ["bindings", "boolean"], extensions: [".json"], description: "plain JSON rows" },
  srj: { kinds: ["bindings", "boolean"], extensions: [".srj"], description: "SPARQL 1.1 Query Results JSON" },
  srx: { kinds: ["bindings", "boolean"], extensions: [".srx", ".xml"], description: "SPARQL 1.1 Query Results XML" },
  csv: { kinds: ["bindings"], extensions: [".csv"], description: "SPARQL 1.1 Query Results CSV" },
  tsv: { kinds: ["bindings"], extensions: [".tsv"], description: "SPARQL 1.1 Query Results TSV (default when piped)" },
  turtle: { kinds: ["graph"], extensions: [".ttl"], description: "pretty, deterministic Turtle (default for graphs)" },
  ntriples: { kinds: ["graph"], extensions: [".nt"], description: "N-Triples, sorted" },
  jsonld: { kinds: ["graph"], extensions: [".jsonld"], description: "JSON-LD compacted with the pactgraph context" },
} as const;

export type ResultFormat = keyof typeof RESULT_FORMATS;
const NAMES = Object.keys(RESULT_FORMATS) as ResultFormat[];
const ALIASES: Readonly<Record<string, ResultFormat>> = { ttl: "turtle", nt: "ntriples", "n-triples": "ntriples", "json-ld": "jsonld", xml: "srx", text: "table" };

/** Resolves a format name typed by a user. */
export function resultFormatFromName(name: string): ResultFormat {
  const format = (NAMES as readonly string[]).includes(name) ? (name as ResultFormat) : ALIASES[name];
  if (!format) throw new UsageError(`unknown result format "${name}"; use one of ${NAMES.join(", ")}`);
  return format;
}

/** The format a file extension implies, if any. */
export function resultFormatOfPath(path: string): ResultFormat | undefined {
  const extension = extname(path).toLowerCase();
  return NAMES.find((f) => (RESULT_FORMATS[f].extensions as readonly string[]).includes(extension));
}

/** The default format for a result: table on a terminal, machine formats otherwise. */
export function defaultResultFormat(kind: QueryResult["kind"], interactive: boolean): ResultFormat {
  if (kind === "graph") return "turtle";
  return interactive ? "table" : kind === "boolean" ? "json" : "tsv";
}

/** Serialises a result; a format that does not apply to the result's kind is a usage error. */
export async function formatResult(result: QueryResult, format: ResultFormat): Promise<string> {
  const applies = RESULT_FORMATS[format].kinds as readonly string[];
  if (!applies.includes(result.kind)) {
    const fitting = NAMES.filter((f) => (RESULT_FORMATS[f].kinds as readonly string[]).includes(result.kind));
    throw new UsageError(`format ${format} does not apply to a ${result.kind} result; use ${fitting.join(", ")}`);
  }
  switch (result.kind) {
    case "boolean":
      return formatBoolean(result.value, format);
    case "graph":
      return formatGraph(result.quads, format);
    case "bindings": {
      const { variables, rows } = result;
      const writers: Record<string, () => string> = {
        table: () => toTable(variables, rows),
        json: () => toPlainJson(variables, rows),
        srj: () => toSparqlJson(variables, rows),
        srx: () => toSparqlXml(variables, rows),
        csv: () => toCsv(variables, rows),
        tsv: () => toTsv(variables, rows),
      };
      return writers[format]!();
    }
  }
}

function formatBoolean(value: boolean, format: ResultFormat): string {
  switch (format) {
    case "srj":
      return `${JSON.stringify({ head: {}, boolean: value }, null, 2)}\n`;
    case "srx":
      return `<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head/>\n  <boolean>${value}</boolean>\n</sparql>\n`;
    default:
      return `${value}\n`;
  }
}

async function formatGraph(quads: readonly Quad[], format: ResultFormat): Promise<string> {
  const [{ serializeRdf }, { generateContext }] = await Promise.all([import("../../rdf/serialize.js"), import("../../schema/index.js")]);
  const header = ["Result of a pactgraph CONSTRUCT/DESCRIBE query."];
  if (format === "jsonld") return serializeRdf(quads, "jsonld", { jsonLdContext: generateContext()["@context"] });
  return serializeRdf(quads, format === "turtle" ? "turtle" : "ntriples", { header });
}
