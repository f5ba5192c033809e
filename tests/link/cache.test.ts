import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import { CachedSparqlSource, E_RESPONSE, ResponseCache, SparqlHttpClient } from "../../src/link/index.js";
import { EMPTY_RESULT, fakeClock, startFaultServer, type FaultServer, type ScriptedAnswer } from "./helpers/fault-server.js";

const QUERY = "SELECT ?item WHERE { ?item ?p ?o } LIMIT 1";
const DAY = 86_400_000;

let directory: string;
let server: FaultServer | undefined;
beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "pactgraph-cache-"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(directory, { recursive: true, force: true });
});

async function sourceOver(script: ScriptedAnswer[], options: { refresh?: boolean; readOnly?: boolean } = {}) {
  server = await startFaultServer(script);
  const clock = fakeClock();
  const client = new SparqlHttpClient({ endpoint: server.url, userAgent: "t", minIntervalMs: 0, maxRetries: 0, clock });
  const cache = new ResponseCache({ directory, ttlMs: DAY, clock, readOnly: options.readOnly });
  return { source: new CachedSparqlSource(client, cache, options.refresh), cache, clock, server };
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isPactgraphError(error)) return error.code;
    throw error;
  }
  return "no error";
}

describe("the response cache", () => {
  it("answers a repeated query from disk, without a request", async () => {
    const { source, server, cache } = await sourceOver([{}]);
    await source.select(QUERY);
    const again = await source.select(QUERY);
    expect(again.rows).toEqual([]);
    expect(server.seen).toHaveLength(1);
    expect(cache.hits).toBe(1);
    expect(readdirSync(directory)).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.json$/)]);
  });

  it("keys entries by endpoint and query", async () => {
    const { source, server } = await sourceOver([{}]);
    await source.select(QUERY);
    await source.select(`${QUERY} # another`);
    expect(server.seen).toHaveLength(2);
  });

  it("treats an entry older than the TTL as a miss", async () => {
    const { source, server, clock } = await sourceOver([{}]);
    await source.select(QUERY);
    clock.advance(DAY + 1);
    await source.select(QUERY);
    expect(server.seen).toHaveLength(2);
  });

  it("is bypassed by --refresh, which still stores the new response", async () => {
    const { source, server, cache } = await sourceOver([{}], { refresh: true });
    await source.select(QUERY);
    await source.select(QUERY);
    expect(server.seen).toHaveLength(2);
    expect(await cache.get(server.url, QUERY)).toBe(EMPTY_RESULT);
  });

  it.each([
    ["garbage", "not json at all {"],
    ["a truncated entry", '{"version":1,"endpoint":"'],
    ["an entry of another query", JSON.stringify({ version: 1, endpoint: "x", query: "y", storedAt: 1_000_000, body: EMPTY_RESULT })],
    ["an entry whose body is not SPARQL JSON", "BODY"],
  ])("treats %s as a miss, never a crash, and replaces it", async (_name, content) => {
    const { source, server, cache } = await sourceOver([{}]);
    const path = cache.pathOf(server.url, QUERY);
    const text = content === "BODY" ? JSON.stringify({ version: 1, endpoint: server.url, query: QUERY, storedAt: 1_000_000, body: "<html>" }) : content;
    writeFileSync(path, text);
    expect((await source.select(QUERY)).rows).toEqual([]);
    expect(server.seen).toHaveLength(1);
    expect(JSON.parse(readFileSync(path, "utf8"))).toMatchObject({ query: QUERY, body: EMPTY_RESULT });
  });

  it.each([
    ["truncated JSON", EMPTY_RESULT.slice(0, 25)],
    ["an HTML error page", "<html><body>Service temporarily unavailable</body></html>"],
    ["JSON that is not a SELECT result", '{"boolean": true}'],
    ["an empty body", ""],
  ])("never caches %s: it is an error for the lookup", async (_name, body) => {
    const { source } = await sourceOver([{ body }]);
    expect(await errorCode(source.select(QUERY))).toBe(E_RESPONSE);
    expect(readdirSync(directory)).toEqual([]);
  });

  it("writes nothing when read-only (dry runs)", async () => {
    const { source } = await sourceOver([{}], { readOnly: true });
    await source.select(QUERY);
    expect(readdirSync(directory)).toEqual([]);
  });
});
