/**
 * `pactgraph serve` as a real process, queried with a plain HTTP client: the SPARQL 1.1 Protocol's
 * query operation (GET, POST form, POST direct, HEAD, the dataset parameters), content negotiation
 * (every RDF syntax for graphs, read back), CORS, the service description, refusals in protocol
 * wording with their statuses, limits, Comunica through `pactgraph query --endpoint`, and SIGTERM.
 */
import { connect } from "node:net";
import { join } from "node:path";
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bytesInput, loadRdfFiles, RDF_FORMATS, type RdfFormat } from "../../src/rdf/index.js";
import { ROOT, runCli } from "../helpers/project.js";
import { RUNAWAY_COUNT } from "../serve/helpers.js";
import { startServe, type ServeProcess } from "../serve/serve-process.js";

const FIXTURE = join(ROOT, "tests", "serve", "fixtures", "graphs.trig");
let seed: ServeProcess;
let graphs: ServeProcess;

beforeAll(async () => {
  [seed, graphs] = await Promise.all([startServe(["--timeout", "1", "--max-results", "100"]), startServe(["--data", FIXTURE])]);
});

afterAll(() => {
  seed.kill();
  graphs.kill();
});

const SELECT = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> SELECT ?clause WHERE { ?clause pact:clauseType pact:Defence } ";
const CLAUSE = "https://w3id.org/pactgraph/id/clause/saudi-pakistan-pact-mutual-defence";
const LABELS = "SELECT ?label WHERE { ?s <https://example.org/label> ?label } ORDER BY ?label";
const get = (url: string, query: string, accept?: string, extra = "") => fetch(`${url}?query=${encodeURIComponent(query)}${extra}`, { headers: accept ? { Accept: accept } : {} });
const form = (url: string, fields: [string, string][], accept = "text/csv") =>
  fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept }, body: new URLSearchParams(fields) });

/** The labels a CSV answer of LABELS lists. */
async function csvColumn(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  return (await response.text()).trim().split("\r\n").slice(1);
}

