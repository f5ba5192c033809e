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

export interface FixtureEndpoint {
  /** The proxy's SPARQL URL: what the linker is pointed at. */
  readonly url: string;
  /** The port Comunica itself listens on (on 127.0.0.1 only). */
  readonly upstreamPort: number;
  /** Requests that reached the proxy so far. */
  readonly requests: () => number;
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
export async function startFixtureEndpoint(extraFiles: readonly string[] = []): Promise<FixtureEndpoint> {
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
  const userAgents: string[] = [];
  const proxy: Server = createServer((req, res) => {
    requests++;
    userAgents.push(req.headers["user-agent"] ?? "");
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
