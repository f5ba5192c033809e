/**
 * Loads DSL modules (TypeScript or JavaScript) and returns the graph each exports. All modules are
 * bundled together by esbuild (tens of milliseconds, no type-checking: run tsc for that) into the
 * project's .cache/pactgraph/modules/, packages left as imports so they resolve from the project's
 * own node_modules, then imported. Each bundled file keeps its own import.meta.url, so a module
 * can still find files next to it. A build whose modules have not changed since the last one
 * reuses that bundle without starting esbuild (bundle-cache.ts). In watch mode the esbuild context
 * is kept and rebuilt incrementally; each rebuild is imported from a fresh folder, so its modules
 * are new instances.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rm, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Quad } from "@rdfjs/types";
import type { BuildContext as EsbuildContext, Metafile, Plugin } from "esbuild";
import { IoError, ParseError, UsageError, type DslIssue } from "../errors.js";
import { sha256Hex } from "../io/index.js";
import { cachedBundle, type Bundle } from "./bundle-cache.js";
import { facadeSource, runningLibraryPlugin } from "./running-library.js";

/** What `build()` and `check()` of a DSL module's graph take. */
export interface GraphModuleContext {
  readonly readText?: (path: string) => string;
  readonly corpus?: boolean;
}

/** What a DSL module must export as `graph`: a GraphBuilder, or anything with a `build()` returning quads. */
export interface GraphModule {
  readonly build: (context?: GraphModuleContext) => Quad[];
  /** Returns the problems instead of throwing them (GraphBuilder has it), so a corpus build lists everything. */
  readonly check?: (context?: GraphModuleContext) => { quads: Quad[]; issues: readonly DslIssue[] };
}

export interface LoadedModules {
  /** Each module's graph, by absolute path (modules the caller skipped are left out). */
  readonly graphs: ReadonlyMap<string, GraphModule>;
  /** For each module, every source file it was bundled from (itself and what it imports). */
  readonly inputs: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each module, a hash of its bundle and the chunks it imports: unchanged code, unchanged stamp. */
  readonly stamps: ReadonlyMap<string, string>;
}

export interface ModuleLoadOptions {
  /** Modules not to import this time (watch mode: their bundle did not change). */
  readonly skip?: (module: string, stamp: string) => boolean;
}

/** A loader that can load the same modules again after a change, fast. */
export interface ModuleLoader {
  load(options?: ModuleLoadOptions): Promise<LoadedModules>;
  dispose(): Promise<void>;
}

/**
 * esbuild's per-file substitute for import.meta: each bundled file gets its own URL, path and
 * folder. It notes a hash of each source it hands esbuild in `read`, for the bundle cache.
 */
const metaPlugin = (read: Map<string, string>): Plugin => ({
  name: "pactgraph-import-meta",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      const { readFile } = await import("node:fs/promises");
      const bytes = await readFile(args.path);
      read.set(resolve(args.path), sha256Hex(bytes));
      const source = bytes.toString("utf8");
      const url = pathToFileURL(args.path).href;
      const header = `const __pactgraph_meta_url = ${JSON.stringify(url)}, __pactgraph_meta_filename = ${JSON.stringify(args.path)}, __pactgraph_meta_dirname = ${JSON.stringify(dirname(args.path))};\n`;
      const loader = /\.[cm]?tsx?$/.test(args.path) ? (args.path.endsWith("x") ? "tsx" : "ts") : args.path.endsWith("x") ? "jsx" : "js";
      return { contents: header + source, loader };
    });
  },
});

export interface ModuleLoaderOptions {
  /** Keep the esbuild context for fast rebuilds. */
  readonly watch?: boolean;
  /** Files that are modules only if they export a graph (helpers in subfolders of the data folder). */
  readonly optional?: ReadonlySet<string>;
}

