/**
 * A read-only SPARQL 1.1 Protocol endpoint over a loaded graph, at `/sparql`: the query operation
 * by GET, HEAD and POST (form-encoded or application/sparql-query) with the dataset parameters,
 * content negotiation (SPARQL JSON/XML, CSV, TSV; six RDF syntaxes for graphs), CORS, and a
 * service description. Queries run in a QueryPool (Oxigraph in worker threads), which stops a
 * query at its time limit, result limit or memory ceiling. Statuses come from the error's code
 * (PactgraphError.httpStatus) or from the protocol layer (ProtocolError), never from message text.
 * Closing drains: requests in flight get their answer within a grace period, else a 503.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isPactgraphError, messageOf, PactgraphError } from "../errors.js";
import type { QueryPool } from "../query/index.js";
import { serializeRdf } from "../rdf/index.js";
import { checkDeclaredLength } from "./body.js";
import { ALLOWED_METHODS, CORS_HEADERS, preflightHeaders } from "./cors.js";
import { negotiate, offeredMediaTypes, type ResultKindOffered } from "./negotiate.js";
import { ProtocolError } from "./problem.js";
import { prepareProtocolQuery } from "./protocol-query.js";
import { readProtocolRequest } from "./protocol-request.js";
import { serviceDescription } from "./service-description.js";
import type { SiteRoutes } from "./site-routes.js";

export interface EndpointServerOptions {
  /** Runs the queries (its workers hold the graph). */
  readonly pool: QueryPool;
  /** Milliseconds a query may take before it is stopped and answered with 503. */
  readonly timeoutMs: number;
  /** Most result rows (or triples) returned; a larger result is refused with 413. */
  readonly maxResults: number;
  /** Largest request body accepted, in bytes (default 1 MB). */
  readonly maxBodyBytes?: number;
  readonly onRequest?: (line: string) => void;
  /** The graph's site at `/` and the query page at `/query` (the endpoint alone when absent). */
  readonly site?: SiteRoutes;
}

const PATH = "/sparql";
const KIND_OF_FORM = { SELECT: "bindings", ASK: "boolean", CONSTRUCT: "graph", DESCRIBE: "graph" } as const;

interface InFlight {
  readonly stop: AbortController;
  readonly done: Promise<void>;
}

export class EndpointServer {
  readonly http: Server;
  private draining = false;
  private readonly inFlight = new Set<InFlight>();

  constructor(private readonly options: EndpointServerOptions) {
    const onRequest = (request: IncomingMessage, response: ServerResponse) => this.track(request, response);
    this.http = createServer(onRequest);
    // Answer `Expect: 100-continue` ourselves: a body over the limit is refused before it is sent.
    this.http.on("checkContinue", onRequest);
  }

