/**
 * A read-only SPARQL 1.1 Protocol endpoint over an in-memory store: GET and POST (form-encoded or
 * application/sparql-query), content negotiation, CORS, a per-request time limit and a result-size
 * limit. It binds to loopback unless told otherwise. Queries run on Comunica, whose streams can be
 * stopped when time is up; Oxigraph's synchronous queries would block every other request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Store } from "n3";
import { isPactgraphError } from "../errors.js";
import { formatResult, prepareQuery, resultSize, type PreparedQuery } from "../query/index.js";
import { negotiate, offeredMediaTypes } from "./negotiate.js";

export interface EndpointServerOptions {
  readonly store: Store;
  /** Milliseconds a query may run before the request is answered with 503. */
  readonly timeoutMs: number;
  /** Most result rows (or triples) returned; larger results are refused. */
  readonly maxResults: number;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
  readonly onRequest?: (line: string) => void;
}

class HttpProblem extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type, Accept",
  "Access-Control-Max-Age": "86400",
} as const;

/** Creates (but does not start) the endpoint server; the SPARQL endpoint is at `/sparql`. */
export function createEndpointServer(options: EndpointServerOptions): Server {
  return createServer((request, response) => {
    const started = performance.now();
    handle(request, response, options)
      .catch((error: unknown) => {
        const status = error instanceof HttpProblem ? error.status : isPactgraphError(error) ? 400 : 500;
        const message = error instanceof Error ? error.message : String(error);
        if (!response.headersSent) response.writeHead(status, { ...CORS, "Content-Type": "text/plain; charset=utf-8" });
        response.end(`${message}\n`);
      })
      .finally(() => options.onRequest?.(`${request.method} ${request.url?.slice(0, 80)} → ${response.statusCode} (${Math.round(performance.now() - started)} ms)`));
  });
}

async function handle(request: IncomingMessage, response: ServerResponse, options: EndpointServerOptions): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "OPTIONS") {
    response.writeHead(204, CORS).end();
    return;
  }
  if (url.pathname !== "/sparql") throw new HttpProblem(404, "not found: the SPARQL endpoint is /sparql");
  const text = await queryText(request, url, options.maxBodyBytes ?? 1_000_000);
  const prepared = prepare(text);
  const { runQuery } = await import("../query/engine.js");
  const stop = new AbortController();
  const result = await withTimeout(runQuery(prepared, { kind: "store", store: options.store, engine: "comunica" }, stop.signal), options.timeoutMs, stop);
  if (resultSize(result) > options.maxResults) {
    throw new HttpProblem(413, `the result has ${resultSize(result)} rows, more than this endpoint's limit of ${options.maxResults}; add a LIMIT`);
  }
  const chosen = negotiate(result.kind, request.headers.accept);
  if (!chosen) throw new HttpProblem(406, `cannot produce ${request.headers.accept}; available: ${offeredMediaTypes(result.kind).join(", ")}`);
  const body = await formatResult(result, chosen.format);
  response.writeHead(200, { ...CORS, "Content-Type": `${chosen.mediaType}; charset=utf-8`, Vary: "Accept" });
  response.end(body);
}

/** The query text from GET ?query=, POST form data or a POST application/sparql-query body. */
async function queryText(request: IncomingMessage, url: URL, maxBytes: number): Promise<string> {
  if (request.method === "GET") {
    if (url.searchParams.has("update")) throw new HttpProblem(403, "this endpoint is read-only: updates are refused");
    const query = url.searchParams.get("query");
    if (query === null) throw new HttpProblem(400, "missing query parameter: GET /sparql?query=…");
    return query;
  }
  if (request.method !== "POST") throw new HttpProblem(405, `method ${request.method} not allowed; use GET or POST`);
  const body = await readBody(request, maxBytes);
  const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/sparql-query") return body;
  if (type === "application/sparql-update") throw new HttpProblem(403, "this endpoint is read-only: updates are refused");
  if (type === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(body);
    if (form.has("update")) throw new HttpProblem(403, "this endpoint is read-only: updates are refused");
    const query = form.get("query");
    if (query === null) throw new HttpProblem(400, "missing query field in the form body");
    return query;
  }
  throw new HttpProblem(415, `unsupported Content-Type ${type || "(none)"}; use application/sparql-query or application/x-www-form-urlencoded`);
}

function prepare(text: string): PreparedQuery {
  try {
    return prepareQuery(text, { file: "query" });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new HttpProblem(/UPDATE|read-only/.test(message) ? 403 : 400, message);
  }
}

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new HttpProblem(413, `request body larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Races the query against a timer; when time is up the query is stopped and the request answered 503. */
function withTimeout<T>(work: Promise<T>, ms: number, stop: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      stop.abort();
      reject(new HttpProblem(503, `query exceeded the time limit of ${ms} ms`));
    }, ms);
  });
  work.catch(() => undefined); // an aborted query rejects after the 503 has been sent
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