/** Creates a loader for `modules` (absolute paths) that writes its bundles under `cacheDir`. */
export async function createModuleLoader(modules: readonly string[], cacheDir: string, options: ModuleLoaderOptions = {}): Promise<ModuleLoader> {
  for (const module of modules) {
    const info = await stat(module).catch(() => undefined);
    if (!info?.isFile()) throw new IoError(`cannot read ${module}: no such file`, module);
  }
  const library = runningLibraryPlugin();
  const read = new Map<string, string>();
  const outdir = join(cacheDir, "modules");
  let generation = 0;
  let context: EsbuildContext<{ metafile: true; write: false }> | undefined;
  const settings = {
    entryPoints: [...modules],
    bundle: true,
    splitting: true,
    format: "esm" as const,
    platform: "node" as const,
    target: "node20",
    packages: "external" as const,
    write: false as const,
    metafile: true as const,
    outdir,
    // .mjs: the bundles are ES modules whatever the project's package.json says (CommonJS by default).
    outExtension: { ".js": ".mjs" },
    outbase: commonRoot(modules),
    logLevel: "silent" as const,
    plugins: library ? [library, metaPlugin(read)] : [metaPlugin(read)],
    define: { "import.meta.url": "__pactgraph_meta_url", "import.meta.filename": "__pactgraph_meta_filename", "import.meta.dirname": "__pactgraph_meta_dirname" },
  };
  // What decides the bundle besides the sources, for the bundle cache: the plugins' code is pactgraph's.
  const fingerprint = { ...settings, plugins: settings.plugins.map((plugin) => plugin.name), library: library ? facadeSource() : null };
  const run = async (): Promise<Bundle> => {
    try {
      if (!options.watch) {
        return await cachedBundle(join(outdir, "bundle-cache.json"), fingerprint, async () => {
          const esbuild = await import("esbuild");
          read.clear();
          return { ...(await esbuild.build(settings)), read };
        });
      }
      const esbuild = await import("esbuild");
      context ??= await esbuild.context(settings);
      return await context.rebuild();
    } catch (error) {
      throw bundleError(error);
    }
  };
  return {
    async load(loadOptions: ModuleLoadOptions = {}) {
      const result = await run();
      // A fresh folder per load: ES modules are cached by URL, and a rebuilt module must run again.
      const folder = join(outdir, `${randomUUID()}-${(generation += 1)}`);
      await mkdir(folder, { recursive: true });
      const { writeFile } = await import("node:fs/promises");
      for (const file of result.outputFiles) {
        const target = join(folder, relative(outdir, file.path));
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.contents);
      }
      try {
        const contents = new Map(result.outputFiles.map((f) => [resolve(f.path), f.contents]));
        return await importEntries(modules, result.metafile, outdir, folder, options.optional ?? new Set(), contents, loadOptions.skip);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
    async dispose() {
      await context?.dispose();
    },
  };
}

async function importEntries(
  modules: readonly string[],
  metafile: Metafile,
  outdir: string,
  folder: string,
  optional: ReadonlySet<string>,
  contents: ReadonlyMap<string, Uint8Array>,
  skip: ModuleLoadOptions["skip"],
): Promise<LoadedModules> {
  const graphs = new Map<string, GraphModule>();
  const inputs = new Map<string, Set<string>>();
  const stamps = new Map<string, string>();
  const byEntry = new Map<string, [string, Metafile["outputs"][string]]>();
  for (const [output, info] of Object.entries(metafile.outputs)) if (info.entryPoint) byEntry.set(resolve(info.entryPoint), [output, info]);
  for (const module of modules) {
    const found = byEntry.get(resolve(module));
    if (!found) throw new UsageError(`${module} was not bundled; is it a DSL module?`);
    const [output] = found;
    const stamp = stampOf(metafile, output, contents);
    stamps.set(module, stamp);
    inputs.set(module, collectInputs(metafile, output));
    if (skip?.(module, stamp)) continue;
    const loaded: unknown = await import(pathToFileURL(join(folder, relative(outdir, resolve(output)))).href);
    const graph = typeof loaded === "object" && loaded !== null && "graph" in loaded ? loaded.graph : undefined;
    if (!isGraphModule(graph)) {
      if (optional.has(module)) continue;
      throw new UsageError(`${module} does not export a graph: add \`export const graph = createGraph();\` and declare entities on it`);
    }
    graphs.set(module, graph);
  }
  return { graphs, inputs, stamps };
}

/** A hash of an output and every chunk it imports, transitively. */
function stampOf(metafile: Metafile, output: string, contents: ReadonlyMap<string, Uint8Array>): string {
  const hash = createHash("sha256");
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    hash.update(file).update(contents.get(resolve(file)) ?? new Uint8Array());
    for (const imported of metafile.outputs[file]?.imports ?? []) if (!imported.external) visit(imported.path);
  };
  visit(output);
  return hash.digest("hex");
}

/** The source files that went into an output, following its imports of shared chunks. */
function collectInputs(metafile: Metafile, output: string, seen = new Set<string>(), files = new Set<string>()): Set<string> {
  if (seen.has(output)) return files;
  seen.add(output);
  const info = metafile.outputs[output];
  if (!info) return files;
  for (const input of Object.keys(info.inputs)) files.add(resolve(input));
  for (const imported of info.imports) if (!imported.external) collectInputs(metafile, imported.path, seen, files);
  return files;
}

function isGraphModule(value: unknown): value is GraphModule {
  return typeof value === "object" && value !== null && "build" in value && typeof value.build === "function";
}

/** The deepest folder holding every module, so output paths mirror the data folder. */
function commonRoot(paths: readonly string[]): string {
  const parts = paths.map((p) => dirname(resolve(p)).split("/"));
  const first = parts[0] ?? [];
  let length = first.length;
  for (const other of parts) {
    let i = 0;
    while (i < length && other[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length).join("/") || "/";
}

/** esbuild's syntax errors as a ParseError at file:line:column. */
function bundleError(error: unknown): Error {
  const errors = typeof error === "object" && error !== null && "errors" in error && Array.isArray(error.errors) ? (error.errors as { text: string; location?: { file: string; line: number; column: number } | null }[]) : [];
  const [first] = errors;
  if (!first) return error instanceof Error ? error : new Error(String(error));
  const where = first.location ? { file: first.location.file, line: first.location.line, column: first.location.column + 1 } : { file: "DSL module" };
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return new ParseError(`${first.text}${more}`, where, { cause: error });
}
