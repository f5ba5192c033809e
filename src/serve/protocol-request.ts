/**
 * What a SPARQL 1.1 Protocol request asks for (https://www.w3.org/TR/sparql11-protocol/): the query
 * operation by GET (`?query=`), by form POST (`query=` in the body) or by direct POST
 * (`application/sparql-query`), with the RDF dataset in repeatable `default-graph-uri` and
 * `named-graph-uri` parameters (in the URL, and in the body of a form POST); the update
 * operation, which this endpoint refuses; or, with no parameters at all, the service description.
 * Other parameters (some clients add `format` or `output`) are ignored.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { QueryDataset } from "../query/index.js";
import { iriProblem } from "../rdf/term-check.js";
import { readBody } from "./body.js";
import { ProtocolError } from "./problem.js";

export type ProtocolRequest =
  | { readonly operation: "query"; readonly text: string; readonly dataset?: QueryDataset }
  | { readonly operation: "update" }
  | { readonly operation: "service-description" };

const DATASET_PARAMETERS = ["default-graph-uri", "named-graph-uri"] as const;
const isDatasetParameter = (name: string) => (DATASET_PARAMETERS as readonly string[]).includes(name);

/** Reads the operation a request asks for; a malformed request is a 400, a wrong media type a 415. */
export async function readProtocolRequest(request: IncomingMessage, response: ServerResponse, url: URL, maxBodyBytes: number): Promise<ProtocolRequest> {
  if (request.method === "GET" || request.method === "HEAD") {
    if ([...url.searchParams.keys()].length === 0) return { operation: "service-description" };
    return operation(url.searchParams, url.searchParams);
  }
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/sparql-update") return { operation: "update" };
  if (type === "application/sparql-query") {
    const text = await readBody(request, response, maxBodyBytes);
    if (url.searchParams.has("query")) throw new ProtocolError(400, "a direct POST (application/sparql-query) carries the query in its body; leave query= out of the URL");
    return withDataset(text, url.searchParams);
  }
  if (type === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(await readBody(request, response, maxBodyBytes));
    // The protocol puts the dataset in the form; clients that send a form to an endpoint URL
    // carrying default-graph-uri (Comunica, for long queries) put it in the URL: take both.
    const dataset = new URLSearchParams([...url.searchParams].filter(([name]) => isDatasetParameter(name)));
    for (const [name, value] of form) if (isDatasetParameter(name)) dataset.append(name, value);
    return operation(form, dataset);
  }
  throw new ProtocolError(415, `unsupported Content-Type ${type || "(none)"}: send a query as application/sparql-query or application/x-www-form-urlencoded (query=…)`);
}

function operation(parameters: URLSearchParams, datasetParameters: URLSearchParams): ProtocolRequest {
  const queries = parameters.getAll("query");
  if (parameters.has("update")) {
    if (queries.length > 0) throw new ProtocolError(400, "a request carries either query= or update=, not both");
    return { operation: "update" };
  }
  if (queries.length === 0) throw new ProtocolError(400, "the request has no query parameter: send ?query=… (GET) or query=… in a form (POST)");
  if (queries.length > 1) throw new ProtocolError(400, `the request has ${queries.length} query parameters; send exactly one`);
  return withDataset(queries[0]!, datasetParameters);
}

function withDataset(text: string, parameters: URLSearchParams): ProtocolRequest {
  for (const name of DATASET_PARAMETERS) {
    for (const iri of parameters.getAll(name)) {
      if (iriProblem(iri) !== undefined) throw new ProtocolError(400, `${name} must be an absolute IRI, not ${JSON.stringify(iri)}`);
    }
  }
  const defaultGraphs = parameters.getAll("default-graph-uri");
  const namedGraphs = parameters.getAll("named-graph-uri");
  if (defaultGraphs.length === 0 && namedGraphs.length === 0) return { operation: "query", text };
  return { operation: "query", text, dataset: { defaultGraphs, namedGraphs } };
}
