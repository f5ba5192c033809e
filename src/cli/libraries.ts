/** The saved-query libraries a command sees: pactgraph's own, then the project's (which wins on a name clash). */
import { resolve } from "node:path";
import { PACKAGE_QUERIES } from "../project/index.js";
import type { QueryLibrary } from "../query/index.js";
import type { CommandContext } from "./context.js";

export function queryLibraries(context: CommandContext): QueryLibrary[] {
  const libraries: QueryLibrary[] = [{ directory: PACKAGE_QUERIES, origin: "package" }];
  const own = context.project?.queriesDir;
  if (own && resolve(own) !== resolve(PACKAGE_QUERIES)) libraries.push({ directory: own, origin: "project" });
  return libraries;
}
