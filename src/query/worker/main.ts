/**
 * A query worker (a worker thread started by the query pool): loads the graph once, then runs
 * one query at a time and posts back the result, serialised when asked. It never stops a query
 * itself: the pool terminates the whole thread when a query runs out of time or memory, which
 * stops the engine wherever it is (Oxigraph's WebAssembly included) and returns its memory.
 */
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import type { QuerySource } from "../engine.js";
import { errorInfo, type Answer, type ErrorInfo, type FromWorker, type ToWorker, type WorkerSetup } from "./messages.js";
import { toPlainResult } from "./plain-result.js";

const setup = workerData as WorkerSetup;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

/**
 * Memory outside the JS heap: Oxigraph's WebAssembly memory above all. It never shrinks, so the
 * pool compares it with its value after loading to replace a worker a query left swollen.
 */
const engineBytes = () => getHeapStatistics().external_memory;

async function load(): Promise<QuerySource> {
  const { loadOxigraphGraph } = await import("../oxigraph.js");
  const graph = await loadOxigraphGraph(setup.inputs, { checked: setup.checked });
  return { kind: "oxigraph", graph, unionDefaultGraph: setup.unionDefaultGraph, engine: setup.engine };
}

function sizeOf(source: QuerySource): number {
  return source.kind === "oxigraph" ? source.graph.size : source.kind === "store" ? source.store.size : 0;
}

async function answer(source: QuerySource, request: ToWorker): Promise<void> {
  const panics = capturePanics();
  try {
    const [{ runQuery }, { resultSize }] = await Promise.all([import("../engine.js"), import("../results.js")]);
    const result = await runQuery(request.query, source, {
      ...(request.maxResults === undefined ? {} : { maxResults: request.maxResults }),
      ...(request.dataset ? { dataset: request.dataset } : {}),
    });
    let reply: Answer;
    if (request.format) {
      const { formatResult } = await import("../format/index.js");
      reply = { kind: "formatted", formatted: { body: await formatResult(result, request.format), size: resultSize(result) } };
    } else {
      reply = { kind: "result", result: toPlainResult(result) };
    }
    post({ type: "answer", id: request.id, answer: reply, engineBytes: engineBytes() });
  } catch (error) {
    const broken = isTrap(error);
    post({ type: "failed", id: request.id, error: broken ? engineFailure(panics.messages) : errorInfo(error), broken, engineBytes: engineBytes() });
  } finally {
    panics.stop();
  }
}

// The lib settings know WebAssembly only as types; the constructor is there at run time.
const { RuntimeError } = (globalThis as unknown as { WebAssembly: { RuntimeError: ErrorConstructor } }).WebAssembly;

/** A WebAssembly trap (a Rust panic ends in one): the engine's memory may be inconsistent. */
function isTrap(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = (e as Error).cause) if (e instanceof RuntimeError) return true;
  return false;
}

function engineFailure(messages: readonly string[]): ErrorInfo {
  // Rust's panic hook writes "panicked at <file>:<line>:<column>:\n<message>\n\nStack: …".
  const panic = messages.map((m) => /panicked at [^\n]*\n([^\n]+)/.exec(m)?.[1]).find((m) => m !== undefined);
  return { message: `the query engine failed on this query${panic ? `: ${panic}` : ""}`, code: "E_QUERY" };
}

/** Collects what the engine writes to console.error while one query runs (panic messages). */
function capturePanics(): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => messages.push(args.map(String).join(" "));
  return { messages, stop: () => (console.error = original) };
}

try {
  const source = await load();
  post({ type: "ready", quads: sizeOf(source), engineBytes: engineBytes() });
  let running = Promise.resolve();
  port.on("message", (request: ToWorker) => {
    running = running.then(() => answer(source, request));
  });
} catch (error) {
  post({ type: "load-failed", error: errorInfo(error, "cannot load the graph") });
  port.close();
}
