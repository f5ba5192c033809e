/**
 * The committed overrides file (data/links/overrides.json): curated decisions that always win
 * over the automatic match. Each entry maps an entity (`party:turkey`) to a Wikidata item
 * (`"Q43"`) or to `"none"` (Wikidata has no item for it), with the name the item was verified
 * under, a note and the decision date (the file's `decided` unless the entry gives its own).
 *
 * ```json
 * { "decided": "2026-11-28", "verification": "…", "links": { "party:turkey": { "wikidata": "Q43", "name": "Turkey" } } }
 * ```
 */
import { access } from "node:fs/promises";
import { ParseError, PactgraphError } from "../errors.js";
import { readTextFile } from "../io/index.js";
import { PREFIXES } from "../rdf/prefixes.js";
import type { Qid } from "./kinds.js";
import { isQid } from "./qid.js";

/** One curated decision. */
export interface Override {
  /** The entity's full IRI. */
  readonly entity: string;
  /** The key as written in the file, e.g. `party:turkey`. */
  readonly key: string;
  readonly wikidata: Qid | "none";
  /** The name the item was verified under, recorded as the link's matched label. */
  readonly name?: string | undefined;
  readonly note?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly decided: string;
}

/** The error code of an overrides file whose content is wrong (exit 1). */
export const E_OVERRIDES = "E_CONFIG" as const;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FILE_KEYS = new Set(["$comment", "decided", "verification", "links"]);
const ENTRY_KEYS = new Set(["wikidata", "name", "note", "decided"]);

/** Reads and checks an overrides file; a missing file means no overrides. */
export async function readOverrides(path: string): Promise<Override[]> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  return exists ? parseOverrides(await readTextFile(path), path) : [];
}

/** Parses the text of an overrides file; `path` names it in error messages. */
export function parseOverrides(text: string, path: string): Override[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw jsonError(error, text, path);
  }
  const problems: string[] = [];
  if (!isObject(data)) throw new PactgraphError(`${path}: expected a JSON object with "links"`, E_OVERRIDES);
  for (const key of Object.keys(data)) if (!FILE_KEYS.has(key)) problems.push(`unknown key "${key}" (allowed: ${[...FILE_KEYS].join(", ")})`);
  const fileDate = data.decided;
  if (fileDate !== undefined && (typeof fileDate !== "string" || !DATE.test(fileDate))) problems.push(`"decided" must be a date such as "2026-11-28"`);
  const verification = typeof data.verification === "string" ? data.verification : undefined;
  const links = data.links ?? {};
  if (!isObject(links)) problems.push(`"links" must be an object mapping entities to decisions`);
  const overrides: Override[] = [];
  for (const [key, value] of Object.entries(isObject(links) ? links : {})) {
    const entity = expandEntity(key);
    const where = `"${key}"`;
    if (!entity) {
      problems.push(`${where}: not an entity IRI; write it as collection:slug (party:turkey) or a full IRI`);
      continue;
    }
    if (!isObject(value)) {
      problems.push(`${where}: expected { "wikidata": "Q…" | "none", … }`);
      continue;
    }
    for (const k of Object.keys(value)) if (!ENTRY_KEYS.has(k)) problems.push(`${where}: unknown key "${k}" (allowed: ${[...ENTRY_KEYS].join(", ")})`);
    const wikidata = value.wikidata;
    if (typeof wikidata !== "string" || (wikidata !== "none" && !isQid(wikidata))) {
      problems.push(`${where}: "wikidata" must be an item ID such as "Q43", or "none"`);
      continue;
    }
    const decided = value.decided ?? fileDate;
    if (typeof decided !== "string" || !DATE.test(decided)) {
      problems.push(`${where}: no decision date; give "decided" (YYYY-MM-DD) on the entry or the file`);
      continue;
    }
    const name = optionalString(value.name, `${where}: "name"`, problems);
    const note = optionalString(value.note, `${where}: "note"`, problems) ?? verification;
    overrides.push({ entity, key, wikidata, name, note, decided });
  }
  if (problems.length > 0) {
    throw new PactgraphError(`${path}: ${problems.length === 1 ? "" : `${problems.length} problems:\n  `}${problems.join("\n  ")}`, E_OVERRIDES);
  }
  return overrides.sort((a, b) => (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0));
}

function expandEntity(key: string): string | undefined {
  if (/^https?:\/\/\S+$/.test(key)) return key;
  const match = /^([a-z]+):([A-Za-z0-9._-]+)$/.exec(key);
  const base = match ? PREFIXES[match[1]!] : undefined;
  return base && match && base.startsWith("https://w3id.org/pactgraph/id/") ? base + match[2]! : undefined;
}

function optionalString(value: unknown, where: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && value.trim() !== "") return value;
  problems.push(`${where} must be a non-empty string`);
  return undefined;
}

function jsonError(error: unknown, text: string, path: string): ParseError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) return new ParseError(`invalid JSON: ${message}`, { file: path }, { cause: error });
  const before = text.slice(0, Number(position)).split("\n");
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return new ParseError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, "")}`, { file: path, line, column }, { cause: error });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
