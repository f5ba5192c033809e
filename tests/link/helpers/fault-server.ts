/**
 * A loopback HTTP server that misbehaves on cue, for the network fault tests: each request takes
 * the next scripted answer (the last one repeats). It records every request it sees and how many
 * body bytes it managed to send back.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Wait this long before answering (a slow endpoint). */
  readonly delayMs?: number;
  /** Announce the full body's length, send only this many bytes, then cut the connection. */
  readonly cutAfterBytes?: number;
  /** Stream a body this large, made lazily as the client reads (no Content-Length unless `announceLength`). */
  readonly hugeBytes?: number;
  readonly announceLength?: boolean;
  /** Headers at once, then this many body bytes every `everyMs`, forever (a body that trickles). */
  readonly trickle?: { readonly bytes: number; readonly everyMs: number };
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
  /** Body bytes written for each request in `seen` (what the client made the server send). */
  readonly bytesSent: number[];
  /** The most requests that were in flight at once. */
  readonly maxConcurrent: () => number;
  readonly close: () => Promise<void>;
}

/** A valid, empty SPARQL SELECT result. */
export const EMPTY_RESULT = JSON.stringify({ head: { vars: ["item"] }, results: { bindings: [] } });

const CHUNK = Buffer.alloc(64 * 1024, 0x20);

/** Starts the server on 127.0.0.1 with `script`. */
export async function startFaultServer(script: readonly ScriptedAnswer[]): Promise<FaultServer> {
  const seen: SeenRequest[] = [];
  const bytesSent: number[] = [];
  let inFlight = 0;
  let maxConcurrent = 0;
  const server: Server = createServer((req, res) => {
    const answer = script[Math.min(seen.length, script.length - 1)] ?? {};
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      const index = seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body }) - 1;
      bytesSent[index] = 0;
      const count = (n: number) => (bytesSent[index] = (bytesSent[index] ?? 0) + n);
      inFlight++;
      maxConcurrent = Math.max(maxConcurrent, inFlight);
      res.on("close", () => inFlight--);
      const respond = () => {
        if (answer.hugeBytes !== undefined) return streamHuge(res, answer, count);
        if (answer.trickle) return trickle(res, answer, count);
        const payload = Buffer.from(answer.body ?? EMPTY_RESULT, "utf8");
        const headers = { "Content-Type": "application/sparql-results+json", "Content-Length": String(payload.length), ...answer.headers };
        res.writeHead(answer.status ?? 200, headers);
        const part = answer.cutAfterBytes === undefined ? payload : payload.subarray(0, answer.cutAfterBytes);
        count(part.length);
        if (answer.cutAfterBytes === undefined) res.end(payload);
        else res.write(part, () => res.destroy());
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
    bytesSent,
    maxConcurrent: () => maxConcurrent,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Writes `hugeBytes` of JSON-ish text as the client reads it; stops when the client goes away. */
function streamHuge(res: ServerResponse, answer: ScriptedAnswer, count: (n: number) => void): void {
  const total = answer.hugeBytes ?? 0;
  const head = Buffer.from('{"head":{"vars":["item"]},"results":{"bindings":[', "utf8");
  res.writeHead(answer.status ?? 200, {
    "Content-Type": "application/sparql-results+json",
    ...(answer.announceLength ? { "Content-Length": String(total) } : {}),
    ...answer.headers,
  });
  let left = total;
  let closed = false;
  res.on("close", () => (closed = true));
  const pump = (): void => {
    while (!closed && left > 0) {
      const source = left === total ? head : CHUNK;
      const piece = source.subarray(0, Math.min(source.length, left));
      left -= piece.length;
      count(piece.length);
      if (!res.write(piece)) {
        res.once("drain", pump);
        return;
      }
    }
    if (!closed) res.end();
  };
  pump();
}

/** Sends the headers, then a few bytes at a time, never finishing. */
function trickle(res: ServerResponse, answer: ScriptedAnswer, count: (n: number) => void): void {
  const { bytes, everyMs } = answer.trickle!;
  res.writeHead(answer.status ?? 200, { "Content-Type": "application/sparql-results+json", ...answer.headers });
  res.flushHeaders();
  const timer = setInterval(() => {
    count(bytes);
    res.write(" ".repeat(bytes));
  }, everyMs);
  res.on("close", () => clearInterval(timer));
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
