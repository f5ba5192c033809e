/** Content negotiation for the SPARQL endpoint: the Accept header picks a result format. */
import Negotiator from "negotiator";
import type { QueryResult } from "../query/results.js";
import type { ResultFormat } from "../rdf/index.js";

const b = (format: "srj" | "srx" | "csv" | "tsv" | "table"): ResultFormat => ({ kind: "bindings", format });
const r = (format: "turtle" | "ntriples" | "nquads" | "trig" | "jsonld" | "rdfxml"): ResultFormat => ({ kind: "rdf", format });

/** The kinds of result the endpoint answers with (a service description is a graph). */
export type ResultKindOffered = QueryResult["kind"];

/** Media types offered per kind of result, the first being the default. */
const OFFERS: Readonly<Record<ResultKindOffered, readonly (readonly [string, ResultFormat])[]>> = {
  bindings: [
    ["application/sparql-results+json", b("srj")],
    ["application/sparql-results+xml", b("srx")],
    ["text/csv", b("csv")],
    ["text/tab-separated-values", b("tsv")],
    ["application/json", b("srj")],
    ["application/xml", b("srx")],
    ["text/plain", b("table")],
  ],
  boolean: [
    ["application/sparql-results+json", b("srj")],
    ["application/sparql-results+xml", b("srx")],
    ["application/json", b("srj")],
    ["application/xml", b("srx")],
    ["text/plain", b("table")],
  ],
  graph: [
    ["text/turtle", r("turtle")],
    ["application/n-triples", r("ntriples")],
    ["application/n-quads", r("nquads")],
    ["application/trig", r("trig")],
    ["application/ld+json", r("jsonld")],
    ["application/rdf+xml", r("rdfxml")],
    ["text/plain", r("ntriples")],
  ],
};

/** The media type and format to answer with, or undefined when nothing acceptable is on offer (406). */
export function negotiate(kind: ResultKindOffered, accept: string | undefined): { mediaType: string; format: ResultFormat } | undefined {
  const offers = OFFERS[kind];
  const chosen = new Negotiator({ headers: { accept: accept || "*/*" } }).mediaType(offers.map(([type]) => type));
  const match = offers.find(([type]) => type === chosen);
  return match ? { mediaType: match[0], format: match[1] } : undefined;
}

/** Every media type the endpoint can produce, for 406 messages. */
export function offeredMediaTypes(kind: ResultKindOffered): string[] {
  return OFFERS[kind].map(([type]) => type);
}
