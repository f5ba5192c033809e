/** Graphs to draw in the diagram and site tests: the seed, the four-module fixture corpus, Turtle text. */
import { join } from "node:path";
import { builtGraphFiles, createModuleLoader, findGraphModules, renderModules } from "../../src/build/index.js";
import type { QueryRunner } from "../../src/diagram/index.js";
import { runQuery } from "../../src/query/engine.js";
import { loadLocalSource } from "../../src/query/index.js";
import { bytesInput, fileInput, type RdfInput } from "../../src/rdf/index.js";
import { ROOT } from "../helpers/project.js";

export const FIXTURE_CORPUS = join(ROOT, "tests", "fixtures", "corpus");

/** A runner over RDF inputs, the union of their named graphs as the default graph (as the CLI does for a corpus). */
export async function runnerOver(inputs: readonly RdfInput[]): Promise<QueryRunner> {
  const { source } = await loadLocalSource(inputs, { unionDefaultGraph: true });
  return (query) => runQuery(query, source);
}

/** The seed's built graph: data/corpus.trig and data/links/*.ttl. */
export async function seedRunner(): Promise<QueryRunner> {
  return runnerOver((await builtGraphFiles(join(ROOT, "data"))).map((f) => fileInput(f)));
}

/** The fixture corpus built in memory (nothing written but the bundler's cache): its corpus.trig. */
export async function fixtureCorpusTrig(): Promise<string> {
  const dataDir = join(FIXTURE_CORPUS, "data");
  const loader = await createModuleLoader(await findGraphModules(dataDir), join(ROOT, ".cache", "pactgraph-visual-tests"));
  try {
    const files = await renderModules(await loader.load(), FIXTURE_CORPUS, dataDir);
    return files.find((f) => f.path === "data/corpus.trig")!.content;
  } finally {
    await loader.dispose();
  }
}

/** A runner over Turtle or TriG text. */
export function runnerOverText(name: string, text: string): Promise<QueryRunner> {
  return runnerOver([bytesInput(name, Buffer.from(text, "utf8"))]);
}