describe("pactgraph serve: the query operation", () => {
  it("binds to loopback by default", () => {
    expect(seed.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/);
  });

  it("answers GET with SPARQL Results JSON by default, with CORS", async () => {
    const response = await get(seed.url, SELECT);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/sparql-results+json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    const json = (await response.json()) as { head: { vars: string[] }; results: { bindings: unknown[] } };
    expect(json.head.vars).toEqual(["clause"]);
    expect(json.results.bindings).toEqual([{ clause: { type: "uri", value: CLAUSE } }]);
  });

  it("answers POST, form-encoded and as application/sparql-query", async () => {
    expect(await (await form(seed.url, [["query", SELECT]])).text()).toBe(`clause\r\n${CLAUSE}\r\n`);
    const direct = await fetch(seed.url, { method: "POST", headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+xml" }, body: SELECT });
    expect(direct.headers.get("content-type")).toBe("application/sparql-results+xml; charset=utf-8");
    expect(await direct.text()).toContain(`<uri>${CLAUSE}</uri>`);
  });

  it("answers HEAD with the headers of the GET and no body", async () => {
    const url = `${seed.url}?query=${encodeURIComponent(SELECT)}`;
    const [head, full] = await Promise.all([fetch(url, { method: "HEAD", headers: { Accept: "text/csv" } }), fetch(url, { headers: { Accept: "text/csv" } })]);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(head.headers.get("content-length")).toBe(full.headers.get("content-length"));
    expect(await head.text()).toBe("");
  });

  it("answers ASK as SPARQL JSON and XML", async () => {
    expect(await (await get(seed.url, "ASK { ?s ?p ?o }")).json()).toEqual({ head: {}, boolean: true });
    expect(await (await get(seed.url, "ASK { ?s ?p ?o }", "application/sparql-results+xml")).text()).toContain("<boolean>true</boolean>");
  });

  it("answers CONSTRUCT in each of the six RDF syntaxes, all the same graph", async () => {
    const construct = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } ORDER BY ?s ?t LIMIT 5";
    const graphsRead = new Map<RdfFormat, Quad[]>();
    for (const [format, entry] of Object.entries(RDF_FORMATS) as [RdfFormat, (typeof RDF_FORMATS)[RdfFormat]][]) {
      const response = await get(seed.url, construct, entry.mediaTypes[0]);
      expect(response.status, entry.label).toBe(200);
      expect(response.headers.get("content-type"), entry.label).toBe(`${entry.mediaTypes[0]}; charset=utf-8`);
      graphsRead.set(format, await loadRdfFiles([bytesInput(`answer${entry.extensions[0]}`, new Uint8Array(await response.arrayBuffer()), { format })]));
    }
    const reference = graphsRead.get("ntriples")!;
    expect(reference).toHaveLength(5);
    for (const [format, quads] of graphsRead) expect(isomorphic(quads, reference), format).toBe(true);
  });

  it("describes itself (SPARQL 1.1 Service Description) at the endpoint without parameters, for GET and HEAD", async () => {
    const response = await fetch(seed.url, { headers: { Accept: "application/n-triples" } });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain(`<http://www.w3.org/ns/sparql-service-description#endpoint> <${seed.url}>`);
    expect(text).toContain("<http://www.w3.org/ns/sparql-service-description#supportedLanguage> <http://www.w3.org/ns/sparql-service-description#SPARQL11Query>");
    expect(text).toMatch(/void#triples> "1\d{3}"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#integer>/);
    expect((await fetch(seed.url, { method: "HEAD" })).headers.get("content-type")).toBe("text/turtle; charset=utf-8");
  });

  it("ignores parameters it does not know (format=, output= from some clients)", async () => {
    expect((await get(seed.url, "ASK { ?s ?p ?o }", undefined, "&format=json&output=json")).status).toBe(200);
  });
});

describe("pactgraph serve: the dataset parameters", () => {
  it("queries the default graph of the data without them", async () => {
    expect(await csvColumn(await get(graphs.url, LABELS, "text/csv"))).toEqual(["in the default graph"]);
  });

  it("takes default-graph-uri (repeatable) over GET, a form POST and a direct POST, replacing FROM", async () => {
    const both = "&default-graph-uri=https%3A%2F%2Fexample.org%2Fg1&default-graph-uri=https%3A%2F%2Fexample.org%2Fg2";
    expect(await csvColumn(await get(graphs.url, LABELS, "text/csv", both))).toEqual(["in g1", "in g2"]);
    const fromG2 = LABELS.replace("WHERE", "FROM <https://example.org/g2> WHERE");
    expect(await csvColumn(await form(graphs.url, [["query", fromG2], ["default-graph-uri", "https://example.org/g1"]]))).toEqual(["in g1"]);
    const direct = await fetch(`${graphs.url}?default-graph-uri=${encodeURIComponent("https://example.org/g2")}`, {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: "text/csv" },
      body: LABELS,
    });
    expect(await csvColumn(direct)).toEqual(["in g2"]);
  });

  it("takes named-graph-uri for GRAPH patterns", async () => {
    const query = "SELECT ?g ?label WHERE { GRAPH ?g { ?s <https://example.org/label> ?label } }";
    expect(await csvColumn(await get(graphs.url, query, "text/csv", "&named-graph-uri=https%3A%2F%2Fexample.org%2Fg2"))).toEqual(["https://example.org/g2,in g2"]);
  });

  it("refuses a graph that is not an absolute IRI", async () => {
    const response = await get(graphs.url, LABELS, "text/csv", "&default-graph-uri=g1");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('default-graph-uri must be an absolute IRI, not "g1"');
  });
});

describe("pactgraph serve: CORS and methods", () => {
  it("grants a preflight the request headers it asks for, never credentials", async () => {
    const response = await fetch(seed.url, {
      method: "OPTIONS",
      headers: { Origin: "https://yasgui.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, x-requested-with, content-type" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, HEAD, POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")).toBe("authorization, x-requested-with, content-type");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it.each(["PUT", "DELETE", "PATCH"])("answers %s with 405 and Allow", async (method) => {
    const response = await fetch(seed.url, { method });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST, OPTIONS");
  });
});

describe("pactgraph serve: refusals", () => {
  const update = (body: string) => fetch(seed.url, { method: "POST", headers: { "Content-Type": "application/sparql-update" }, body });
  it.each([
    ["an update sent to the update operation", 403, "this endpoint is read-only: it has no update operation", () => update("DROP ALL")],
    ["an update in a form", 403, "this endpoint is read-only", () => form(seed.url, [["update", "DROP ALL"]])],
    ["an update sent as a query", 400, "this is a SPARQL Update, and this endpoint is read-only", () => get(seed.url, "DROP ALL")],
    ["a SERVICE call", 400, "SERVICE is not allowed on this endpoint", () => get(seed.url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")],
    ["a syntax error", 400, "SPARQL syntax error", () => get(seed.url, "SELECT * WHERE { ?s ?p }")],
    ["two query parameters", 400, "send exactly one", () => get(seed.url, "ASK {}", undefined, "&query=ASK%7B%7D")],
    ["an unacceptable format", 406, "available as application/sparql-results+json", () => get(seed.url, SELECT, "image/png")],
    ["an unsupported request body", 415, "unsupported Content-Type text/plain", () => fetch(seed.url, { method: "POST", headers: { "Content-Type": "text/plain" }, body: SELECT })],
    ["a result over the size limit", 413, "the result has more than 100 rows", () => get(seed.url, "SELECT * WHERE { ?s ?p ?o }")],
    ["a query over the time limit", 503, "time limit of 1000 ms", () => get(seed.url, RUNAWAY_COUNT)],
    ["another path", 404, "the SPARQL endpoint is /sparql", () => fetch(seed.url.replace("/sparql", "/other"))],
  ] as const)("refuses %s with HTTP %i, in protocol wording", async (_name, status, message, send) => {
    const response = await send();
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).toContain(message);
    expect(text).not.toMatch(/pactgraph query|--allow-service|--engine/);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const { hostname, port } = new URL(seed.url);
    const answer = await new Promise<string>((resolve, reject) => {
      let received = "";
      const socket = connect(Number(port), hostname, () => socket.write("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 999999999999\r\n\r\n"));
      socket.setEncoding("utf8").on("data", (chunk: string) => (received += chunk));
      socket.on("error", reject);
      socket.on("close", () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });

  it("answers the next request after stopping an over-long one", async () => {
    const [slow, other] = await Promise.all([get(seed.url, RUNAWAY_COUNT), new Promise((resolve) => setTimeout(resolve, 100)).then(() => get(seed.url, "ASK { ?s ?p ?o }"))]);
    expect(slow.status).toBe(503);
    expect(await other.json()).toEqual({ head: {}, boolean: true });
    expect(await (await get(seed.url, "ASK { ?s ?p ?o }")).json()).toEqual({ head: {}, boolean: true });
  });
});

describe("pactgraph serve: Comunica as a client", () => {
  it("gives `pactgraph query --endpoint` the same answers as the in-memory engine", { timeout: 120_000 }, async () => {
    for (const [query, format] of [["defence-obligations", "srj"], ["obliged-to-defend", "srj"], ["defence-network", "nt"]] as const) {
      const [local, remote] = await Promise.all([runCli(["query", query, "--format", format]), runCli(["query", query, "--format", format, "--endpoint", seed.url])]);
      expect(remote.stderr, query).toBe("");
      if (format === "nt") expect(remote.stdout.trim().split("\n").sort(), query).toEqual(local.stdout.trim().split("\n").sort());
      else expect(JSON.parse(remote.stdout), query).toEqual(JSON.parse(local.stdout));
    }
  });

  it("passes --default-graph on as default-graph-uri, for short queries (GET) and long ones (POST)", async () => {
    const long = LABELS.replace("WHERE {", `WHERE { VALUES ?n { ${Array.from({ length: 200 }, (_, i) => i).join(" ")} }`).replace("SELECT ?label", "SELECT DISTINCT ?label");
    for (const query of [LABELS, long]) {
      const remote = await runCli(["query", "-q", query, "--endpoint", graphs.url, "--default-graph", "https://example.org/g2", "--format", "csv"]);
      expect(remote.stderr).toBe("");
      expect(remote.stdout).toBe("label\r\nin g2\r\n");
    }
  });
});

describe("pactgraph serve: SIGTERM", () => {
  it("answers a query in flight with a 503 once the grace period is over, and exits with 0 long before the query's time limit", async () => {
    const server = await startServe(["--timeout", "60"]);
    try {
      const inFlight = get(server.url, RUNAWAY_COUNT);
      await new Promise((resolve) => setTimeout(resolve, 300));
      server.child.kill("SIGTERM");
      const response = await inFlight;
      expect(response.status).toBe(503);
      expect(await response.text()).toBe("the endpoint is shutting down\n");
      const code = await Promise.race([server.exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 15_000))]);
      expect(code).toBe(0);
      expect(server.stderr()).toBe("");
    } finally {
      server.kill();
    }
  });
});
