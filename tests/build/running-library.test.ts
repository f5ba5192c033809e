/**
 * From the CLI bundle, a DSL module's `import … from "pactgraph"` is linked to the library of the
 * bundle that runs (src/build/running-library.ts), through the facets dist/bundle/api-facets.json
 * lists. The facets must hold exactly the library's names, each the very value api.js exports, or
 * a module would see a different library from the one `import "pactgraph"` gives everyone else.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCliProcess } from "../helpers/project.js";

const BUNDLE = join(ROOT, "dist", "bundle");

describe("the library a DSL module imports, from the CLI bundle", () => {
  it("is split into facets holding every name of api.js, each the same value", async () => {
    const api = (await import(pathToFileURL(join(BUNDLE, "api.js")).href)) as Record<string, unknown>;
    const facets = JSON.parse(readFileSync(join(BUNDLE, "api-facets.json"), "utf8")) as Record<string, string[]>;
    const seen: string[] = [];
    for (const [file, names] of Object.entries(facets)) {
      const facet = (await import(pathToFileURL(join(BUNDLE, file)).href)) as Record<string, unknown>;
      for (const name of names) expect(facet[name], `${file} ${name}`).toBe(api[name]);
      seen.push(...names);
    }
    expect(seen.sort()).toEqual(Object.keys(api).sort());
  });

  const project = mkdtempSync(join(tmpdir(), "pactgraph-running-library-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("builds a project that has no node_modules: the running pactgraph is the library", async () => {
    expect((await runCliProcess(["init", project])).status).toBe(0);
    const example = join(project, "data", "example.ts");
    // A second facet (rdf's PREFIXES) beside the DSL's createGraph.
    const text = readFileSync(example, "utf8").replace('import { createGraph } from "pactgraph";', 'import { createGraph, PREFIXES } from "pactgraph";\nif (!PREFIXES.pact) throw new Error("no pact: prefix");');
    writeFileSync(example, text);
    expect(existsSync(join(project, "node_modules"))).toBe(false);
    const { status, stdout, stderr } = await runCliProcess(["build"], { cwd: project });
    expect([status, stderr]).toEqual([0, ""]);
    expect(stdout).toMatch(/written +data\/example\.ttl/);
  });
});
