/**
 * How a corpus goes wrong, end to end: copies of tests/fixtures/corpus with one module edited,
 * each bundled by esbuild and built as a user's project is (a second or so each: hence here; the
 * same rules are checked in-process on the fixture's quads in tests/build/corpus.test.ts).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModuleLoader, findGraphModules, renderModules } from "../../src/build/index.js";
import type { RenderedFile } from "../../src/build/index.js";
import { ROOT } from "../helpers/project.js";

const FIXTURE = join(ROOT, "tests", "fixtures", "corpus");

/** Builds a project's modules in memory (nothing written but the loader's cache) and returns the files. */
async function buildProject(root: string): Promise<RenderedFile[]> {
  const dataDir = join(root, "data");
  const modules = await findGraphModules(dataDir);
  const loader = await createModuleLoader(modules, join(root, ".cache", "pactgraph"));
  try {
    return await renderModules(await loader.load(), root, dataDir);
  } finally {
    await loader.dispose();
  }
}

async function problemsOf(root: string): Promise<string> {
  try {
    await buildProject(root);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error("the build succeeded");
}

describe("how a corpus goes wrong", () => {
  const variants = join(ROOT, ".tmp", "corpus-variants");
  let counter = 0;
  /** A copy of the fixture (under the repository, so imports of src/ and node_modules resolve) with changes. */
  function variant(change: (root: string) => void): string {
    const root = join(variants, `v${(counter += 1)}`);
    rmSync(root, { recursive: true, force: true });
    // .tmp/corpus-variants/vN is as deep as tests/fixtures/corpus, so the modules' imports of src/ still hold.
    cpSync(FIXTURE, root, { recursive: true, filter: (path) => !path.includes(".cache") });
    change(root);
    return root;
  }
  beforeAll(() => mkdirSync(variants, { recursive: true }));
  afterAll(() => rmSync(variants, { recursive: true, force: true }));

  it("the variants build as they are (so each failure below is the change's)", async () => {
    expect((await buildProject(variant(() => undefined))).length).toBe(5);
  });

  it("an entity declared twice with a different label: an error naming both modules and the field", async () => {
    const root = variant((r) => {
      const path = join(r, "data", "ministry-statement.ts");
      writeFileSync(path, `${readFileSync(path, "utf8")}\ngraph.add("State", "graustark", { label: "Kingdom of Graustark" });\n`);
    });
    expect(await problemsOf(root)).toMatch(/<https:\/\/w3id\.org\/pactgraph\/id\/party\/graustark>: is declared in data\/entities\/parties\.ts and in data\/ministry-statement\.ts with different label/);
  });

  it("an entity declared twice with a different class: an error naming both classes", async () => {
    const root = variant((r) => {
      const path = join(r, "data", "ministry-statement.ts");
      writeFileSync(path, `${readFileSync(path, "utf8")}\ngraph.add("GroupOfStates", "graustark", { label: "Graustark" });\n`);
    });
    expect(await problemsOf(root)).toContain("with different class (State in data/entities/parties.ts, GroupOfStates in data/ministry-statement.ts)");
  });

  it("the same declaration in two modules is fine", async () => {
    const root = variant((r) => {
      const path = join(r, "data", "ministry-statement.ts");
      writeFileSync(path, `${readFileSync(path, "utf8")}\ngraph.add("State", "graustark", { label: "Graustark" });\n`);
    });
    expect((await buildProject(root)).length).toBe(5);
  });

  it("a claim slug used in two modules", async () => {
    const root = variant((r) => {
      const path = join(r, "data", "ministry-statement.ts");
      writeFileSync(path, readFileSync(path, "utf8").replace('graph.claim("ministry-graustark-deposited"', 'graph.claim("report-graustark-acceded"').replace("contradicts: [reportedAccession],", ""));
    });
    expect(await problemsOf(root)).toContain("the claim is declared in data/accession-report.ts and again in data/ministry-statement.ts; claim slugs must be unique in the corpus");
  });

  it("a reference to an entity no module of the corpus declares", async () => {
    const root = variant((r) => {
      mkdirSync(join(r, "lib"));
      writeFileSync(join(r, "lib", "elsewhere.ts"), 'import { createGraph } from "../../../../src/index.js";\nexport const graph = createGraph();\nexport const elphberg = graph.add("State", "elphberg", { label: "Elphberg" });\n');
      const path = join(r, "data", "accession-report.ts");
      writeFileSync(path, `import { elphberg } from "../lib/elsewhere.js";\n${readFileSync(path, "utf8").replace("participants: [freedonia],", "participants: [freedonia, elphberg],")}`);
    });
    expect(await problemsOf(root)).toContain("(participants): refers to <https://w3id.org/pactgraph/id/party/elphberg>, which no module of the corpus declares");
  });

  it("a node of one module that no claim of any module supports", async () => {
    const root = variant((r) => {
      const path = join(r, "data", "treaty-of-zenda.ts");
      writeFileSync(path, `${readFileSync(path, "utf8")}\ngraph.add("Alliance", "unsupported-alliance", { label: "An alliance no source mentions", status: "Proposed" });\n`);
    });
    expect(await problemsOf(root)).toContain("data/treaty-of-zenda.ts: <https://w3id.org/pactgraph/id/agreement/unsupported-alliance>: no claim in the corpus supports it");
  });

  it("a clause whose text is not in the treaty", async () => {
    const root = variant((r) => {
      const path = join(r, "data", "treaty-of-zenda.ts");
      writeFileSync(path, readFileSync(path, "utf8").replace("Ruritania undertakes to station forces on the territory of Graustark at the request of Graustark.", "Ruritania undertakes to station fleets in Graustark."));
    });
    expect(await problemsOf(root)).toContain('Clause "treaty-of-zenda-article-4" (text): the quote "Ruritania undertakes to station fleets in Graustark." does not occur in the source text');
  });
});
