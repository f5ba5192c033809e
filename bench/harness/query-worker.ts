/**
 * Worker process: loads one graph into one engine and times saved queries on request.
 *   pactgraph          — the default path: `loadLocalSource` (one checked parse into Oxigraph) and `runSavedQuery`;
 *   pactgraph-comunica — the same with `engine: "comunica"` (Comunica plans, Oxigraph answers its operations);
 *   comunica           — stock Comunica as a JavaScript user would run it: n3 parses the file into an
 *                        n3 Store, @comunica/query-sparql-rdfjs queries it, the same prepared text;
 *   oxigraph           — the same file in an `oxigraph.Store`, the same prepared query text.
 * Usage (by the harness): node --import tsx query-worker.ts <engine> <queries-dir>
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import type { Store as OxigraphStore } from "oxigraph";
import { listSavedQueries, loadLocalSource, parseSavedQuery, runSavedQuery, type QueryResult, type SavedQuery } from "../../src/query/index.js";
import { canonicalLines, queryShape, type EngineAnswer, type QuadLike, type TermLike } from "./canonical.js";
import { peakRssMb, type FromQueryWorker, type RunRequest, type ToQueryWorker } from "./messages.js";

type Engine = "pactgraph" | "pactgraph-comunica" | "comunica" | "oxigraph";

interface Loaded {
  readonly triples: number;
  run(request: RunRequest): Promise<EngineAnswer>;
  /** Loads and initialises the query engine with a trivial query, so no timed query pays for it. */
  warmUp(): Promise<void>;
}

const WARM_UP = parseSavedQuery("# title: warm-up\n# description: initialises the engine\n# returns: boolean\nASK { ?s ?p ?o }\n", "warm-up.rq");

const engine = process.argv[2] as Engine;
const queriesDir = process.argv[3] ?? "queries";
let loaded: Loaded | undefined;
let saved = new Map<string, SavedQuery>();

function send(message: FromQueryWorker): void {
  process.send?.(message);
}

async function loadPactgraph(files: readonly string[], engine: "oxigraph" | "comunica"): Promise<Loaded> {
  const { source, quads } = await loadLocalSource(files, { engine });
  return {
    triples: quads,
    async run(request) {
      const query = saved.get(request.name);
      if (!query) throw new Error(`no saved query ${request.name} in ${queriesDir}`);
      const result: QueryResult = await runSavedQuery(query, source, { params: new Map(Object.entries(request.params)) });
      return result.kind === "bindings" ? { kind: "bindings", rows: result.rows } : result;
    },
    async warmUp() {
      await runSavedQuery(WARM_UP, source);
    },
  };
}

async function loadOxigraph(files: readonly string[], Store: typeof OxigraphStore): Promise<Loaded> {
  const store: OxigraphStore = new Store();
  for (const file of files) store.load(await readFile(file, "utf8"), { format: "text/turtle" });
  return {
    triples: store.size,
    run(request) {
      const result = store.query(request.text);
      if (typeof result === "boolean") return Promise.resolve({ kind: "boolean", value: result });
      if (typeof result === "string") throw new Error("oxigraph returned serialised results");
      if (queryShape(request.text).form === "SELECT") {
        return Promise.resolve({ kind: "bindings", rows: result as unknown as ReadonlyMap<string, TermLike>[] });
      }
      return Promise.resolve({ kind: "graph", quads: result as unknown as QuadLike[] });
    },
    warmUp() {
      store.query("ASK { ?s ?p ?o }");
      return Promise.resolve();
    },
  };
}

interface ComunicaEngine {
  query(text: string, context: Record<string, unknown>): Promise<
    | { resultType: "bindings"; execute(): Promise<AsyncIterable<Iterable<[TermLike, TermLike]>>> }
    | { resultType: "quads"; execute(): Promise<AsyncIterable<QuadLike>> }
    | { resultType: "boolean"; execute(): Promise<boolean> }
    | { resultType: "void" }
  >;
}

