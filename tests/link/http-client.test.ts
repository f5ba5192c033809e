/** The linker's polite SPARQL client: what it sends, how it paces itself, when it gives up. Limits and retries: tests/net. */
import { afterEach, describe, expect, it } from "vitest";
import { CircuitOpenError } from "../../src/net/index.js";
import { SparqlHttpClient, type SparqlClientOptions } from "../../src/link/index.js";
import { failure, peakRssGrowth } from "../net/helpers/failure.js";
import { EMPTY_RESULT, fakeClock, startFaultServer, type FaultServer, type ScriptedAnswer } from "./helpers/fault-server.js";

const QUERY = "SELECT ?item WHERE { ?item ?p ?o } LIMIT 1";
const MiB = 1024 * 1024;

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(script: ScriptedAnswer[], options: Partial<SparqlClientOptions> = {}) {
  server = await startFaultServer(script);
  const clock = fakeClock();
  const client = new SparqlHttpClient({ endpoint: server.url, userAgent: "pactgraph-test/1 (+https://example.org/contact)", minIntervalMs: 0, clock, ...options });
  return { client, clock, server };
}

describe("the polite SPARQL client", () => {
  it("sends a GET with the SPARQL JSON media type and the descriptive User-Agent", async () => {
    const { client, server } = await setUp([{}]);
    expect(await client.select(QUERY)).toBe(EMPTY_RESULT);
    const [seen] = server.seen;
    expect(seen?.method).toBe("GET");
    expect(new URL(seen?.url ?? "", "http://x").searchParams.get("query")).toBe(QUERY);
    expect(seen?.headers.accept).toBe("application/sparql-results+json");
    expect(seen?.headers["user-agent"]).toBe("pactgraph-test/1 (+https://example.org/contact)");
  });

  it("POSTs a query too long for a URL, and retries it like a GET (a query is safe to repeat)", async () => {
    const { client, server } = await setUp([{ status: 503 }, {}]);
    const long = `${QUERY} # ${"x".repeat(3000)}`;
    await client.select(long);
    expect(server.seen.map((s) => s.method)).toEqual(["POST", "POST"]);
    expect(new URLSearchParams(server.seen[1]?.body).get("query")).toBe(long);
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

  it("keeps the interval between a retry and the request before it", async () => {
    const { client, clock } = await setUp([{ status: 429, headers: { "Retry-After": "0" } }, {}], { minIntervalMs: 1000 });
    await client.select(QUERY);
    expect(clock.waits).toEqual([0, 1000]);
  });

  it("gives up on the endpoint after three failed lookups in a row (retries included in each)", async () => {
    const { client, server } = await setUp([{ status: 503 }], { maxRetries: 1 });
    for (let i = 0; i < 3; i++) expect((await failure(client.select(QUERY))).message).toContain("HTTP 503 Service Unavailable; gave up after 2 attempts");
    expect(await failure(client.select(QUERY))).toBeInstanceOf(CircuitOpenError);
    expect(server.seen).toHaveLength(6);
    expect(client.requests).toBe(6);
  });

  it("reads at most 50 MiB of an answer by default: a 200 MiB one fails without holding it", async () => {
    const { client, server } = await setUp([{ hugeBytes: 200 * MiB }]);
    const { result: error, growth } = await peakRssGrowth(() => failure(client.select(QUERY)));
    expect(error.code).toBe("E_TOO_LARGE");
    expect(error.message).toContain("larger than the limit of 50 MiB; raise it with --max-response");
    expect(server.bytesSent[0]).toBeLessThan(100 * MiB);
    expect(growth).toBeLessThan(200 * MiB);
  });
});