  /** Starts listening; resolves with the endpoint's URL. */
  listen(port: number, host: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.http.once("error", reject);
      this.http.listen(port, host, () => {
        this.http.off("error", reject);
        resolve(this.url);
      });
    });
  }

  /** The endpoint's URL (once listening). */
  get url(): string {
    const address = this.http.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}${PATH}`;
  }

  /**
   * Stops accepting requests; those in flight get their answer if it comes within `graceMs`, else
   * their query is stopped and they get a 503. Resolves when every connection is closed.
   */
  async close(graceMs: number): Promise<void> {
    this.draining = true;
    const closed = new Promise<void>((resolve) => this.http.close(() => resolve()));
    this.http.closeIdleConnections();
    await within(this.settled(), graceMs);
    for (const request of this.inFlight) request.stop.abort(new PactgraphError("the endpoint is shutting down", "E_ABORTED"));
    await within(this.settled(), 1000);
    this.http.closeAllConnections();
    await closed;
  }

  private settled(): Promise<unknown> {
    return Promise.all([...this.inFlight].map((request) => request.done));
  }

  private track(request: IncomingMessage, response: ServerResponse): void {
    const started = performance.now();
    const stop = new AbortController();
    // A client that goes away does not need its answer: stop its query.
    response.once("close", () => {
      if (!response.writableFinished) stop.abort(new PactgraphError("the client closed the connection", "E_ABORTED"));
    });
    const done = this.handle(request, response, stop.signal)
      .catch((error: unknown) => this.fail(response, error))
      .finally(() => {
        this.inFlight.delete(entry);
        this.options.onRequest?.(`${request.method} ${request.url?.slice(0, 80)} → ${response.statusCode} (${Math.round(performance.now() - started)} ms)`);
      });
    const entry: InFlight = { stop, done };
    this.inFlight.add(entry);
  }

  private async handle(request: IncomingMessage, response: ServerResponse, signal: AbortSignal): Promise<void> {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (request.method === "OPTIONS") {
      const preflight = request.headers["access-control-request-method"] !== undefined;
      response.writeHead(204, preflight ? preflightHeaders(request) : { ...CORS_HEADERS, Allow: ALLOWED_METHODS }).end();
      return;
    }
    if (url.pathname !== PATH) return this.page(request, response, url.pathname);
    if (request.method !== "GET" && request.method !== "HEAD" && request.method !== "POST") {
      throw new ProtocolError(405, `method ${request.method} is not allowed on the SPARQL endpoint; use GET or POST`, { Allow: ALLOWED_METHODS });
    }
    if (this.draining) throw new ProtocolError(503, "the endpoint is shutting down", { Connection: "close" });
    checkDeclaredLength(request, this.maxBodyBytes);
    const asked = await readProtocolRequest(request, response, url, this.maxBodyBytes);
    switch (asked.operation) {
      case "update":
        throw new ProtocolError(403, "this endpoint is read-only: it has no update operation, and SPARQL Update requests are refused");
      case "service-description": {
        const chosen = this.negotiate("graph", request.headers.accept);
        if (chosen.format.kind !== "rdf") throw new ProtocolError(406, "a service description is RDF");
        const body = await serializeRdf(serviceDescription(this.url, this.options.pool.quads), chosen.format.format, { header: ["SPARQL 1.1 Service Description of this endpoint."] });
        return this.send(response, 200, chosen.mediaType, body);
      }
      case "query": {
        const query = prepareProtocolQuery(asked.text);
        const chosen = this.negotiate(KIND_OF_FORM[query.form], request.headers.accept);
        const answer = await this.options.pool.runFormatted(query, chosen.format, {
          timeoutMs: this.options.timeoutMs,
          maxResults: this.options.maxResults,
          signal,
          ...(asked.dataset ? { dataset: asked.dataset } : {}),
        });
        return this.send(response, 200, chosen.mediaType, answer.body);
      }
    }
  }

  /** A page of the site (GET and HEAD only); anything else is not found. */
  private async page(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    const file = this.options.site && (request.method === "GET" || request.method === "HEAD") ? await this.options.site.get(pathname) : undefined;
    if (!file) {
      const pages = this.options.site ? "; the site starts at /, the query page is /query" : "";
      throw new ProtocolError(404, `not found: the SPARQL endpoint is ${PATH}${pages}`);
    }
    response.writeHead(200, { "Content-Type": `${file.mediaType}; charset=utf-8`, "Content-Length": String(file.body.byteLength), ...(this.draining ? { Connection: "close" } : {}) });
    response.end(file.body);
  }

  private get maxBodyBytes(): number {
    return this.options.maxBodyBytes ?? 1_000_000;
  }

  private negotiate(kind: ResultKindOffered, accept: string | undefined): NonNullable<ReturnType<typeof negotiate>> {
    const chosen = negotiate(kind, accept);
    if (!chosen) throw new ProtocolError(406, `cannot answer in ${accept}; this result is available as ${offeredMediaTypes(kind).join(", ")}`);
    return chosen;
  }

  private send(response: ServerResponse, status: number, mediaType: string, body: string, headers: Readonly<Record<string, string>> = {}): void {
    const bytes = Buffer.from(body, "utf8");
    response.writeHead(status, {
      ...CORS_HEADERS,
      "Content-Type": `${mediaType}; charset=utf-8`,
      "Content-Length": String(bytes.byteLength),
      ...(status === 200 ? { Vary: "Accept" } : {}),
      ...(this.draining ? { Connection: "close" } : {}),
      ...headers,
    });
    response.end(bytes);
  }

  private fail(response: ServerResponse, error: unknown): void {
    if (response.headersSent || response.destroyed) {
      response.destroy();
      return;
    }
    if (error instanceof ProtocolError) return this.send(response, error.status, "text/plain", `${error.message}\n`, error.headers);
    if (isPactgraphError(error)) return this.send(response, error.httpStatus, "text/plain", `${error.message}\n`);
    this.send(response, 500, "text/plain", `internal error (a bug in pactgraph; please report it): ${messageOf(error)}\n`);
  }
}

/** Creates (but does not start) an endpoint; see {@link EndpointServer}. */
export function createEndpointServer(options: EndpointServerOptions): EndpointServer {
  return new EndpointServer(options);
}

/** Waits for `work`, or `ms` at most. */
async function within(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
