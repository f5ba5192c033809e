/**
 * `pactgraph build`: loads the DSL modules, renders their Turtle and the ontology artefacts, and
 * writes each file atomically, or with `check` compares them with what is on disk (drift).
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import { DslError } from "../errors.js";
import { writeFileAtomically } from "../rdf/output.js";
import { loadGraphModule } from "./load-module.js";
import { renderGraph, renderOntologyFiles, type RenderedFile } from "./render.js";

export interface BuildOptions {
  /** Project root; paths in the report are relative to it. */
  readonly root: string;
  /** DSL modules to build (default: every `data/*.ts`). */
  readonly modules?: readonly string[];
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

/** The DSL modules of a project: `data/*.ts`, sorted. */
export async function findGraphModules(root: string): Promise<string[]> {
  const entries = await readdir(join(root, "data"), { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(root, "data", e.name))
    .sort();
}

/** Builds every module and the ontology; throws {@link DslError} before writing anything if a graph is invalid. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const modules = options.modules ?? (await findGraphModules(options.root));
  const rendered: RenderedFile[] = [...renderOntologyFiles()];
  const problems: DslError[] = [];
  for (const module of modules) {
    options.onModule?.(module);
    const graph = await loadGraphModule(module);
    const where = relative(options.root, module);
    try {
      const output = join(relative(options.root, join(module, "..")), `${basename(module, extname(module))}.ttl`);
      rendered.push(renderGraph(graph.build(), where, output));
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
