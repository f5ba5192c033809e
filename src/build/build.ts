/**
 * `pactgraph build`: loads the project's DSL modules, checks them as one corpus, renders each
 * module's Turtle and the corpus as TriG (each source's claims in its own named graph), and
 * writes each file atomically, or with `check` compares them with what is on disk (drift).
 */
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import type { Quad } from "@rdfjs/types";
import { DslError, IoError, isPactgraphError, type DslIssue } from "../errors.js";
import { describeFsError, writeFileAtomically } from "../io/index.js";
import { buildCorpus } from "./corpus.js";
import { CORPUS_FILE } from "./layout.js";
import { createModuleLoader, type GraphModule, type LoadedModules } from "./module-loader.js";
import { renderCorpus, renderGraph, type RenderedFile } from "./render.js";

export interface BuildOptions {
  /** Project root; paths in the report are relative to it, and source texts are read from it. */
  readonly root: string;
  /** The folder of DSL modules (default: `<root>/data`). */
  readonly dataDir?: string;
  /** DSL modules to build (default: every `*.ts` of the data folder and its subfolders). */
  readonly modules?: readonly string[];
  /** Compare with the files on disk instead of writing them. */
  readonly check?: boolean;
  /** Where bundled modules are written while they load (default: `<root>/.cache/pactgraph`). */
  readonly cacheDir?: string;
  /** Called before the modules are loaded, for progress output. */
  readonly onModule?: (path: string) => void;
}

export type FileState = "written" | "unchanged" | "outdated";

export interface BuildReport {
  readonly files: readonly (RenderedFile & { readonly state: FileState })[];
  readonly milliseconds: number;
}

/** Folders under the data folder that hold no DSL modules. */
const NOT_MODULES = new Set(["sources", "links", "node_modules"]);

/**
 * The DSL modules of a project: the `*.ts` (and `*.mts`) files of its data folder and of its
 * subfolders (not sources/ or links/), sorted. A file directly in the data folder must export a
 * graph; in a subfolder, a file that exports none is a helper the modules import.
 */
export async function findGraphModules(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { withFileTypes: true, recursive: true }).catch((error: unknown) => {
    throw new IoError(`cannot read the data folder ${dataDir}: ${describeFsError(error)}`, dataDir, { cause: error });
  });
  return entries
    .filter((e) => e.isFile() && /\.m?ts$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !relative(dataDir, path).split("/").slice(0, -1).some((folder) => NOT_MODULES.has(folder) || folder.startsWith(".")))
    .sort();
}

/**
 * Builds every module of the project as one corpus. A module that only declares shared entities
 * for others to import (data/entities/*.ts) is a module like any other: it exports its `graph`.
 */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const dataDir = options.dataDir ?? join(options.root, "data");
  const modules = options.modules ?? (await findGraphModules(dataDir));
  for (const module of options.modules ?? []) {
    if (!(await readFile(module).then(() => true, () => false))) throw new IoError(`cannot read ${relative(options.root, module)}: no such file`, module);
  }
  if (modules.length > 0) options.onModule?.(modules.length === 1 ? modules[0]! : `${modules.length} modules`);
  const rendered: RenderedFile[] = [];
  if (modules.length > 0) {
    // In subfolders, files that export no graph are helpers the modules import (data/<corpus>/actors.ts).
    const optional = new Set(options.modules ? [] : modules.filter((m) => relative(dataDir, m).includes("/")));
    const loader = await createModuleLoader(modules, options.cacheDir ?? join(options.root, ".cache", "pactgraph"), { optional });
    try {
      rendered.push(...(await renderModules(await loader.load(), options.root, dataDir)));
    } finally {
      await loader.dispose();
    }
  }
  const files = [];
  for (const file of rendered) {
    const target = join(options.root, file.path);
    const current = await readFile(target, "utf8").catch(() => undefined);
    const state: FileState = current === file.content ? "unchanged" : options.check ? "outdated" : "written";
    if (state === "written") await writeFileAtomically(target, file.content);
    files.push({ ...file, state });
  }
  return { files, milliseconds: performance.now() - started };
}

/** One module's graph, built as part of a corpus: its quads and its problems. */
export interface BuiltModule {
  readonly path: string;
  /** How messages name it (relative to the project root). */
  readonly name: string;
  readonly quads: Quad[];
  readonly issues: readonly DslIssue[];
}

/** Builds every module's graph, checks the corpus, and renders the files; throws DslError listing every problem. */
export async function renderModules(loaded: LoadedModules, root: string, dataDir: string): Promise<RenderedFile[]> {
  const readText = (path: string) => readFileSync(resolve(root, path), "utf8");
  const built = [...loaded.graphs].map(([path, graph]) => ({ path, name: relative(root, path), ...checkModule(graph, readText) }));
  return renderBuilt(built, root, dataDir);
}

/** Checks the modules as one corpus and renders each module's Turtle and the corpus TriG. */
export async function renderBuilt(built: readonly BuiltModule[], root: string, dataDir: string): Promise<RenderedFile[]> {
  const problems = built.flatMap((m) => m.issues.map((i) => ({ ...i, entity: `${m.name}: ${i.entity}` })));
  // Corpus-wide problems (a node no claim supports, a reference to nothing) are listed with the modules' own.
  const corpus = buildCorpus(built);
  if (problems.length > 0 || corpus.issues.length > 0) throw new DslError([...problems, ...corpus.issues]);
  const files = built.map((m, i) => renderGraph(corpus.modules[i]!, m.name, relative(root, join(m.path, "..", `${basename(m.path, extname(m.path))}.ttl`))));
  files.push(await renderCorpus(corpus.dataset, built.map((m) => m.name), relative(root, join(dataDir, CORPUS_FILE))));
  return files;
}

/** Builds one module's graph for the corpus, returning its problems instead of throwing them. */
export function checkModule(graph: GraphModule, readText: (path: string) => string): { quads: Quad[]; issues: readonly DslIssue[] } {
  const context = { readText, corpus: true };
  if (graph.check) return graph.check(context);
  try {
    return { quads: graph.build(context), issues: [] };
  } catch (error) {
    if (isPactgraphError(error) && error instanceof Error && "issues" in error) return { quads: [], issues: (error as DslError).issues };
    throw error;
  }
}
