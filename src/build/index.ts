/** Building: DSL modules → one checked corpus → per-module Turtle and the corpus TriG; the schema → ontology files. */
export { build, checkModule, findGraphModules, renderBuilt, renderModules } from "./build.js";
export type { BuildOptions, BuildReport, BuiltModule, FileState } from "./build.js";
export { watchBuild } from "./watch.js";
export type { WatchOptions, WatchReport } from "./watch.js";
export { buildCorpus } from "./corpus.js";
export type { Corpus, ModuleQuads } from "./corpus.js";
export { createModuleLoader } from "./module-loader.js";
export type { GraphModule, GraphModuleContext, LoadedModules, ModuleLoadOptions, ModuleLoader } from "./module-loader.js";
export { renderCorpus, renderGraph, renderOntologyFiles, renderTurtle } from "./render.js";
export type { RenderedFile } from "./render.js";
export { builtGraphFiles, CORPUS_FILE } from "./layout.js";
