/** Building: DSL modules and the schema → generated Turtle and JSON-LD files. */
export { build, findGraphModules } from "./build.js";
export type { BuildOptions, BuildReport, FileState } from "./build.js";
export { loadGraphModule } from "./load-module.js";
export type { GraphModule } from "./load-module.js";
export { renderGraph, renderOntologyFiles, renderTurtle } from "./render.js";
export type { RenderedFile } from "./render.js";
export { builtGraphFiles } from "./layout.js";
