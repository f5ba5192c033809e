/**
 * `pactgraph build`: loads the DSL modules, renders their Turtle and the ontology artefacts, and
 * writes each file atomically, or with `check` compares them with what is on disk (drift).
 */
import { readdir, readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { basename, extname, join, relative, resolve } from "node:path";
import { DslError, IoError } from "../errors.js";
import { describeFsError, writeFileAtomically } from "../io/index.js";
import { loadGraphModule } from "./load-module.js";
import { renderGraph, renderOntologyFiles, type RenderedFile } from "./render.js";

export interface BuildOptions {
  /** Project root; paths in the report are relative to it. */
  readonly root: string;
  /** The folder of DSL modules (default: `<root>/data`). */
  readonly dataDir?: string;
  /** DSL modules to build (default: every `*.ts` of the data folder). */
  readonly modules?: readonly string[];
  /** Also regenerate ontology/ from the schema (pactgraph's own repository only). */
  readonly ontology?: boolean;
  /** Compare with the files on disk instead of writing them. */
  readonly check?: boolean;
  /** Called before each module is loaded, for progress output. */
  readonly onModule?: (path: string) => void;
}

export type FileState = "written" | "unchanged" | "outdated";

export interface BuildReport {
  readonly files: readonly (RenderedFile & { readonly state: FileState })[];
  readonly milliseconds: number;
}

/** The DSL modules of a project: the `*.ts` (and `*.mts`) files of its data folder, sorted. */
export async function findGraphModules(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch((error: unknown) => {
    throw new IoError(`cannot read the data folder ${dataDir}: ${describeFsError(error)}`, dataDir, { cause: error });
  });
  return entries
    .filter((e) => e.isFile() && /\.m?ts$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(dataDir, e.name))
    .sort();
}

/** Builds every module and the ontology; throws {@link DslError} before writing anything if a graph is invalid. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const modules = options.modules ?? (await findGraphModules(options.dataDir ?? join(options.root, "data")));
  const rendered: RenderedFile[] = options.ontology ? [...renderOntologyFiles()] : [];
  const problems: DslError[] = [];
  for (const module of modules) {
    options.onModule?.(module);
    const where = relative(options.root, module);
    const graph = await loadGraphModule(module, where);
    try {
      const output = relative(options.root, join(module, "..", `${basename(module, extname(module))}.ttl`));
      const readText = (path: string) => readFileSync(resolve(options.root, path), "utf8");
      rendered.push(renderGraph(graph.build({ readText }), where, output));
    } catch (error) {
      if (!(error instanceof Error) || !("issues" in error)) throw error;
      problems.push(new DslError((error as DslError).issues.map((i) => ({ ...i, entity: `${where}: ${i.entity}` }))));
    }
  }
  if (problems.length > 0) throw new DslError(problems.flatMap((p) => p.issues));

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
