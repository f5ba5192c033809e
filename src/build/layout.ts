/**
 * Where a pactgraph project keeps its built graph: <data>/corpus.trig (the whole corpus, each
 * source's claims in its named graph) plus <data>/links/*.ttl. A data folder without a corpus file
 * (Turtle files written by hand or by another tool) is its *.ttl files.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** The corpus file `pactgraph build` writes into the data folder. */
export const CORPUS_FILE = "corpus.trig";

async function filesIn(directory: string, extension: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => join(directory, e.name))
    .sort();
}

/** The files that make up the built graph of a project whose data folder is `dataDir`. */
export async function builtGraphFiles(dataDir: string): Promise<string[]> {
  const corpus = await filesIn(dataDir, CORPUS_FILE);
  const graph = corpus.length > 0 ? corpus : await filesIn(dataDir, ".ttl");
  return [...graph, ...(await filesIn(join(dataDir, "links"), ".ttl"))];
}
