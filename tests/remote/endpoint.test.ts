/**
 * The fetch Comunica uses for `--endpoint` sources: Comunica's own request shapes, limits on the
 * body it streams, credentials for the endpoint's origin only. Whole queries through Comunica:
 * tests/integration/endpoint-faults.test.ts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { HttpError } from "../../src/net/index.js";
import { endpointSource, type EndpointOptions } from "../../src/remote/index.js";
import { runCli } from "../helpers/cli.js";
import { fakeClock, startFaultServer, type FaultServer, type ScriptedAnswer } from "../link/helpers/fault-server.js";
import { failure } from "../net/helpers/failure.js";

const MiB = 1024 * 1024;
const ONE_ROW = JSON.stringify({ head: { vars: ["s"] }, results: { bindings: [{ s: { type: "uri", value: "http://example.org/a" } }] } });
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(script: ScriptedAnswer[]): Promise<FaultServer> {
  const server = await startFaultServer(script);
  servers.push(server);
  return server;
}

function fetchOf(url: string, options: Partial<EndpointOptions> = {}): typeof fetch {
  const source = endpointSource(url, { env: {}, clock: fakeClock(), ...options });
  expect(source.retries).toBe(0); // Comunica's own retries stay off: the client is the one retry rule
  return source.fetch!;
}

describe("the endpoint fetch", () => {
  it("takes Comunica's init (headers as a hash, keepalive, agent, dispatcher) and sends pactgraph's User-Agent", async () => {
    const server = await serve([{ body: ONE_ROW }]);
    // What Comunica's FetchInitPreprocessor passes: `agent` is for node-fetch; Node's fetch must not choke on it.
    const init = { method: "GET", headers: { accept: "application/sparql-results+json", "user-agent": "Comunica/5.0" }, keepalive: true, agent: () => undefined, dispatcher: undefined };
    const response = await fetchOf(server.url)(`${server.url}?query=ASK%7B%7D`, init);
    expect(await response.text()).toBe(ONE_ROW);
    expect(response.url).toBe(`${server.url}?query=ASK%7B%7D`);
    expect(server.seen[0]?.headers["user-agent"]).toMatch(/^pactgraph\/\d+\.\d+\.\d+ \(\+https:\/\/w3id\.org\/pactgraph; SPARQL queries\) Node\.js\//);
    expect(server.seen[0]?.headers.accept).toBe("application/sparql-results+json");
  });

  it("takes a Request as input, with its method, headers and body", async () => {
    const server = await serve([{ body: ONE_ROW }]);
    const request = new Request(server.url, { method: "POST", headers: { "Content-Type": "application/sparql-query" }, body: "SELECT * {}" });
    await (await fetchOf(server.url)(request)).text();
    expect(server.seen[0]).toMatchObject({ method: "POST", body: "SELECT * {}", headers: { "content-type": "application/sparql-query" } });
  });

  it("retries busy answers (queries are safe to repeat, POSTed ones too), then fails with the client's error", async () => {
    const server = await serve([{ status: 503 }]);
    const error = await failure(fetchOf(server.url)(server.url, { method: "POST", body: "query=ASK%7B%7D" }));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toBe(`endpoint ${server.url}: HTTP 503 Service Unavailable; gave up after 3 attempts`);
    expect(server.seen).toHaveLength(3);
  });

  it("hands other error statuses to Comunica, which reads the endpoint's message", async () => {
    const server = await serve([{ status: 400, body: "Parse error" }]);
    const response = await fetchOf(server.url)(server.url);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Parse error");
  });

  it("bounds the body it hands over in size…", async () => {
    const server = await serve([{ hugeBytes: 200 * MiB }]);
    const response = await fetchOf(server.url, { maxResponseBytes: 4 * MiB })(server.url);
    expect(response.status).toBe(200);
    const error = await failure(response.text());
    expect(error.code).toBe("E_TOO_LARGE");
    expect(error.message).toBe(`endpoint ${server.url}: the response is larger than the limit of 4 MiB; raise it with --max-response`);
    expect(server.bytesSent[0]).toBeLessThan(40 * MiB);
  });

  it("…and in time", async () => {
    const server = await serve([{ trickle: { bytes: 1, everyMs: 10 } }]);
    const response = await fetchOf(server.url, { timeoutMs: 300 })(server.url);
    const error = await failure(response.text());
    expect(error.code).toBe("E_TIMEOUT");
    expect(error.message).toBe(`endpoint ${server.url}: no complete answer within 300 ms; raise the limit with --timeout`);
  });

  it("sends PACTGRAPH_AUTH_* credentials to the endpoint's origin only, never to another (a SERVICE)", async () => {
    const [endpoint, service] = [await serve([{ body: ONE_ROW }]), await serve([{ body: ONE_ROW }])];
    const fetch = fetchOf(endpoint.url, { env: { PACTGRAPH_AUTH_TOKEN: "t0ken" } });
    await (await fetch(endpoint.url)).text();
    await (await fetch(service.url)).text();
    expect(endpoint.seen[0]?.headers.authorization).toBe("Bearer t0ken");
    expect(service.seen[0]?.headers.authorization).toBeUndefined();
  });

  it("refuses request URLs with credentials, without echoing them", async () => {
    const server = await serve([{}]);
    const error = await failure(fetchOf(server.url)(server.url.replace("http://", "http://me:s3cret@")));
    expect(error.code).toBe("E_USAGE");
    expect(error.message).not.toContain("s3cret");
    expect(server.seen).toHaveLength(0);
  });
});

describe("pactgraph query --endpoint", () => {
  it("refuses an endpoint URL with credentials, exit 2, without echoing them", async () => {
    const server = await serve([{}]);
    const result = await runCli(["query", "-q", "ASK {}", "--endpoint", server.url.replace("http://", "http://me:s3cret@")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--endpoint must not carry a user name or password");
    expect(result.stderr).not.toContain("s3cret");
    expect(server.seen).toHaveLength(0);
  });
});
