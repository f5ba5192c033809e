/**
 * Finding the user's project: walk up from the working directory to the first folder with a
 * `pactgraph.config.json`, or with a package.json that depends on pactgraph (or is pactgraph's own
 * repository). `--data` always overrides what the project would supply.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ParseError } from "../errors.js";

/** The config file name `pactgraph init` writes and the search stops at. */
export const CONFIG_FILE = "pactgraph.config.json";

export interface ProjectConfig {
  /** Folder of DSL modules, source texts and built Turtle (default "data"). */
  readonly data: string;
  /** Folder of the project's own saved queries (default "queries"). */
  readonly queries: string;
}

export interface Project {
  readonly root: string;
  /** How the root was recognised. */
  readonly marker: "config" | "package" | "pactgraph-repository";
  readonly config: ProjectConfig;
  /** Absolute folder of DSL modules and built graph files. */
  readonly dataDir: string;
  /** Absolute folder of the project's saved queries. */
  readonly queriesDir: string;
  /** True in pactgraph's own repository, the only place `build` regenerates the ontology files. */
  readonly isPactgraphRepository: boolean;
}

const DEFAULTS: ProjectConfig = { data: "data", queries: "queries" };

/** The project containing `cwd`, or undefined when there is none. */
export function findProject(cwd: string): Project | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const found = projectAt(dir);
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

function projectAt(dir: string): Project | undefined {
  const configPath = join(dir, CONFIG_FILE);
  const manifest = readManifest(join(dir, "package.json"));
  const isRepository = manifest?.name === "pactgraph" && existsSync(join(dir, "src", "schema"));
  let marker: Project["marker"] | undefined;
  if (existsSync(configPath)) marker = "config";
  else if (isRepository) marker = "pactgraph-repository";
  else if (manifest && dependsOnPactgraph(manifest)) marker = "package";
  if (!marker) return undefined;
  const config = marker === "config" ? readConfig(configPath) : DEFAULTS;
  return {
    root: dir,
    marker,
    config,
    dataDir: resolve(dir, config.data),
    queriesDir: resolve(dir, config.queries),
    isPactgraphRepository: isRepository,
  };
}

interface Manifest {
  readonly name?: unknown;
  readonly dependencies?: unknown;
  readonly devDependencies?: unknown;
}

function readManifest(path: string): Manifest | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof parsed === "object" && parsed !== null ? parsed : undefined;
  } catch {
    return undefined; // a broken package.json is not ours to report
  }
}

function dependsOnPactgraph(manifest: Manifest): boolean {
  return [manifest.dependencies, manifest.devDependencies].some((deps) => typeof deps === "object" && deps !== null && "pactgraph" in deps);
}

function readConfig(path: string): ProjectConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ParseError(`malformed JSON: ${error instanceof Error ? error.message : String(error)}`, { file: path }, { cause: error });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new ParseError("expected a JSON object", { file: path });
  const config: Record<string, unknown> = { ...DEFAULTS };
  for (const [key, value] of Object.entries(parsed)) {
    if (key === "$schema") continue;
    if (!(key in DEFAULTS)) throw new ParseError(`unknown setting "${key}" (known: ${Object.keys(DEFAULTS).join(", ")})`, { file: path });
    if (typeof value !== "string" || value.trim() === "") throw new ParseError(`"${key}" must be a folder path`, { file: path });
    config[key] = value;
  }
  return config as unknown as ProjectConfig;
}