async function loadStockComunica(files: readonly string[]): Promise<Loaded> {
  const { Parser, Store } = await import("n3");
  const store = new Store();
  for (const file of files) store.addQuads(new Parser({ baseIRI: pathToFileURL(file).href }).parse(await readFile(file, "utf8")));
  const { QueryEngine } = await import("@comunica/query-sparql-rdfjs");
  const engine = new QueryEngine() as unknown as ComunicaEngine;
  const run = async (text: string): Promise<EngineAnswer> => {
    const result = await engine.query(text, { sources: [store] });
    if (result.resultType === "boolean") return { kind: "boolean", value: await result.execute() };
    if (result.resultType === "void") throw new Error("no result");
    if (result.resultType === "quads") {
      const quads: QuadLike[] = [];
      for await (const quad of await result.execute()) quads.push(quad);
      return { kind: "graph", quads };
    }
    const rows: Map<string, TermLike>[] = [];
    for await (const bindings of await result.execute()) rows.push(new Map([...bindings].map(([variable, term]) => [variable.value, term])));
    return { kind: "bindings", rows };
  };
  return {
    triples: store.size,
    run: (request) => run(request.text),
    async warmUp() {
      await run("ASK { ?s ?p ?o }");
    },
  };
}

function size(answer: EngineAnswer): number {
  return answer.kind === "bindings" ? answer.rows.length : answer.kind === "graph" ? answer.quads.length : 1;
}

async function timeQuery(request: RunRequest): Promise<void> {
  if (!loaded) throw new Error("run before load");
  const { policy } = request;
  let start = performance.now();
  const first = await loaded.run(request);
  const warmUp = performance.now() - start;
  send({ type: "tick", name: request.name, ms: warmUp });
  const lines = canonicalLines(first, queryShape(request.text));
  await mkdir(dirname(request.answerFile), { recursive: true });
  await writeFile(request.answerFile, lines.length > 0 ? `${lines.join("\n")}\n` : "");
  const results = size(first);
  if (warmUp > 2 * policy.budgetMs) {
    // Far slower than the budget: a second run would only confirm it, at a cost the run cannot afford.
    send({ type: "done", name: request.name, times: [warmUp], coldOnly: true, results, rssMb: peakRssMb() });
    return;
  }
  const fit = Math.floor(policy.budgetMs / Math.max(warmUp, 0.001));
  // A query slower than the whole budget is timed once more after its warm-up, not minRuns times.
  const runs = warmUp > policy.budgetMs ? 1 : Math.max(policy.minRuns, Math.min(policy.maxRuns, fit));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    const answer = await loaded.run(request);
    const ms = performance.now() - start;
    if (size(answer) !== results) throw new Error(`run ${i + 1} gave ${size(answer)} results, the warm-up ${results}`);
    times.push(ms);
    send({ type: "tick", name: request.name, ms });
  }
  send({ type: "done", name: request.name, times, coldOnly: false, results, rssMb: peakRssMb() });
}

process.on("message", (raw) => {
  const message = raw as ToQueryWorker;
  void (async () => {
    switch (message.type) {
      case "load":
        try {
          const Store = engine === "oxigraph" ? (await import("oxigraph")).Store : undefined;
          // Oxigraph's module (compiling its WebAssembly) and the saved queries load before the
          // clock starts on every Oxigraph-backed engine alike, so load times compare parsing and storing.
          if (engine === "pactgraph" || engine === "pactgraph-comunica") {
            await import("oxigraph");
            saved = new Map((await listSavedQueries(queriesDir)).map((q) => [q.name, q]));
          }
          let start = performance.now();
          loaded = Store
            ? await loadOxigraph(message.files, Store)
            : engine === "comunica"
              ? await loadStockComunica(message.files)
              : await loadPactgraph(message.files, engine === "pactgraph-comunica" ? "comunica" : "oxigraph");
          const ms = performance.now() - start;
          const rssMb = peakRssMb();
          start = performance.now();
          await loaded.warmUp();
          send({ type: "loaded", ms, engineInitMs: performance.now() - start, triples: loaded.triples, rssMb });
        } catch (error) {
          send({ type: "failed", name: "(load)", message: error instanceof Error ? error.message : String(error) });
        }
        return;
      case "run":
        try {
          await timeQuery(message.request);
        } catch (error) {
          send({ type: "failed", name: message.request.name, message: error instanceof Error ? error.message : String(error) });
        }
        return;
      case "exit":
        process.disconnect();
        process.exitCode = 0;
    }
  })();
});
