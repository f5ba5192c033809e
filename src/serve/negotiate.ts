/** Content negotiation for the SPARQL endpoint: the Accept header picks a result format. */
import Negotiator from "negotiator";
import type { ResultFormat } from "../query/index.js";
import type { QueryResult } from "../query/results.js";

/** Media types offered per kind of result, the first being the default. */
const OFFERS: Readonly<Record<QueryResult["kind"], readonly (readonly [string, ResultFormat])[]>> = {
  bindings: [
    ["application/sparql-results+json", "srj"],
    ["application/sparql-results+xml", "srx"],
    ["text/csv", "csv"],
    ["text/tab-separated-values", "tsv"],
    ["application/json", "srj"],
    ["application/xml", "srx"],
    ["text/plain", "table"],
  ],
  boolean: [
    ["application/sparql-results+json", "srj"],
    ["application/sparql-results+xml", "srx"],
    ["application/json", "srj"],
    ["application/xml", "srx"],
    ["text/plain", "table"],
  ],
  graph: [
    ["text/turtle", "turtle"],
    ["application/n-triples", "ntriples"],
    ["application/ld+json", "jsonld"],
    ["text/plain", "ntriples"],
  ],
};

/** The media type and format to answer with, or undefined when nothing acceptable is on offer (406). */
export function negotiate(kind: QueryResult["kind"], accept: string | undefined): { mediaType: string; format: ResultFormat } | undefined {
  const offers = OFFERS[kind];
  const chosen = new Negotiator({ headers: { accept: accept || "*/*" } }).mediaType(offers.map(([type]) => type));
  const match = offers.find(([type]) => type === chosen);
  return match ? { mediaType: match[0], format: match[1] } : undefined;
}

/** Every media type the endpoint can produce, for 406 messages. */
export function offeredMediaTypes(kind: QueryResult["kind"]): string[] {
  return OFFERS[kind].map(([type]) => type);
}
