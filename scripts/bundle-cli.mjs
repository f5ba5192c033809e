// Builds what the package ships besides tsc's output:
// - dist/bundle/: the CLI as one tree-shaken file for the start-up path plus split chunks for each
//   command's lazily imported modules, so Node reads a few files instead of hundreds;
// - dist/vendor/*.js: Comunica's two engines (with the undici 7 this repository pins; undici 8
//   needs Node 22), shacl-engine's core with its RDF environment, and jsonld.js, each bundled with
//   its exact dependencies, so users never install or resolve their packages' trees themselves;
//   the licences of everything bundled go to dist/vendor/THIRD-PARTY-LICENSES.txt.
// Other engines stay external and load from node_modules only when a command needs them.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const external = [
  "oxigraph",
  "esbuild",
  "rdfxml-streaming-parser",
  "digest-fetch",
  "write-file-atomic",
];

// CommonJS code bundled into ES modules may call require() and read __dirname; give it both.
const cjsShim =
  "import { createRequire as __pactgraphRequire } from 'node:module';" +
  "import { fileURLToPath as __pactgraphPath } from 'node:url';" +
  "import { dirname as __pactgraphDirname } from 'node:path';" +
  "const require = __pactgraphRequire(import.meta.url);" +
  "const __filename = __pactgraphPath(import.meta.url);" +
  "const __dirname = __pactgraphDirname(__filename);";

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

/**
 * The library's public entry (src/index.ts) by the module each of its names comes from. api.js is
 * the whole library; each facet (api-dsl.js, api-query.js, …) is one of those modules, built in the
 * same bundle, so it shares the chunk instances the CLI has loaded. `build` links the DSL modules'
 * imports of "pactgraph" to the facets they use (dist/bundle/api-facets.json says which names each
 * holds), not to api.js: a module that imports createGraph then loads no query, site or server code.
 */
const API_FACETS = [...readFileSync("src/index.ts", "utf8").matchAll(/^export \{([^}]*)\} from "\.\/([^"]+)\.js";$/gm)].map(([, names, path]) => {
  const list = names.split(",").map((n) => n.trim()).filter(Boolean);
  if (list.some((n) => /\s/.test(n))) throw new Error(`src/index.ts: re-export ${path} by plain names (no "as")`);
  return { entry: `api-${path.split("/")[0]}`, source: `src/${path}.ts`, names: list };
});

// Chunk names carry content hashes: clear out the previous build.
rmSync("dist/bundle", { recursive: true, force: true });

await build({
  entryPoints: { main: "src/cli/main.ts", api: "src/index.ts", ...Object.fromEntries(API_FACETS.map((f) => [f.entry, f.source])) },
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
  banner: { js: cjsShim },
  legalComments: "none",
  logLevel: "warning",
});

writeFileSync("dist/bundle/api-facets.json", `${JSON.stringify(Object.fromEntries(API_FACETS.map((f) => [`${f.entry}.js`, f.names])), null, 2)}\n`);

// The vendored bundles change only with the lockfile; rebuilding them takes a few seconds.
const VENDORED = ["comunica", "shacl", "jsonld"];
const lock = createHash("sha256").update(readFileSync("package-lock.json"));
for (const name of VENDORED) lock.update(readFileSync(`scripts/vendor/${name}.mjs`));
const stamp = "dist/vendor/.lock-stamp";
const digest = lock.digest("hex");
if (VENDORED.some((name) => !existsSync(`dist/vendor/${name}.js`)) || !existsSync(stamp) || readFileSync(stamp, "utf8") !== digest) {
  const notices = [];
  for (const name of VENDORED) {
    const result = await build({
      entryPoints: [`scripts/vendor/${name}.mjs`],
      outfile: `dist/vendor/${name}.js`,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      minifyWhitespace: true,
      minifySyntax: true,
      keepNames: true,
      metafile: true,
      banner: { js: cjsShim },
      legalComments: "none",
      logLevel: "warning",
    });
    notices.push(licences(result.metafile, `dist/vendor/${name}.js`));
  }
  writeFileSync("dist/vendor/THIRD-PARTY-LICENSES.txt", `${notices.join(`\n\n${"=".repeat(72)}\n\n`)}\n`);
  writeFileSync(stamp, digest);
}

/** The name, version and licence text of every package that went into a bundle. */
function licences(metafile, bundle) {
  const packages = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const at = input.lastIndexOf("node_modules/");
    if (at < 0) continue;
    const rest = input.slice(at + "node_modules/".length).split("/");
    const name = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    packages.set(join(input.slice(0, at), "node_modules", name), name);
  }
  const sections = [];
  for (const [dir, name] of [...packages].sort((a, b) => a[1].localeCompare(b[1]))) {
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    const file = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE", "LICENSE-MIT"].map((f) => join(dir, f)).find((f) => existsSync(f));
    const text = file ? readFileSync(file, "utf8").trim() : `Licence: ${manifest.license ?? "see the package"}`;
    sections.push(`${name}@${manifest.version} (${manifest.license ?? "unknown licence"})\n\n${text}`);
  }
  return `Third-party code bundled into ${bundle}\n\n${sections.join(`\n\n${"-".repeat(72)}\n\n`)}`;
}
