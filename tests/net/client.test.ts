/** The one HTTP client against a real loopback server that misbehaves on cue. */
import { afterEach, describe, expect, it } from "vitest";
import { CircuitBreaker, CircuitOpenError, HttpClient, HttpError, type HttpClientOptions } from "../../src/net/index.js";
import { EMPTY_RESULT, fakeClock, freePortServer, startFaultServer, type FaultServer, type ScriptedAnswer } from "../link/helpers/fault-server.js";
import { failure, peakRssGrowth } from "./helpers/failure.js";

const MiB = 1024 * 1024;
const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function setUp(script: ScriptedAnswer[], options: Partial<HttpClientOptions> = {}) {
  const server = await startFaultServer(script);
  servers.push(server);
  const clock = fakeClock();
  const client = new HttpClient({ userAgent: "pactgraph-test/1", timeoutMs: 5000, maxResponseBytes: MiB, limitOption: "--max-response", clock, ...options });
  return { client, clock, server };
}

describe("retries", () => {
  it("waits as long as a 429's Retry-After says (fake clock), then succeeds", async () => {
    const { client, clock, server } = await setUp([{ status: 429, headers: { "Retry-After": "7" } }, {}]);
    expect((await client.send(server.url)).text()).toBe(EMPTY_RESULT);
    expect(clock.waits).toEqual([7000]);
    expect(server.seen).toHaveLength(2);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    const { client, clock, server } = await setUp([{ status: 503, headers: { "Retry-After": new Date(1_000_000 + 12_000).toUTCString() } }, {}]);
    await client.send(server.url);
    expect(clock.waits).toEqual([12_000]);
  });

  it("backs off exponentially up to the cap without Retry-After, then gives up", async () => {
    const { client, clock, server } = await setUp([{ status: 503, body: "busy" }], { retry: { retries: 4, backoffMs: 500, maxBackoffMs: 2000 } });
    const error = await failure(client.send(server.url));
    expect(error.code).toBe("E_ENDPOINT");
    expect(error.message).toBe(`${server.url}: HTTP 503 Service Unavailable; gave up after 5 attempts`);
    expect(clock.waits).toEqual([500, 1000, 2000, 2000]);
    expect(server.seen).toHaveLength(5);
  });

  it.each([429, 500, 502, 503, 504])("retries HTTP %i", async (status) => {
    const { client, server } = await setUp([{ status }, {}]);
    await client.send(server.url);
    expect(server.seen).toHaveLength(2);
  });

  it("gives up at once when Retry-After asks for longer than it will wait", async () => {
    const { client, clock, server } = await setUp([{ status: 429, headers: { "Retry-After": "3600" } }], { retry: { maxRetryAfterMs: 60_000 } });
    expect((await failure(client.send(server.url))).message).toContain("HTTP 429 Too Many Requests and asked to wait 3600 s (Retry-After); try again later");
    expect(clock.waits).toEqual([]);
  });

  it("does not retry a client error and quotes the server's message", async () => {
    const { client, server } = await setUp([{ status: 400, body: "Parse error:\n  unexpected token" }]);
    const error = await failure(client.send(server.url));
    expect(error.message).toBe(`${server.url}: HTTP 400 Bad Request: Parse error: unexpected token`);
    expect(server.seen).toHaveLength(1);
  });

  it("retries an idempotent PUT but not a POST, unless the POST says it is safe to repeat", async () => {
    const { client, server } = await setUp([{ status: 503 }]);
    await failure(client.send(server.url, { method: "PUT", body: "x" }));
    expect(server.seen).toHaveLength(3);
    await failure(client.send(server.url, { method: "POST", body: "x" }));
    expect(server.seen).toHaveLength(4);
    await failure(client.send(server.url, { method: "POST", body: "query=x", idempotent: true }));
    expect(server.seen).toHaveLength(7);
    expect(server.seen.map((s) => s.body)).toEqual(["x", "x", "x", "x", "query=x", "query=x", "query=x"]);
  });

  it("retries a connection cut in the middle of the body", async () => {
    const { client, server } = await setUp([{ cutAfterBytes: 10 }, {}]);
    expect((await client.send(server.url)).text()).toBe(EMPTY_RESULT);
    expect(server.seen).toHaveLength(2);
  });

  it("reports an endpoint that is down after its retries", async () => {
    const url = await freePortServer();
    const clock = fakeClock();
    const client = new HttpClient({ userAgent: "t", timeoutMs: 5000, maxResponseBytes: MiB, limitOption: "--max-response", clock });
    const error = await failure(client.send(url));
    expect(error.code).toBe("E_ENDPOINT");
    expect(error.message).toMatch(new RegExp(`^${url}: request failed: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+; gave up after 3 attempts$`));
    expect(clock.waits).toEqual([1000, 2000]);
    expect(client.requests).toBe(3);
  });
});

describe("time limits", () => {
  it("time out an answer whose headers do not come, and retry it a bounded number of times", async () => {
    const { client, clock, server } = await setUp([{ delayMs: 10_000 }], { timeoutMs: 200, timeoutOption: "--timeout", retry: { retries: 1 } });
    const error = await failure(client.send(server.url));
    expect(error.code).toBe("E_TIMEOUT");
    expect(error.message).toBe(`${server.url}: no complete answer within 200 ms; raise the limit with --timeout; gave up after 2 attempts`);
    // Counted by the client: on a busy machine the server may not see a request before it is aborted.
    expect(client.requests).toBe(2);
    expect(clock.waits).toEqual([1000]);
  });

  it("cover the body: headers at once, then a trickle, fails when the time is up", async () => {
    const { client, server } = await setUp([{ trickle: { bytes: 1, everyMs: 10 } }], { timeoutMs: 300, retry: { retries: 0 } });
    const error = await failure(client.send(server.url));
    expect(error.code).toBe("E_TIMEOUT");
    expect(error.message).toBe(`${server.url}: no complete answer within 300 ms`);
    expect(server.bytesSent[0]).toBeGreaterThan(0);
  });
});

