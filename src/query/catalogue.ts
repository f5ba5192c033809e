/**
 * The library of saved queries: `.rq` files, each with a comment header of metadata.
 *
 *   # title: Who is obliged to defend whom
 *   # description: Pairs of parties bound by a mutual-defence clause, with the agreement
 *   #   and the clause summary (continuation lines are indented).
 *   # param: state: iri = party:turkey — the focal state
 *   # returns: bindings (obliged, protected, agreement)
 *   # requires: wikidata
 *
 * Parameters are the query's `$name` variables; `returns` is `bindings (vars…)`, `graph` or
 * `boolean`; `requires: wikidata` marks a query that also reads Wikidata (see federation.ts). The library is pactgraph's own folder plus the project's `queries/`, the project's
 * query winning when both have one of the same name. Any other `.rq` file runs too; for those the
 * header is optional.
 */
import { readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { ParseError, UsageError } from "../errors.js";
import { readTextFile } from "../io/index.js";
import { PARAM_TYPES, type ParamSpec, type ParamType } from "./params.js";

export interface SavedQuery {
  /** File name without `.rq`; what users type. */
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly params: readonly ParamSpec[];
  readonly returns: string;
  readonly notes: readonly string[];
  /** What else the query needs besides the local graph (`wikidata`: it federates with Wikidata). */
  readonly requires: readonly Requirement[];
  readonly text: string;
  /** Which library it comes from: pactgraph's own, the project's, or a file named on the command line. */
  readonly origin: "package" | "project" | "file";
  /** For a project query: the package query of the same name it replaces. */
  readonly shadows?: string;
}

/** A folder of saved queries and which library it is. */
export interface QueryLibrary {
  readonly directory: string;
  readonly origin: "package" | "project";
}

/** What a saved query may declare it needs besides the local graph (`# requires: …`). */
export const REQUIREMENTS = ["wikidata"] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

const HEADER_KEYS = ["title", "description", "param", "returns", "note", "requires"] as const;
const PARAM_LINE = /^([A-Za-z_]\w*):\s*(\w+)(?:\s*=\s*(\S+))?\s+(?:—|--)\s+(.+)$/;

/**
 * Parses the header and returns the query. In the saved library (`strict`) title, description and
 * returns are required; a malformed header is a {@link ParseError} either way.
 */
export function parseSavedQuery(text: string, path: string, origin: SavedQuery["origin"] = "package"): SavedQuery {
  const strict = origin !== "file";
  const fields = new Map<string, string[]>();
  let last: string[] | undefined;
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (!line.startsWith("#")) break;
    const continuation = /^#\s{2,}(\S.*)$/.exec(line);
    if (continuation && last && last.length > 0) {
      last[last.length - 1] += ` ${continuation[1]!.trim()}`;
      continue;
    }
    const field = /^#\s*([a-z]+):\s*(.*)$/.exec(line);
    if (!field) continue; // free comment
    const key = field[1]!;
    if (!(HEADER_KEYS as readonly string[]).includes(key)) {
      if (!strict) continue; // a plain .rq file may have comments of any shape
      throw new ParseError(`unknown header field "${key}" (use ${HEADER_KEYS.join(", ")})`, { file: path, line: index + 1, column: 3 });
    }
    last = fields.get(key) ?? [];
    last.push(field[2]!.trim());
    fields.set(key, last);
  }
  const name = basename(path, ".rq");
  const one = (key: string, fallback: string): string => {
    const value = fields.get(key)?.[0];
    if (value) return value;
    if (strict) throw new ParseError(`a saved query needs a "# ${key}: …" header line`, { file: path, line: 1 });
    return fallback;
  };
  return {
    name,
    path,
    title: one("title", name),
    description: one("description", ""),
    returns: one("returns", "whatever the query returns"),
    params: (fields.get("param") ?? []).map((line) => parseParamLine(line, path, lines)),
    notes: fields.get("note") ?? [],
    requires: parseRequires(fields.get("requires") ?? [], path, lines),
    text,
    origin,
  };
}

function parseParamLine(line: string, path: string, lines: readonly string[]): ParamSpec {
  const match = PARAM_LINE.exec(line);
  const where = { file: path, line: lines.findIndex((l) => l.includes(line.slice(0, 20))) + 1 };
  if (!match) throw new ParseError(`malformed parameter "${line}"; expected "name: type [= default] — description"`, where);
  const type = match[2]!;
  if (!(PARAM_TYPES as readonly string[]).includes(type)) {
    throw new ParseError(`parameter ${match[1]} has unknown type "${type}" (use ${PARAM_TYPES.join(", ")})`, where);
  }
  return { name: match[1]!, type: type as ParamType, default: match[3], description: match[4]! };
}

function parseRequires(values: readonly string[], path: string, lines: readonly string[]): Requirement[] {
  const names = values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter((v) => v !== "");
  for (const name of names) {
    if (!(REQUIREMENTS as readonly string[]).includes(name)) {
      const line = lines.findIndex((l) => /^#\s*requires:/.test(l)) + 1;
      throw new ParseError(`unknown requirement "${name}" (use ${REQUIREMENTS.join(", ")})`, { file: path, line });
    }
  }
  return [...new Set(names as Requirement[])];
}

async function queriesIn(library: QueryLibrary): Promise<SavedQuery[]> {
  const names = (await readdir(library.directory).catch(() => [] as string[])).filter((f) => f.endsWith(".rq")).sort();
  return Promise.all(names.map(async (f) => parseSavedQuery(await readTextFile(join(library.directory, f)), join(library.directory, f), library.origin)));
}

/**
 * Every saved query of the libraries, sorted by name. A later library's query replaces an
 * earlier one of the same name (pass the package library first, the project's after it).
 */
export async function listSavedQueries(libraries: readonly QueryLibrary[] | string): Promise<SavedQuery[]> {
  const list = typeof libraries === "string" ? [{ directory: libraries, origin: "package" as const }] : libraries;
  const byName = new Map<string, SavedQuery>();
  for (const library of list) {
    for (const query of await queriesIn(library)) {
      const earlier = byName.get(query.name);
      byName.set(query.name, earlier ? { ...query, shadows: earlier.path } : query);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A saved query by name, or any `.rq` file by path. An unknown name is a usage error that
 * suggests the closest names.
 */
export async function findSavedQuery(libraries: readonly QueryLibrary[] | string, nameOrPath: string, readFile: (path: string) => Promise<string> = readTextFile): Promise<SavedQuery> {
  if (nameOrPath.endsWith(".rq") || nameOrPath.includes("/")) return parseSavedQuery(await readFile(nameOrPath), nameOrPath, "file");
  const all = await listSavedQueries(libraries);
  const found = all.find((q) => q.name === nameOrPath);
  if (found) return found;
  const names = all.map((q) => q.name);
  const near = names.filter((n) => distance(n, nameOrPath) <= Math.max(3, nameOrPath.length / 3) || n.includes(nameOrPath));
  const suggestions = near.length > 0 ? near : names.length > 0 ? [closest(nameOrPath, names)] : [];
  throw new UsageError(
    `no saved query named "${nameOrPath}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(", ")}?` : ""} (list them with \`pactgraph queries\`)`,
  );
}

/** A query given as text (`-q`), with no header required. */
export function inlineQuery(text: string, name = "<query>"): SavedQuery {
  return parseSavedQuery(text, name, "file");
}
