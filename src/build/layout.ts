/** Where a pactgraph project keeps its built graph: <data>/*.ttl plus <data>/links/*.ttl. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

async function turtleFilesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ttl"))
    .map((e) => join(directory, e.name))
    .sort();
}

/** The Turtle files that make up the built graph of a project whose data folder is `dataDir`. */
export async function builtGraphFiles(dataDir: string): Promise<string[]> {
  return [...(await turtleFilesIn(dataDir)), ...(await turtleFilesIn(join(dataDir, "links")))];
}