describe("size limits", () => {
  it("stop reading a 200 MiB answer at the limit, with little memory held, and do not retry it", async () => {
    const { client, server } = await setUp([{ hugeBytes: 200 * MiB }], { maxResponseBytes: 8 * MiB });
    const { result: error, growth } = await peakRssGrowth(() => failure(client.send(server.url)));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.code).toBe("E_TOO_LARGE");
    expect(error.message).toBe(`${server.url}: the response is larger than the limit of 8 MiB; raise it with --max-response`);
    expect(server.seen).toHaveLength(1);
    expect(server.bytesSent[0]).toBeLessThan(40 * MiB);
    expect(growth).toBeLessThan(120 * MiB);
  });

  it("refuse an announced Content-Length over the limit before reading", async () => {
    const { client, server } = await setUp([{ body: "x".repeat(2000) }], { maxResponseBytes: 1000 });
    expect((await failure(client.send(server.url))).message).toContain("larger than the limit of 1000 bytes");
  });

  it("accept an answer of exactly the limit", async () => {
    const { client, server } = await setUp([{ body: "x".repeat(1000) }], { maxResponseBytes: 1000 });
    expect((await client.send(server.url)).bytes.byteLength).toBe(1000);
  });
});

describe("the circuit breaker", () => {
  it("stops asking after N failed exchanges in a row; a success starts the count over", async () => {
    const breaker = new CircuitBreaker(2);
    const { client, server } = await setUp([{ status: 500 }, {}, { status: 500 }, { status: 500 }], { breaker, retry: { retries: 0 } });
    await failure(client.send(server.url));
    await client.send(server.url);
    await failure(client.send(server.url));
    expect(breaker.open).toBe(false);
    await failure(client.send(server.url));
    expect(breaker.open).toBe(true);
    const error = await failure(client.send(server.url));
    expect(error).toBeInstanceOf(CircuitOpenError);
    expect(error.message).toBe(`${server.url}: not attempted: the endpoint failed 2 times in a row`);
    expect(server.seen).toHaveLength(4);
  });

  it("does not count an answer that was only too large", async () => {
    const breaker = new CircuitBreaker(1);
    const { client, server } = await setUp([{ body: "x".repeat(2000) }], { breaker, maxResponseBytes: 1000 });
    await failure(client.send(server.url));
    expect(breaker.open).toBe(false);
  });
});

describe("headers, credentials and messages", () => {
  it("sends the User-Agent it was given on every request", async () => {
    const { client, server } = await setUp([{}]);
    await client.send(server.url, { headers: { "User-Agent": "something else", Accept: "text/plain" } });
    expect(server.seen[0]?.headers["user-agent"]).toBe("pactgraph-test/1");
    expect(server.seen[0]?.headers.accept).toBe("text/plain");
  });

  it("refuses URLs with credentials in them, without echoing them", async () => {
    const { client, server } = await setUp([{}]);
    const error = await failure(client.send(server.url.replace("http://", "http://user:s3cret@")));
    expect(error.code).toBe("E_USAGE");
    expect(error.message).not.toContain("s3cret");
    expect(server.seen).toHaveLength(0);
  });

  it("never prints credentials a redirect puts in a URL", async () => {
    const { client, server } = await setUp([{ status: 302, headers: { Location: "http://user:s3cret@127.0.0.1:9/elsewhere" } }], { retry: { retries: 0 } });
    const error = await failure(client.send(server.url));
    expect(error.code).toBe("E_ENDPOINT");
    expect(error.message).not.toContain("s3cret");
  });

  it("sends credentials only to the origins they belong to", async () => {
    const other = await startFaultServer([{}]);
    servers.push(other);
    const { client, server } = await setUp([{}], { auth: { credentials: { scheme: "bearer", token: "t0ken" }, origins: [] } });
    const scoped = new HttpClient({ ...client.options, auth: { credentials: { scheme: "bearer", token: "t0ken" }, origins: [new URL(server.url).origin] } });
    await scoped.send(server.url);
    await scoped.send(other.url);
    expect(server.seen[0]?.headers.authorization).toBe("Bearer t0ken");
    expect(other.seen[0]?.headers.authorization).toBeUndefined();
  });

  it.each([
    [{ scheme: "none" } as const, "HTTP 401 (authentication); set PACTGRAPH_AUTH_USER/PACTGRAPH_AUTH_PASSWORD (PACTGRAPH_AUTH_SCHEME=digest for Virtuoso) or PACTGRAPH_AUTH_TOKEN"],
    [{ scheme: "basic", user: "u", password: "p" } as const, "HTTP 401 (authentication): the credentials from PACTGRAPH_AUTH_* were refused"],
  ])("reports a refusal as E_AUTH (with %j) and does not retry it", async (credentials, reason) => {
    const { client, server } = await setUp([{ status: 401 }]);
    const authed = new HttpClient({ ...client.options, auth: { credentials, origins: [new URL(server.url).origin] } });
    const error = await failure(authed.send(server.url));
    expect(error.code).toBe("E_AUTH");
    expect(error.message).toBe(`${server.url}: ${reason}`);
    expect(server.seen).toHaveLength(1);
  });
});
