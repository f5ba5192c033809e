/**
 * `pactgraph build --watch`: keep the bundler's context, and on every change under the data folder
 * rebuild what the change touches. A module whose bundle is byte-identical to last time is not
 * run again (its graph's quads are reused); the corpus checks and the files are redone, and only
 * files whose content changed are written. A change to a source text reruns every module (quotes
 * are located when a module builds). Problems are reported and the watch goes on.
 */
import { watch as watchFolder } from "node:fs";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Quad } from "@rdfjs/types";
import type { DslIssue } from "../errors.js";
import { writeFileAtomically } from "../io/index.js";
import { checkModule, findGraphModules, renderBuilt } from "./build.js";
import { createModuleLoader, type ModuleLoader } from "./module-loader.js";

export interface WatchOptions {
  readonly root: string;
  readonly dataDir: string;
  readonly cacheDir?: string;
  /** Stops the watch. */
  readonly signal?: AbortSignal;
  /** Called after each build with what happened. */
  readonly onBuild: (report: WatchReport) => void;
}

export interface WatchReport {
  readonly milliseconds: number;
  /** Files written this time (unchanged ones are not). */
  readonly written: readonly string[];
  /** Modules run again this time (the others were reused). */
  readonly rebuilt: readonly string[];
  /** The problems, when the corpus did not build. */
  readonly error?: Error;
}

interface CachedModule {
  readonly stamp: string;
  readonly quads: Quad[];
  readonly issues: readonly DslIssue[];
}

/** Builds once, then after every change, until `signal` aborts. */
export async function watchBuild(options: WatchOptions): Promise<void> {
  const cacheDir = options.cacheDir ?? join(options.root, ".cache", "pactgraph");
  const cache = new Map<string, CachedModule>();
  const written = new Map<string, string>();
  let modules: string[] = [];
  let loader: ModuleLoader | undefined;
  let textsChanged = false;

  const run = async () => {
    const started = performance.now();
    try {
      const found = await findGraphModules(options.dataDir);
      if (found.join("\n") !== modules.join("\n") || !loader) {
        await loader?.dispose();
        modules = found;
        const optional = new Set(modules.filter((m) => relative(options.dataDir, m).includes("/")));
        loader = await createModuleLoader(modules, cacheDir, { watch: true, optional });
        cache.clear();
      }
      const loaded = await loader.load({ skip: textsChanged ? undefined : (module, stamp) => cache.get(module)?.stamp === stamp });
      textsChanged = false;
      const rebuilt: string[] = [];
      const readText = (path: string) => readFileSync(resolve(options.root, path), "utf8");
      for (const [module, graph] of loaded.graphs) {
        cache.set(module, { stamp: loaded.stamps.get(module) ?? "", ...checkModule(graph, readText) });
        rebuilt.push(relative(options.root, module));
      }
      const built = [...loaded.stamps.keys()].filter((m) => cache.has(m)).map((path) => ({ path, name: relative(options.root, path), ...cache.get(path)! }));
      const changed: string[] = [];
      for (const file of await renderBuilt(built, options.root, options.dataDir)) {
        if (written.get(file.path) === file.content) continue;
        const target = join(options.root, file.path);
        if ((await readFile(target, "utf8").catch(() => undefined)) !== file.content) {
          await writeFileAtomically(target, file.content);
          changed.push(file.path);
        }
        written.set(file.path, file.content);
      }
      options.onBuild({ milliseconds: performance.now() - started, written: changed, rebuilt });
    } catch (error) {
      options.onBuild({ milliseconds: performance.now() - started, written: [], rebuilt: [], error: error instanceof Error ? error : new Error(String(error)) });
    }
  };

  await run();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const watcher = watchFolder(options.dataDir, { recursive: true }, (_event, name) => {
    const file = String(name ?? "");
    if (/\.(ttl|trig)$/.test(file) || file.split("/").some((part) => part.startsWith("."))) return; // our own output
    if (!/\.[cm]?[jt]sx?$/.test(file)) textsChanged = true;
    clearTimeout(timer);
    // Editors write a file in several steps; wait for the last.
    timer = setTimeout(() => {
      running = running.then(run);
    }, 25);
  });
  await new Promise<void>((done) => {
    if (options.signal?.aborted) done();
    options.signal?.addEventListener("abort", () => done(), { once: true });
  });
  watcher.close();
  clearTimeout(timer);
  await running;
  await loader?.dispose();
}

