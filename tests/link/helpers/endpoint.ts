/**
 * A real SPARQL endpoint for the linker's tests: Comunica's HTTP endpoint over the Wikidata-shaped
 * fixture, bound to 127.0.0.1, behind a loopback proxy that counts the requests and records their
 * User-Agent, so tests can assert how many HTTP requests a run made.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { ROOT } from "../../helpers/project.js";

export const FIXTURE_DIR = join(ROOT, "tests", "fixtures", "wikidata");
export const FIXTURE_TTL = join(FIXTURE_DIR, "wikidata.ttl");
export const TEST_ENTITIES_TTL = join(FIXTURE_DIR, "test-entities.ttl");
/** Wikidata-shaped statements (P463 with qualifiers, revisions, a redirect) for the federation and enrich tests. */
export const STATEMENTS_TTL = join(FIXTURE_DIR, "statements.ttl");
/** Fictional corpus additions whose memberships the statements agree and disagree with. */
export const FEDERATION_ENTITIES_TTL = join(FIXTURE_DIR, "federation-entities.ttl");

export interface FixtureEndpointOptions {
  /** Answer these requests (1 = the first the proxy sees) with 429 and this Retry-After instead of forwarding them. */
  readonly rateLimit?: { readonly requests: readonly number[]; readonly retryAfterSeconds: number };
}

export interface FixtureEndpoint {
  /** The proxy's SPARQL URL: what the linker is pointed at. */
  readonly url: string;
  /** The port Comunica itself listens on (on 127.0.0.1 only). */
  readonly upstreamPort: number;
  /** Requests that reached the proxy so far. */
  readonly requests: () => number;
  /** The SPARQL query text of each request, in order (GET's query parameter or POST's body). */
  readonly queries: () => readonly string[];
  /** Requests answered with 429 so far. */
  readonly rateLimited: () => number;
  readonly userAgents: () => readonly string[];
  readonly close: () => Promise<void>;
}

/** A port nothing listens on at the moment (for "endpoint down" tests, too). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the fixture endpoint exited with ${child.exitCode}:\n${log()}`);
    const ok = await fetch(url, { method: "HEAD" }).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the fixture endpoint did not answer within 90 s:\n${log()}`);
}

/** Starts Comunica on the fixture (plus `extraFiles`) and the counting proxy in front of it. */
export async function startFixtureEndpoint(extraFiles: readonly string[] = [], options: FixtureEndpointOptions = {}): Promise<FixtureEndpoint> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(FIXTURE_DIR, "loopback-endpoint.mjs"), FIXTURE_TTL, ...extraFiles, "-p", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const upstream = `http://127.0.0.1:${port}/sparql`;
  try {
    await waitUntilAnswering(upstream, child, () => stderr);
  } catch (error) {
    child.kill();
    throw error;
  }

  let requests = 0;
  let rateLimited = 0;
  const userAgents: string[] = [];
  const queries: string[] = [];
  const proxy: Server = createServer((req, res) => {
    requests++;
    userAgents.push(req.headers["user-agent"] ?? "");
    const fromUrl = new URL(req.url ?? "/", "http://127.0.0.1").searchParams.get("query");
    if (fromUrl !== null) queries.push(fromUrl);
    else {
      const index = queries.push("") - 1;
      req.on("data", (chunk: Buffer) => (queries[index] += chunk.toString("utf8")));
      req.on("end", () => {
        const body = queries[index]!;
        queries[index] = body.startsWith("query=") ? (new URLSearchParams(body).get("query") ?? body) : body;
      });
    }
    if (options.rateLimit?.requests.includes(requests)) {
      rateLimited++;
      req.resume();
      res.writeHead(429, { "Retry-After": String(options.rateLimit.retryAfterSeconds), "Content-Type": "text/plain" });
      res.end("Too Many Requests (fixture rate limit)");
      return;
    }
    const forward = httpRequest(`http://127.0.0.1:${port}${req.url ?? "/"}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on("error", (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxyPort = (proxy.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${proxyPort}/sparql`,
    upstreamPort: port,
    requests: () => requests,
    queries: () => queries,
    rateLimited: () => rateLimited,
    userAgents: () => userAgents,
    close: async () => {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
