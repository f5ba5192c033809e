/**
 * A loopback HTTP server that misbehaves on cue, for the client's fault tests: each request takes
 * the next scripted answer (the last one repeats). It records every request it sees.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Wait this long before answering (a slow endpoint). */
  readonly delayMs?: number;
  /** Announce the full body's length, send only this many bytes, then cut the connection. */
  readonly cutAfterBytes?: number;
}

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

export interface FaultServer {
  readonly url: string;
  readonly seen: SeenRequest[];
  /** The most requests that were in flight at once. */
  readonly maxConcurrent: () => number;
  readonly close: () => Promise<void>;
}

/** A valid, empty SPARQL SELECT result. */
export const EMPTY_RESULT = JSON.stringify({ head: { vars: ["item"] }, results: { bindings: [] } });

/** Starts the server on 127.0.0.1 with `script`. */
export async function startFaultServer(script: readonly ScriptedAnswer[]): Promise<FaultServer> {
  const seen: SeenRequest[] = [];
  let inFlight = 0;
  let maxConcurrent = 0;
  const server: Server = createServer((req, res) => {
    const answer = script[Math.min(seen.length, script.length - 1)] ?? {};
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      inFlight++;
      maxConcurrent = Math.max(maxConcurrent, inFlight);
      res.on("close", () => inFlight--);
      const respond = () => {
        const payload = Buffer.from(answer.body ?? EMPTY_RESULT, "utf8");
        const headers = { "Content-Type": "application/sparql-results+json", "Content-Length": String(payload.length), ...answer.headers };
        res.writeHead(answer.status ?? 200, headers);
        if (answer.cutAfterBytes === undefined) res.end(payload);
        else res.write(payload.subarray(0, answer.cutAfterBytes), () => res.destroy());
      };
      if (answer.delayMs) setTimeout(respond, answer.delayMs).unref();
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    seen,
    maxConcurrent: () => maxConcurrent,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The URL of an endpoint that is down: a loopback port nothing listens on. */
export async function freePortServer(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/sparql`;
}

/** A fake clock: `sleep` records the wait and advances time instantly. */
export function fakeClock(start = 1_000_000): { now: () => number; sleep: (ms: number) => Promise<void>; waits: number[]; advance: (ms: number) => void } {
  let time = start;
  const waits: number[] = [];
  return {
    now: () => time,
    sleep: (ms: number) => {
      waits.push(ms);
      time += ms;
      return Promise.resolve();
    },
    waits,
    advance: (ms: number) => {
      time += ms;
    },
  };
}
