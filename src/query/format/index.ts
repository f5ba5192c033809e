/**
 * Serialising query results in the formats of the one format table (src/rdf/formats.ts): SELECT
 * and ASK results as tables, JSON, SPARQL JSON/XML, CSV and TSV; CONSTRUCT and DESCRIBE results in
 * all six RDF formats, through the same serialisers `export` uses.
 */
import type { Quad } from "@rdfjs/types";
import { UsageError } from "../../errors.js";
import type { ResultFormat } from "../../rdf/formats.js";
import type { QueryResult } from "../results.js";
import { toCsv, toPlainJson, toSparqlJson, toSparqlXml, toTable, toTsv } from "./bindings.js";
import { listColumns, sortListCells } from "./lists.js";

export { listColumns, sortListCells } from "./lists.js";

export interface FormatOptions {
  /** The query text that produced the result: its GROUP_CONCAT columns are printed with their items sorted. */
  readonly queryText?: string;
}

/**
 * Serialises a result; a format that does not fit the result's kind is a usage error. Given the
 * query text, list cells (GROUP_CONCAT) come out with their items sorted, the same on every engine.
 */
export async function formatResult(answer: QueryResult, format: ResultFormat, options: FormatOptions = {}): Promise<string> {
  if ((answer.kind === "graph") !== (format.kind === "rdf")) {
    throw new UsageError(`format ${format.format} does not apply to a ${answer.kind === "graph" ? "graph (CONSTRUCT/DESCRIBE)" : answer.kind} result`);
  }
  const result = options.queryText === undefined ? answer : sortListCells(answer, listColumns(options.queryText));
  switch (result.kind) {
    case "boolean":
      return formatBoolean(result.value, format.format);
    case "graph":
      return formatGraph(result.quads, format);
    case "bindings": {
      const { variables, rows } = result;
      switch (format.format) {
        case "table":
          return toTable(variables, rows);
        case "json":
          return toPlainJson(variables, rows);
        case "srj":
          return toSparqlJson(variables, rows);
        case "srx":
          return toSparqlXml(variables, rows);
        case "csv":
          return toCsv(variables, rows);
        case "tsv":
          return toTsv(variables, rows);
        default:
          throw new UsageError(`format ${format.format} does not apply to a SELECT result`);
      }
    }
  }
}

function formatBoolean(value: boolean, format: ResultFormat["format"]): string {
  switch (format) {
    case "srj":
      return `${JSON.stringify({ head: {}, boolean: value }, null, 2)}\n`;
    case "srx":
      return `<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head/>\n  <boolean>${value}</boolean>\n</sparql>\n`;
    case "json":
      return `${JSON.stringify({ boolean: value })}\n`;
    case "table":
      return `${value}\n`;
    default:
      throw new UsageError(`format ${format} cannot carry an ASK result; use table, json, srj or srx`);
  }
}

async function formatGraph(quads: readonly Quad[], format: ResultFormat): Promise<string> {
  const [{ serializeRdf }, { generateContext }] = await Promise.all([import("../../rdf/serialize.js"), import("../../schema/index.js")]);
  if (format.kind !== "rdf") throw new UsageError(`format ${format.format} does not apply to a graph result`);
  if (format.format === "jsonld") return serializeRdf(quads, "jsonld", { jsonLdContext: generateContext()["@context"] });
  return serializeRdf(quads, format.format, { header: ["Result of a pactgraph CONSTRUCT/DESCRIBE query."] });
}
