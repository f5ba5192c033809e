// Bundles the CLI into dist/bundle/ with esbuild: one tree-shaken file for the start-up path and
// split chunks for each command's lazily imported modules. Node then reads a few files instead of
// hundreds, which is most of a cold `pactgraph query`. Heavy engines stay external and load from
// node_modules only when a command needs them (Oxigraph also needs its .wasm next to its code).
import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const external = [
  "oxigraph",
  "@comunica/*",
  "tsx",
  "tsx/*",
  "jsonld",
  "rdflib",
  "shacl-engine",
  "@zazuko/env",
  "rdf-validate-shacl",
  "rdfxml-streaming-parser",
  "digest-fetch",
  "write-file-atomic",
];

// Chunk names carry content hashes: clear out the previous build.
rmSync("dist/bundle", { recursive: true, force: true });

/**
 * n3's index module loads its stores and stream classes, and with them a stream library, even
 * for a program that only parses and writes. Static imports of "n3" get a module with just the
 * parser, writer and data factory; dynamic `import("n3")` (the store, the stream parser) still
 * gets all of n3, loaded only when needed.
 */
const n3Essentials = {
  name: "n3-essentials",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^n3$/ }, (args) =>
      args.kind === "dynamic-import" ? undefined : { path: fileURLToPath(new URL("./n3-essentials.mjs", import.meta.url)) },
    );
  },
};

await build({
  entryPoints: { main: "src/cli/main.ts" },
  outdir: "dist/bundle",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // Prefer packages' ES module builds, which esbuild can tree-shake (n3 ships both).
  mainFields: ["module", "main"],
  external,
  plugins: [n3Essentials],
  // Bundled CommonJS code may call require(); give it one.
  banner: { js: "import { createRequire as __pactgraphRequire } from 'node:module'; const require = __pactgraphRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
});
