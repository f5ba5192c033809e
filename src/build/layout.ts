/** Where a pactgraph project keeps its built graph: data/*.ttl plus data/links/*.ttl. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

async function turtleFilesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ttl"))
    .map((e) => join(directory, e.name))
    .sort();
}

/** The Turtle files that make up the built graph of the project at `root`. */
export async function builtGraphFiles(root: string): Promise<string[]> {
  return [...(await turtleFilesIn(join(root, "data"))), ...(await turtleFilesIn(join(root, "data", "links")))];
}
