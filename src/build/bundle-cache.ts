/**
 * The last bundle of a project's DSL modules, kept in its cache folder so that a `build` whose
 * modules have not changed does not start esbuild at all: loading esbuild and waiting for its
 * service was about a third of a cold build of the seed. The bundle is reused only when nothing
 * esbuild read or could have read differently has changed: the same entry points, settings,
 * esbuild and pactgraph; every input file byte for byte; the same files in every folder an
 * input lives in (a new file can change what an import resolves to); the same tsconfig.json,
 * jsconfig.json and package.json in those folders and above them (esbuild reads them). Anything
 * else, or a cache file that cannot be read, means esbuild runs and the cache is written anew,
 * with the hashes of the sources as esbuild was given them (module-loader.ts's plugin reads them).
 */
import { mkdir, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type { Metafile } from "esbuild";
import { sha256Hex, writeFileAtomically } from "../io/index.js";
import { PACKAGE_ROOT } from "../project/index.js";

/** What load() needs of a bundle: esbuild's metafile and output files. */
export interface Bundle {
  readonly metafile: Metafile;
  readonly outputFiles: readonly { readonly path: string; readonly contents: Uint8Array }[];
}

/** A fresh bundle, with the hash of each file as esbuild was given it (by absolute path), where known. */
export interface FreshBundle extends Bundle {
  readonly read: ReadonlyMap<string, string>;
}

interface CacheFile {
  readonly format: typeof FORMAT;
  readonly key: string;
  /** What the inputs' surroundings looked like: a hash per folder. */
  readonly folders: Readonly<Record<string, string>>;
  /** A hash per input file. */
  readonly inputs: Readonly<Record<string, string>>;
  readonly metafile: Metafile;
  readonly outputs: readonly { readonly path: string; readonly text: string }[];
}

const FORMAT = 1;
const CONFIG_FILES = ["tsconfig.json", "jsconfig.json", "package.json"];

/** What esbuild and pactgraph are: a new version of either bundles anew. */
async function toolVersions(): Promise<string> {
  const require = createRequire(join(PACKAGE_ROOT, "package.json"));
  const read = (path: string) => readFile(path, "utf8").catch(() => "missing");
  return sha256Hex((await read(require.resolve("esbuild/package.json"))) + (await read(join(PACKAGE_ROOT, "package.json"))));
}

/** Input files by absolute path; inputs of a plugin's own namespace (`ns:name`) are the plugin's business. */
function inputFiles(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs)
    .filter((input) => !/^[a-z][a-z0-9-]+:/.test(input))
    .map((input) => resolve(input))
    .sort();
}

/** A hash of each input's folder (its file names and config files) and each folder above it (config files only). */
async function folderHashes(inputs: readonly string[]): Promise<Record<string, string>> {
  const own = new Set(inputs.map((input) => dirname(input)));
  const all = new Set<string>();
  for (const folder of own) for (let at = folder; !all.has(at); at = dirname(at)) all.add(at);
  const hashes: Record<string, string> = {};
  for (const folder of [...all].sort()) {
    const names = (await readdir(folder).catch(() => [] as string[])).sort();
    const configs = await Promise.all(names.filter((name) => CONFIG_FILES.includes(name)).map(async (name) => `${name}:${sha256Hex(await readFile(join(folder, name)).catch(() => new Uint8Array()))}`));
    hashes[folder] = sha256Hex(JSON.stringify([own.has(folder) ? names : [], configs]));
  }
  return hashes;
}

async function inputHashes(inputs: readonly string[], read: ReadonlyMap<string, string> = new Map()): Promise<Record<string, string> | undefined> {
  const hashes: Record<string, string> = {};
  for (const input of inputs) {
    const known = read.get(input);
    if (known) {
      hashes[input] = known;
      continue;
    }
    const bytes = await readFile(input).catch(() => undefined);
    if (!bytes) return undefined;
    hashes[input] = sha256Hex(bytes);
  }
  return hashes;
}

const sameRecord = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The bundle in `file` if it is still what `bundle()` would make for `settings` (anything JSON can
 * hold that changes the output: entry points, options, the library plugin's facade), else
 * `bundle()`'s, which is then kept in `file`.
 */
export async function cachedBundle(file: string, settings: unknown, bundle: () => Promise<FreshBundle>): Promise<Bundle> {
  const key = sha256Hex(JSON.stringify([FORMAT, settings, await toolVersions()]));
  const kept = await readFile(file, "utf8")
    .then((text) => JSON.parse(text) as CacheFile)
    .catch(() => undefined);
  if (kept?.format === FORMAT && kept.key === key) {
    const inputs = inputFiles(kept.metafile);
    const current = await inputHashes(inputs);
    if (current && sameRecord(current, kept.inputs) && sameRecord(await folderHashes(inputs), kept.folders)) {
      const encoder = new TextEncoder();
      return { metafile: kept.metafile, outputFiles: kept.outputs.map((output) => ({ path: output.path, contents: encoder.encode(output.text) })) };
    }
  }
  const fresh = await bundle();
  const inputs = inputFiles(fresh.metafile);
  // Hashes of what esbuild read, not of the files now: an edit made while it ran is not taken for bundled.
  const hashes = await inputHashes(inputs, fresh.read);
  // An input that vanished while esbuild ran: the bundle is used this once and not kept.
  if (hashes) {
    const decoder = new TextDecoder();
    const cache: CacheFile = { format: FORMAT, key, folders: await folderHashes(inputs), inputs: hashes, metafile: fresh.metafile, outputs: fresh.outputFiles.map((output) => ({ path: output.path, text: decoder.decode(output.contents) })) };
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomically(file, JSON.stringify(cache));
  }
  return fresh;
}
