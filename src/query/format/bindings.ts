/**
 * Serialisations of SELECT results: SPARQL 1.1 Query Results JSON, XML, CSV and TSV (each as its
 * W3C recommendation specifies), plain JSON rows, and an aligned table for terminals.
 */
import type { Term } from "@rdfjs/types";
import type { Row } from "../results.js";
import { displayTerm, ntriplesTerm } from "./terms.js";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

function sparqlJsonTerm(term: Term): Record<string, string> {
  switch (term.termType) {
    case "NamedNode":
      return { type: "uri", value: term.value };
    case "BlankNode":
      return { type: "bnode", value: term.value };
    case "Literal":
      if (term.language) return { type: "literal", value: term.value, "xml:lang": term.language };
      if (term.datatype.value === `${XSD}string` || term.datatype.value === RDF_LANG_STRING) return { type: "literal", value: term.value };
      return { type: "literal", value: term.value, datatype: term.datatype.value };
    default:
      return { type: "literal", value: term.value };
  }
}

/** application/sparql-results+json */
export function toSparqlJson(variables: readonly string[], rows: readonly Row[]): string {
  const bindings = rows.map((row) => Object.fromEntries([...row].filter(([v]) => variables.includes(v)).map(([v, t]) => [v, sparqlJsonTerm(t)])));
  return `${JSON.stringify({ head: { vars: variables }, results: { bindings } }, null, 2)}\n`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

function sparqlXmlTerm(term: Term): string {
  switch (term.termType) {
    case "NamedNode":
      return `<uri>${xml(term.value)}</uri>`;
    case "BlankNode":
      return `<bnode>${xml(term.value)}</bnode>`;
    default: {
      if (term.termType !== "Literal") return `<literal>${xml(term.value)}</literal>`;
      if (term.language) return `<literal xml:lang="${xml(term.language)}">${xml(term.value)}</literal>`;
      const plain = term.datatype.value === `${XSD}string`;
      return plain ? `<literal>${xml(term.value)}</literal>` : `<literal datatype="${xml(term.datatype.value)}">${xml(term.value)}</literal>`;
    }
  }
}

/** application/sparql-results+xml */
export function toSparqlXml(variables: readonly string[], rows: readonly Row[]): string {
  const lines = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "  <head>"];
  for (const v of variables) lines.push(`    <variable name="${xml(v)}"/>`);
  lines.push("  </head>", "  <results>");
  for (const row of rows) {
    lines.push("    <result>");
    for (const v of variables) {
      const term = row.get(v);
      if (term) lines.push(`      <binding name="${xml(v)}">${sparqlXmlTerm(term)}</binding>`);
    }
    lines.push("    </result>");
  }
  lines.push("  </results>", "</sparql>");
  return `${lines.join("\n")}\n`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** text/csv as SPARQL 1.1 Query Results CSV: plain values, CRLF line ends, blank nodes as _:label. */
export function toCsv(variables: readonly string[], rows: readonly Row[]): string {
  const plain = (t: Term | undefined) => (t === undefined ? "" : t.termType === "BlankNode" ? `_:${t.value}` : t.value);
  const lines = [variables.map(csvField).join(","), ...rows.map((row) => variables.map((v) => csvField(plain(row.get(v)))).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/** text/tab-separated-values as SPARQL 1.1 Query Results TSV: terms in Turtle syntax, `?var` header. */
export function toTsv(variables: readonly string[], rows: readonly Row[]): string {
  const lines = [variables.map((v) => `?${v}`).join("\t"), ...rows.map((row) => variables.map((v) => { const t = row.get(v); return t ? ntriplesTerm(t) : ""; }).join("\t"))];
  return `${lines.join("\n")}\n`;
}

/** Plain JSON rows: `[{ "var": value }]` with numbers and booleans as JSON values, IRIs as strings. */
export function toPlainJson(variables: readonly string[], rows: readonly Row[]): string {
  const plain = (t: Term): string | number | boolean => {
    if (t.termType !== "Literal") return t.value;
    const type = t.datatype.value.slice(XSD.length);
    if (t.datatype.value.startsWith(XSD) && ["integer", "decimal", "double", "float", "nonNegativeInteger", "int", "long"].includes(type)) {
      const n = Number(t.value);
      if (Number.isFinite(n)) return n;
    }
    if (t.datatype.value === `${XSD}boolean`) return t.value === "true" || t.value === "1";
    return t.value;
  };
  const objects = rows.map((row) => Object.fromEntries(variables.filter((v) => row.has(v)).map((v) => [v, plain(row.get(v)!)])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** An aligned text table for terminals; long cells are cut at `maxWidth` characters. */
export function toTable(variables: readonly string[], rows: readonly Row[], maxWidth = 60): string {
  const cut = (s: string) => (Array.from(s).length > maxWidth ? `${Array.from(s).slice(0, maxWidth - 1).join("")}…` : s);
  const cells = rows.map((row) => variables.map((v) => { const t = row.get(v); return t ? cut(displayTerm(t).replace(/\s+/g, " ")) : ""; }));
  const widths = variables.map((v, i) => Math.max(v.length, ...cells.map((c) => Array.from(c[i] ?? "").length)));
  const line = (values: readonly string[]) => values.map((value, i) => value + " ".repeat(widths[i]! - Array.from(value).length)).join("  ").trimEnd();
  const out = [line(variables), line(widths.map((w) => "─".repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}
