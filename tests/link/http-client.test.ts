import { afterEach, describe, expect, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import { E_ENDPOINT, SparqlHttpClient, type HttpClientOptions } from "../../src/link/index.js";
import { EMPTY_RESULT, fakeClock, freePortServer, startFaultServer, type FaultServer, type ScriptedAnswer } from "./helpers/fault-server.js";

const QUERY = "SELECT ?item WHERE { ?item ?p ?o } LIMIT 1";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(script: ScriptedAnswer[], options: Partial<HttpClientOptions> = {}) {
  server = await startFaultServer(script);
  const clock = fakeClock();
  const client = new SparqlHttpClient({ endpoint: server.url, userAgent: "pactgraph-test/1 (+https://example.org/contact)", minIntervalMs: 0, clock, ...options });
  return { client, clock, server };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isPactgraphError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("the polite HTTP client", () => {
  it("sends a GET with the SPARQL JSON media type and the descriptive User-Agent", async () => {
    const { client, server } = await setUp([{}]);
    expect(await client.select(QUERY)).toBe(EMPTY_RESULT);
    const [seen] = server.seen;
    expect(seen?.method).toBe("GET");
    expect(new URL(seen?.url ?? "", "http://x").searchParams.get("query")).toBe(QUERY);
    expect(seen?.headers.accept).toBe("application/sparql-results+json");
    expect(seen?.headers["user-agent"]).toBe("pactgraph-test/1 (+https://example.org/contact)");
  });

  it("POSTs a query too long for a URL", async () => {
    const { client, server } = await setUp([{}]);
    const long = `${QUERY} # ${"x".repeat(3000)}`;
    await client.select(long);
    expect(server.seen[0]?.method).toBe("POST");
    expect(new URLSearchParams(server.seen[0]?.body).get("query")).toBe(long);
  });

  it("waits as long as a 429's Retry-After says (fake clock), then succeeds", async () => {
    const { client, clock, server } = await setUp([{ status: 429, headers: { "Retry-After": "7" } }, {}]);
    expect(await client.select(QUERY)).toBe(EMPTY_RESULT);
    expect(clock.waits).toEqual([7000]);
    expect(server.seen).toHaveLength(2);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    const { client, clock } = await setUp([{ status: 503, headers: { "Retry-After": new Date(1_000_000 + 12_000).toUTCString() } }, {}]);
    await client.select(QUERY);
    expect(clock.waits).toEqual([12_000]);
  });

  it("backs off exponentially on 503 without Retry-After, and gives up after the retries", async () => {
    const { client, clock, server } = await setUp([{ status: 503, body: "busy" }], { maxRetries: 3, backoffMs: 500 });
    const error = await failure(client.select(QUERY));
    expect(error.code).toBe(E_ENDPOINT);
    expect(error.message).toContain("HTTP 503 Service Unavailable; gave up after 4 attempts");
    expect(clock.waits).toEqual([500, 1000, 2000]);
    expect(server.seen).toHaveLength(4);
  });

  it("gives up at once when Retry-After asks for longer than it will wait", async () => {
    const { client, clock } = await setUp([{ status: 429, headers: { "Retry-After": "3600" } }], { maxRetryAfterMs: 60_000 });
    expect((await failure(client.select(QUERY))).message).toContain("asked to wait 3600 s (Retry-After); try again later");
    expect(clock.waits).toEqual([]);
  });

  it("does not retry a client error and shows the server's message", async () => {
    const { client, server } = await setUp([{ status: 400, body: "Parse error: unexpected token" }]);
    expect((await failure(client.select(QUERY))).message).toContain("HTTP 400 Bad Request: Parse error: unexpected token");
    expect(server.seen).toHaveLength(1);
  });

  it("times a slow response out and retries it a bounded number of times", async () => {
    const { client, clock, server } = await setUp([{ delayMs: 10_000 }], { timeoutMs: 300, maxRetries: 1 });
    expect((await failure(client.select(QUERY))).message).toContain("timed out after 300 ms; gave up after 2 attempts");
    // Counted by the client: on a busy machine the server may not see a request before it is aborted.
    expect(client.requests).toBe(2);
    expect(server.seen.length).toBeGreaterThanOrEqual(1);
    expect(clock.waits).toEqual([1000]);
  });

  it("retries a connection cut in the middle of the body", async () => {
    const { client, server } = await setUp([{ cutAfterBytes: 10 }, {}]);
    expect(await client.select(QUERY)).toBe(EMPTY_RESULT);
    expect(server.seen).toHaveLength(2);
  });

  it("reports an endpoint that is down after its retries", async () => {
    const url = await freePortServer();
    const clock = fakeClock();
    const client = new SparqlHttpClient({ endpoint: url, userAgent: "t", minIntervalMs: 0, maxRetries: 2, clock });
    const error = await failure(client.select(QUERY));
    expect(error.message).toBe(`${url}: request failed (ECONNREFUSED); gave up after 3 attempts`);
    expect(clock.waits).toEqual([1000, 2000]);
    expect(client.requests).toBe(3);
  });

  it("keeps a minimum interval between requests and sends them one at a time", async () => {
    const { client, clock, server } = await setUp([{ delayMs: 30 }], { minIntervalMs: 1000 });
    await Promise.all([client.select(QUERY), client.select(QUERY), client.select(QUERY)]);
    expect(server.maxConcurrent()).toBe(1);
    expect(clock.waits).toEqual([1000, 1000]); // the fake clock stands still while requests run
    clock.advance(400);
    await client.select(QUERY);
    expect(clock.waits).toEqual([1000, 1000, 600]);
  });
});
