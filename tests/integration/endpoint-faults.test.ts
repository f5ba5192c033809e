/**
 * Faults at the edges, through the one HTTP client: an endpoint that is down or too slow, a push
 * the store rejects for lack of credentials, a busy store, and a push cut off mid-body, after which
 * the previous graph must be intact.
 */
import { createServer as createHttpServer, request as httpRequest, type Server } from "node:http";
import { createServer as createTcpServer, connect, type Server as TcpServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, inject, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import { inlineQuery, runSavedQuery } from "../../src/query/index.js";
import { endpointSource } from "../../src/remote/index.js";
import { runCli } from "../helpers/project.js";
import { startFaultServer } from "../link/helpers/fault-server.js";

const virtuoso = inject("virtuosoUrl");
const GRAPH = "https://w3id.org/pactgraph/graph/faults";
const MiB = 1024 * 1024;
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

  it("slow endpoint: each attempt times out, two retries, exit 1", async () => {
    let requests = 0;
    const port = await listen(createHttpServer(() => void requests++)); // accepts, never answers
    const result = await runCli(["query", "timeline", "--endpoint", `http://127.0.0.1:${port}/sparql`, "--timeout", "1"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`pactgraph: endpoint http://127.0.0.1:${port}/sparql: no complete answer within 1 s; raise the limit with --timeout; gave up after 3 attempts\n`);
    expect(requests).toBe(3);
  });

  it("a bad endpoint URL is a usage error, exit 2", async () => {
    const result = await runCli(["query", "timeline", "--endpoint", "ftp://example.org/sparql"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('pactgraph: --endpoint must be an http(s) URL, not "ftp://example.org/sparql"');
  });
});

describe("querying an endpoint whose answer is too large or too slow (the body Comunica streams is bounded)", () => {
  const query = inlineQuery("SELECT ?s WHERE { ?s ?p ?o }");

  it("fails with E_TOO_LARGE once the answer passes the limit, having read little of it", async () => {
    const server = await startFaultServer([{ hugeBytes: 200 * MiB }]);
    try {
      const error = await runSavedQuery(query, endpointSource(server.url, { env: {}, maxResponseBytes: 2 * MiB })).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isPactgraphError(error) && error.code).toBe("E_TOO_LARGE");
      expect(error instanceof Error && error.message).toBe(`endpoint ${server.url}: the response is larger than the limit of 2 MiB; raise it with --max-response`);
      expect(server.bytesSent[0]).toBeLessThan(40 * MiB);
    } finally {
      await server.close();
    }
  });

  it("fails at --timeout when the body trickles; a body Comunica has begun is not asked for again", async () => {
    const server = await startFaultServer([{ trickle: { bytes: 1, everyMs: 10 } }]);
    try {
      const result = await runCli(["query", "-q", "SELECT ?s WHERE { ?s ?p ?o }", "--endpoint", server.url, "--timeout", "300ms"]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`pactgraph: endpoint ${server.url}: no complete answer within 300 ms; raise the limit with --timeout\n`);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
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

  it("credentials in the URL are refused before anything is sent, and never echoed", async () => {
    const result = await runCli(["push", "--endpoint", "http://dba:s3cret@127.0.0.1:1/sparql-graph-crud"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("put credentials in PACTGRAPH_AUTH_USER");
    expect(result.stderr).not.toContain("s3cret");
  });

  it("a busy store: the PUT is sent again after its Retry-After, and the push completes", async () => {
    const target = new URL(virtuoso);
    let busy = 1;
    const port = await listen(
      createHttpServer((req, res) => {
        if (req.method === "PUT" && busy-- > 0) {
          req.resume();
          res.writeHead(503, { "Retry-After": "1" }).end("busy");
          return;
        }
        const forward = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        req.pipe(forward);
      }),
    );
    const result = await runCli(["push", "--endpoint", `http://127.0.0.1:${port}/sparql-graph-crud`, "--graph", GRAPH]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(busy).toBe(-1);
    expect(await graphSize(GRAPH)).toBeGreaterThan(1000);
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
