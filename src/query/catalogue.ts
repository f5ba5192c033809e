/**
 * The library of saved queries: `queries/*.rq`, each with a comment header of metadata.
 *
 *   # title: Who is obliged to defend whom
 *   # description: Pairs of parties bound by a mutual-defence clause, with the agreement
 *   #   and the clause summary (continuation lines are indented).
 *   # param: state: iri = party:turkey — the focal state
 *   # returns: bindings (obliged, protected, agreement)
 *
 * Parameters are the query's `$name` variables; `returns` is `bindings (vars…)`, `graph` or `boolean`.
 */
import { access, readdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { closest, distance } from "fastest-levenshtein";
import { ParseError, UsageError } from "../errors.js";
import { readTextFile } from "../rdf/input.js";
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
  readonly text: string;
}

const HEADER_KEYS = ["title", "description", "param", "returns", "note"] as const;
const PARAM_LINE = /^([A-Za-z_]\w*):\s*(\w+)(?:\s*=\s*(\S+))?\s+(?:—|--)\s+(.+)$/;

/** Parses the header and returns the saved query; a malformed header is a {@link ParseError}. */
export function parseSavedQuery(text: string, path: string): SavedQuery {
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
      throw new ParseError(`unknown header field "${key}" (use ${HEADER_KEYS.join(", ")})`, { file: path, line: index + 1, column: 3 });
    }
    last = fields.get(key) ?? [];
    last.push(field[2]!.trim());
    fields.set(key, last);
  }
  const one = (key: string): string => {
    const value = fields.get(key)?.[0];
    if (!value) throw new ParseError(`header lacks "# ${key}: …"`, { file: path, line: 1 });
    return value;
  };
  return {
    name: basename(path, ".rq"),
    path,
    title: one("title"),
    description: one("description"),
    returns: one("returns"),
    params: (fields.get("param") ?? []).map((line) => parseParamLine(line, path, lines)),
    notes: fields.get("note") ?? [],
    text,
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

/** Every saved query in `directory`, sorted by name. */
export async function listSavedQueries(directory: string): Promise<SavedQuery[]> {
  const names = (await readdir(directory)).filter((f) => f.endsWith(".rq")).sort();
  return Promise.all(names.map(async (f) => parseSavedQuery(await readTextFile(join(directory, f)), join(directory, f))));
}

/**
 * A saved query by name, or any `.rq` file by path. An unknown name is a usage error that
 * suggests the closest names.
 */
export async function findSavedQuery(directory: string, nameOrPath: string): Promise<SavedQuery> {
  if (nameOrPath.endsWith(".rq") || nameOrPath.includes("/")) {
    return parseSavedQuery(await readTextFile(nameOrPath), nameOrPath);
  }
  const direct = join(directory, `${nameOrPath}.rq`);
  if (/^[\w-]+$/.test(nameOrPath) && (await access(direct).then(() => true, () => false))) {
    return parseSavedQuery(await readTextFile(direct), direct);
  }
  const all = await listSavedQueries(directory);
  const names = all.map((q) => q.name);
  const near = names.filter((n) => distance(n, nameOrPath) <= Math.max(3, nameOrPath.length / 3) || n.includes(nameOrPath));
  const suggestions = near.length > 0 ? near : names.length > 0 ? [closest(nameOrPath, names)] : [];
  throw new UsageError(
    `no saved query named "${nameOrPath}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(", ")}?` : ""} (list them with \`pactgraph queries\`)`,
  );
}
