/**
 * The bundle cache (src/build/bundle-cache.ts) reuses the last bundle only while nothing esbuild
 * read, or could have read differently, has changed. Each case bundles real files with esbuild and
 * counts how often it ran; then a loader built twice over an edited module sees the edit.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as esbuild from "esbuild";
import type { Plugin } from "esbuild";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { cachedBundle, type FreshBundle } from "../../src/build/bundle-cache.js";
import { sha256Hex } from "../../src/io/index.js";
import { createModuleLoader } from "../../src/build/index.js";

const work = mkdtempSync(join(tmpdir(), "pactgraph-bundle-cache-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let project: string;
let runs = 0;
let afterBundling: () => void = () => {};

beforeEach(() => {
  project = mkdtempSync(join(work, "project-"));
  mkdirSync(join(project, "data", "helpers"), { recursive: true });
  writeFileSync(join(project, "data", "helpers", "name.ts"), 'export const name: string = "one";\n');
  writeFileSync(join(project, "data", "main.ts"), 'import { name } from "./helpers/name";\nexport const graph = { build: () => [], name };\n');
  writeFileSync(join(project, "tsconfig.json"), "{}\n");
  runs = 0;
  afterBundling = () => {};
});

const cacheFile = () => join(project, ".cache", "bundle-cache.json");

/** esbuild over data/main.ts, noting what it read the way module-loader.ts's plugin does. */
async function bundle(settings: Record<string, unknown> = {}) {
  const fresh = async (): Promise<FreshBundle> => {
    runs += 1;
    const read = new Map<string, string>();
    const noteReads: Plugin = {
      name: "note-reads",
      setup(build) {
        build.onLoad({ filter: /\.ts$/ }, async (args) => {
          const { readFile } = await import("node:fs/promises");
          const bytes = await readFile(args.path);
          read.set(args.path, sha256Hex(bytes));
          return { contents: bytes.toString("utf8"), loader: "ts" };
        });
      },
    };
    const result = await esbuild.build({ entryPoints: [join(project, "data", "main.ts")], bundle: true, write: false, metafile: true, format: "esm", outdir: join(project, ".cache", "out"), logLevel: "silent", plugins: [noteReads] });
    afterBundling();
    return { ...result, read };
  };
  const result = await cachedBundle(cacheFile(), { entry: join(project, "data", "main.ts"), ...settings }, fresh);
  return new TextDecoder().decode(result.outputFiles[0]!.contents);
}

describe("the bundle cache", () => {
  it("reuses the bundle while nothing has changed, byte for byte", async () => {
    const first = await bundle();
    expect(await bundle()).toBe(first);
    expect(runs).toBe(1);
    expect(first).toContain('"one"');
  });

  it("bundles anew after an edit to a file the entry imports", async () => {
    await bundle();
    writeFileSync(join(project, "data", "helpers", "name.ts"), 'export const name: string = "two";\n');
    expect(await bundle()).toContain('"two"');
    expect(runs).toBe(2);
  });

  it("bundles anew when a file appears next to an input (it may change what an import resolves to)", async () => {
    await bundle();
    writeFileSync(join(project, "data", "helpers", "name.js"), 'export const name = "shadow";\n');
    await bundle();
    expect(runs).toBe(2);
  });

  it("bundles anew when a tsconfig.json above the inputs changes, or the settings do", async () => {
    await bundle();
    writeFileSync(join(project, "tsconfig.json"), '{ "compilerOptions": { "target": "es2022" } }\n');
    await bundle();
    await bundle({ minify: true });
    expect(runs).toBe(3);
    await bundle({ minify: true });
    expect(runs).toBe(3);
  });

  it("keeps the hash of what esbuild read: an edit made while it ran is bundled next time", async () => {
    afterBundling = () => writeFileSync(join(project, "data", "helpers", "name.ts"), 'export const name: string = "during";\n');
    expect(await bundle()).toContain('"one"');
    afterBundling = () => {};
    expect(await bundle()).toContain('"during"');
    expect(runs).toBe(2);
  });

  it("bundles anew over a cache file it cannot read, and writes a good one", async () => {
    await bundle();
    writeFileSync(cacheFile(), "{ not json");
    await bundle();
    await bundle();
    expect(runs).toBe(2);
  });
});

describe("a module loader over the cache", () => {
  it("imports the edited module on the next build, and the unedited one from the cache", async () => {
    const main = join(project, "data", "main.ts");
    const nameOf = async () => {
      const loader = await createModuleLoader([main], join(project, ".cache", "pactgraph"));
      try {
        const graph = (await loader.load()).graphs.get(main) as unknown as { name: string };
        return graph.name;
      } finally {
        await loader.dispose();
      }
    };
    expect(await nameOf()).toBe("one");
    expect(await nameOf()).toBe("one");
    writeFileSync(join(project, "data", "helpers", "name.ts"), 'export const name: string = "edited";\n');
    expect(await nameOf()).toBe("edited");
  });
});
