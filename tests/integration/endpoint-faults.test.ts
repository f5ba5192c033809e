/**
 * Faults at the edges: an endpoint that is down or too slow, a push the store rejects for lack of
 * credentials, and a push cut off mid-body, after which the previous graph must be intact.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, connect, type Server as TcpServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";
import { runCli } from "../helpers/project.js";

const virtuoso = inject("virtuosoUrl");
const GRAPH = "https://w3id.org/pactgraph/graph/faults";
const servers: (Server | TcpServer)[] = [];

afterAll(() => servers.forEach((s) => s.close()));

async function listen<S extends Server | TcpServer>(server: S): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function graphSize(graph: string): Promise<number> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
  const response = await fetch(`${virtuoso}/sparql?query=${encodeURIComponent(query)}`, { headers: { Accept: "application/sparql-results+json" } });
  return Number(((await response.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value);
}

describe("querying a remote endpoint that fails", () => {
  it("endpoint down: a clear one-line error, exit 1", async () => {
    const port = await listen(createHttpServer());
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    const result = await runCli(["query", "timeline", "--endpoint", `http://127.0.0.1:${port}/sparql`]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(new RegExp(`^pactgraph: endpoint http://127\\.0\\.0\\.1:${port}/sparql: .*ECONNREFUSED`));
    expect(result.stdout).toBe("");
  });

  it("slow endpoint: the request times out, exit 1", async () => {
    const port = await listen(createHttpServer(() => undefined)); // accepts, never answers
    const started = Date.now();
    const result = await runCli(["query", "timeline", "--endpoint", `http://127.0.0.1:${port}/sparql`, "--timeout", "1"]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`pactgraph: endpoint http://127.0.0.1:${port}/sparql: timed out`);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("a bad endpoint URL is a usage error, exit 2", async () => {
    const result = await runCli(["query", "timeline", "--endpoint", "ftp://example.org/sparql"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('pactgraph: --endpoint must be an http(s) URL, not "ftp://example.org/sparql"');
  });
});

describe("pushing to a store that refuses", () => {
  it("rejected by authentication: exit 1, with what to set", async () => {
    const result = await runCli(["push", "--endpoint", `${virtuoso}/sparql-graph-crud-auth`, "--graph", GRAPH]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^pactgraph: the store rejected the push: HTTP 401 \(authentication\); set PACTGRAPH_AUTH_USER/);
  });

  it("wrong credentials are rejected too; the right ones (HTTP Digest, as Virtuoso asks) are accepted", async () => {
    const env = (password: string) => ({ PACTGRAPH_AUTH_USER: "dba", PACTGRAPH_AUTH_PASSWORD: password, PACTGRAPH_AUTH_SCHEME: "digest" });
    const wrong = await runCli(["push", "--endpoint", `${virtuoso}/sparql-graph-crud-auth`, "--graph", GRAPH], { env: env("not-the-password") });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain("HTTP 401 (authentication)");
    const right = await runCli(["push", "--endpoint", `${virtuoso}/sparql-graph-crud-auth`, "--graph", GRAPH], { env: env("dba") });
    expect(right.stderr).toBe("");
    expect(right.status).toBe(0);
    expect(await graphSize(GRAPH)).toBeGreaterThan(1000);
  });

  it("credentials in the URL are refused before anything is sent", async () => {
    const result = await runCli(["push", "--endpoint", "http://dba:dba@127.0.0.1:1/sparql-graph-crud"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("put credentials in PACTGRAPH_AUTH_USER");
  });

  it("interrupted mid-body: exit 1, and the previous graph is intact", async () => {
    const before = await graphSize(GRAPH);
    expect(before).toBeGreaterThan(1000);
    // A proxy that passes the first 16 kB of each request on to Virtuoso, then cuts both connections.
    const target = new URL(virtuoso);
    const port = await listen(
      createTcpServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        let forwarded = 0;
        client.on("data", (chunk: Buffer) => {
          forwarded += chunk.length;
          if (forwarded > 16_384) {
            client.destroy();
            upstream.destroy();
          } else upstream.write(chunk);
        });
        upstream.on("data", (chunk: Buffer) => client.write(chunk));
        upstream.on("error", () => client.destroy());
        client.on("error", () => upstream.destroy());
      }),
    );
    const result = await runCli(["push", "--endpoint", `http://127.0.0.1:${port}/sparql-graph-crud`, "--graph", GRAPH, "--ontology"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^pactgraph: cannot push to http:\/\/127\.0\.0\.1:\d+\/sparql-graph-crud: /);
    expect(await graphSize(GRAPH)).toBe(before);
  });
});
