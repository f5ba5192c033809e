/** `pactgraph push` through the HTTP client, against a loopback store that misbehaves on cue. Virtuoso: tests/integration. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { startFaultServer, type FaultServer, type ScriptedAnswer } from "../link/helpers/fault-server.js";

const MiB = 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "pactgraph-push-"));
const DATA = join(dir, "two.ttl");
writeFileSync(DATA, "<http://example.org/a> <http://example.org/p> 1, 2 .\n");
const COUNT_TWO = JSON.stringify({ head: { vars: ["n"] }, results: { bindings: [{ n: { type: "literal", value: "2" } }] } });

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function push(script: ScriptedAnswer[], ...args: string[]) {
  server = await startFaultServer(script);
  // "SPARQL" stands for the server's own URL: it answers the count query too.
  const result = await runCli(["push", "--data", DATA, "--endpoint", server.url, ...args.map((a) => (a === "SPARQL" ? server!.url : a))]);
  return { ...result, server };
}

describe("pactgraph push through the HTTP client", () => {
  it("retries a busy store after its Retry-After, then verifies the count", async () => {
    const { status, stdout, stderr, server } = await push([{ status: 503, headers: { "Retry-After": "0" } }, { status: 204, body: "" }, { body: COUNT_TWO }], "--sparql", "SPARQL");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^pushed 2 triples to <https:\/\/w3id\.org\/pactgraph\/graph\/main> in \d+ ms; the store holds 2/);
    expect(server.seen.map((s) => s.method)).toEqual(["PUT", "PUT", "POST"]);
    expect(server.seen[1]?.body).toBe("<http://example.org/a> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n<http://example.org/a> <http://example.org/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
    expect(server.seen[0]?.headers["user-agent"]).toMatch(/^pactgraph\/\S+ \(\+https:\/\/w3id\.org\/pactgraph; graph store push\) Node\.js\//);
  });

  it("does not retry a store's refusal, and says what it answered", async () => {
    const { status, stderr, server } = await push([{ status: 400, body: "bad triples" }]);
    expect(status).toBe(1);
    expect(stderr).toBe("pactgraph: the store rejected the push: HTTP 400 Bad Request: bad triples\n");
    expect(server.seen).toHaveLength(1);
  });

  it("gives up on a store that does not answer within --timeout", async () => {
    const { status, stderr } = await push([{ delayMs: 5000 }], "--timeout", "300ms", "--retries", "0");
    expect(status).toBe(1);
    expect(stderr).toMatch(/^pactgraph: cannot push to http:\/\/127\.0\.0\.1:\d+\/sparql: no complete answer within 300 ms; raise the limit with --timeout\n$/);
  });

  it("reads the graph back within --max-response", async () => {
    const { status, stderr, server } = await push([{ status: 204, body: "" }, { hugeBytes: 200 * MiB }], "--max-response", "1M");
    expect(status).toBe(1);
    expect(stderr).toMatch(/^pactgraph: cannot verify the push: http:\/\/127\.0\.0\.1:\d+\/sparql: the response is larger than the limit of 1 MiB; raise it with --max-response\n$/);
    expect(server.bytesSent[1]).toBeLessThan(40 * MiB);
  });

  it.each(["--endpoint", "--sparql"])("refuses credentials in %s with exit 2, before anything is sent, and never echoes them", async (option) => {
    server = await startFaultServer([{}]);
    const url = server.url.replace("http://", "http://dba:s3cret@");
    const args = option === "--endpoint" ? ["--endpoint", url] : ["--endpoint", server.url, "--sparql", url];
    const result = await runCli(["push", "--data", DATA, ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`pactgraph: ${option} must not carry a user name or password; put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN\n`);
    expect(server.seen).toHaveLength(0);
  });
});
