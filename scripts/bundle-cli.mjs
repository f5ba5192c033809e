// Bundles the CLI into dist/bundle/ with esbuild: one tree-shaken file for the start-up path and
// split chunks for each command's lazily imported modules. Node then reads a few files instead of
// hundreds, which is most of a cold `pactgraph query`. Heavy engines stay external and load from
// node_modules only when a command needs them (Oxigraph also needs its .wasm next to its code).
import { rmSync } from "node:fs";
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
  // Bundled CommonJS code may call require(); give it one.
  banner: { js: "import { createRequire as __pactgraphRequire } from 'node:module'; const require = __pactgraphRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning",
});
