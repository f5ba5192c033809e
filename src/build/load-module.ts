/**
 * Loads a DSL module (TypeScript or JavaScript) and returns the graph it exports. TypeScript is
 * compiled on the fly by tsx, so users run `pactgraph build my-graph.ts` without a build step.
 */
import { access } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Quad } from "@rdfjs/types";
import { IoError, UsageError } from "../errors.js";

/** What a DSL module must export as `graph`: anything with a `build()` returning quads. */
export interface GraphModule {
  readonly build: (context?: { readonly readText?: (path: string) => string }) => Quad[];
}

function isGraphModule(value: unknown): value is GraphModule {
  return typeof value === "object" && value !== null && "build" in value && typeof value.build === "function";
}

/** Imports `path` and returns its `graph` export; `name` is how messages call it (default: the path). */
export async function loadGraphModule(path: string, name = path): Promise<GraphModule> {
  const absolute = resolve(path);
  try {
    await access(absolute);
  } catch (error) {
    throw new IoError(`cannot read ${name}: no such file`, path, { cause: error });
  }
  const { tsImport } = await import("tsx/esm/api");
  const loaded: unknown = await tsImport(pathToFileURL(absolute).href, import.meta.url);
  const graph = typeof loaded === "object" && loaded !== null && "graph" in loaded ? loaded.graph : undefined;
  if (!isGraphModule(graph)) {
    throw new UsageError(`${name} does not export a graph: add \`export const graph = createGraph();\` and declare entities on it`);
  }
  return graph;
}
