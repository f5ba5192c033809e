/**
 * `pactgraph serve` as a real process: queried with a plain HTTP client (GET, POST, content
 * negotiation, CORS, limits) and with Comunica through `pactgraph query --endpoint`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli } from "../helpers/project.js";

let child: ChildProcess;
let endpoint: string;

beforeAll(async () => {
  child = spawn(process.execPath, [CLI, "serve", "--port", "0", "--timeout", "1", "--max-results", "100"], { cwd: ROOT });
  endpoint = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      seen += chunk;
      const url = /SPARQL endpoint at (http:\/\/\S+\/sparql)/.exec(seen)?.[1];
      if (url) resolve(url);
    });
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
  });
});

afterAll(() => {
  if (child.exitCode === null) child.kill("SIGKILL");
});

const SELECT = "PREFIX pact: <https://w3id.org/pactgraph/ontology#> SELECT ?clause WHERE { ?clause pact:clauseType pact:Defence } ";
const get = (query: string, accept?: string) => fetch(`${endpoint}?query=${encodeURIComponent(query)}`, { headers: accept ? { Accept: accept } : {} });

describe("pactgraph serve", () => {
  it("binds to loopback by default", () => {
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/);
  });

  it("answers GET with SPARQL Results JSON by default, with CORS", async () => {
    const response = await get(SELECT);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/sparql-results+json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const json = (await response.json()) as { head: { vars: string[] }; results: { bindings: unknown[] } };
    expect(json.head.vars).toEqual(["clause"]);
    expect(json.results.bindings).toEqual([{ clause: { type: "uri", value: "https://w3id.org/pactgraph/id/clause/saudi-pakistan-pact-mutual-defence" } }]);
  });

  it("answers POST, form-encoded and as application/sparql-query", async () => {
    const form = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "text/csv" }, body: new URLSearchParams({ query: SELECT }) });
    expect(await form.text()).toBe("clause\r\nhttps://w3id.org/pactgraph/id/clause/saudi-pakistan-pact-mutual-defence\r\n");
    const direct = await fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+xml" }, body: SELECT });
    expect(direct.headers.get("content-type")).toBe("application/sparql-results+xml; charset=utf-8");
    expect(await direct.text()).toContain("<uri>https://w3id.org/pactgraph/id/clause/saudi-pakistan-pact-mutual-defence</uri>");
  });

  it("negotiates graph formats for CONSTRUCT and booleans for ASK", async () => {
    const construct = await get("CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 5", "application/n-triples");
    expect(construct.headers.get("content-type")).toBe("application/n-triples; charset=utf-8");
    expect(new Parser({ format: "N-Triples" }).parse(await construct.text())).toHaveLength(5);
    expect(await (await get("ASK { ?s ?p ?o }")).json()).toEqual({ head: {}, boolean: true });
  });

  it("answers CORS preflight requests", async () => {
    const response = await fetch(endpoint, { method: "OPTIONS" });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
  });

  it.each([
    ["an update", 403, "read-only", () => fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/sparql-update" }, body: "DROP ALL" })],
    ["an update in a form", 403, "read-only", () => fetch(endpoint, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "update=DROP%20ALL" })],
    ["a syntax error", 400, "SPARQL syntax error", () => get("SELECT * WHERE { ?s ?p }")],
    ["an unacceptable format", 406, "available: application/sparql-results+json", () => get(SELECT, "image/png")],
    ["a result over the size limit", 413, "more than this endpoint's limit of 100", () => get("SELECT * WHERE { ?s ?p ?o }")],
    ["a query over the time limit", 503, "time limit of 1000 ms", () => get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")],
    ["another path", 404, "the SPARQL endpoint is /sparql", () => fetch(endpoint.replace("/sparql", "/other"))],
  ] as const)("refuses %s with HTTP %i", async (_name, status, message, send) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(message);
  });

  it("gives the same answers to Comunica (pactgraph query --endpoint) as the in-memory engine", { timeout: 120_000 }, async () => {
    for (const query of ["defence-obligations", "obliged-to-defend"]) {
      const [local, remote] = await Promise.all([
        runCli(["query", query, "--format", "srj"]),
        runCli(["query", query, "--format", "srj", "--endpoint", endpoint]),
      ]);
      expect(remote.stderr).toBe("");
      expect(JSON.parse(remote.stdout)).toEqual(JSON.parse(local.stdout));
    }
  });

  it("stops an over-long query, then answers the next request promptly", async () => {
    const slow = await get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    expect(slow.status).toBe(503);
    const started = Date.now();
    expect(await (await get("ASK { ?s ?p ?o }")).json()).toEqual({ head: {}, boolean: true });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("exits promptly on SIGTERM, even with a query running", async () => {
    void get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }").catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 3000))]);
    expect(code).toBe(0);
  });
});
