/**
 * The endpoint in this process, where a test can see what a client cannot: request bodies refused
 * before they are read, queries stopped when their client goes away, and draining on close.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getQuery, RUNAWAY_COUNT, startEndpoint, type TestEndpoint } from "./helpers.js";

/** Sends raw bytes and collects what comes back until the server closes or `until` matches. */
function rawExchange(url: string, request: string, until: RegExp): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    let received = "";
    const socket = connect(Number(port), hostname, () => socket.write(request));
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      received += chunk;
      if (until.test(received)) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(received));
  });
}

describe("the endpoint's request bodies", () => {
  let server: TestEndpoint;
  beforeAll(async () => {
    server = await startEndpoint({ maxBodyBytes: 1000 });
  });
  afterAll(() => server.close());

  const path = () => new URL(server.url).pathname;
  const post = (headers: string) => `POST ${path()} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n${headers}\r\n`;

  it("refuses a declared Content-Length over the limit on the header, before any body is sent", async () => {
    const answer = await rawExchange(server.url, post("Content-Length: 999999999999\r\n"), /\r\n\r\n[^]*\n/);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("Connection: close");
    expect(answer).toContain("999999999999 bytes, more than this endpoint accepts (1000 bytes)");
  });

  it("does not invite a body it would refuse (Expect: 100-continue)", async () => {
    const answer = await rawExchange(server.url, post("Content-Length: 5000\r\nExpect: 100-continue\r\n"), /\r\n\r\n[^]*\n/);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toContain("100 Continue");
  });

  it("invites a body within the limit, and answers it", async () => {
    const query = "ASK { ?s ?p ?o }";
    const request = post(`Content-Length: ${query.length}\r\nExpect: 100-continue\r\nConnection: close\r\n`);
    const { hostname, port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      let received = "";
      const socket = connect(Number(port), hostname, () => socket.write(request));
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => {
        if (!received.includes("100 Continue") && (received + chunk).includes("100 Continue")) socket.write(query);
        received += chunk;
      });
      socket.on("error", reject);
      socket.on("close", () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
    expect(answer).toContain('"boolean": true');
  });

  it("counts a body without a declared length as it arrives", async () => {
    const chunk = "#".repeat(600);
    const body = `${(chunk.length).toString(16)}\r\n${chunk}\r\n`.repeat(2) + "0\r\n\r\n";
    const answer = await rawExchange(server.url, post("Transfer-Encoding: chunked\r\n") + body, /\r\n\r\n[^]*\n/);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("larger than this endpoint accepts (1000 bytes)");
  });
});

describe("the endpoint's queries in flight", () => {
  it("stops a query whose client goes away", async () => {
    const server = await startEndpoint();
    try {
      const client = new AbortController();
      const request = getQuery(server.url, RUNAWAY_COUNT, {}, { signal: client.signal }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      client.abort();
      await request;
      await expect.poll(() => server.pool.replaced, { timeout: 10_000 }).toBe(1);
    } finally {
      await server.close();
    }
  });

  it("on close, answers what finishes within the grace period and stops the rest with a 503", async () => {
    const server = await startEndpoint({ workers: 2 });
    const endless = getQuery(server.url, RUNAWAY_COUNT);
    // A request in flight whose body is still on its way when the endpoint is told to close.
    const query = "ASK { ?s ?p ?o }";
    const { hostname, port } = new URL(server.url);
    const socket = connect(Number(port), hostname);
    socket.setEncoding("utf8");
    let answer = "";
    socket.on("data", (chunk: string) => (answer += chunk));
    const answered = new Promise((resolve) => socket.on("close", resolve));
    socket.write(`POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: ${query.length}\r\n\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const closing = server.close(1000);
    socket.write(query);
    const stopped = await endless;
    await answered;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toContain("Connection: close");
    expect(answer).toContain('"boolean": true');
    expect(stopped.status).toBe(503);
    expect(await stopped.text()).toBe("the endpoint is shutting down\n");
    await closing;
    await expect(getQuery(server.url, "ASK {}")).rejects.toThrow();
  });
});
