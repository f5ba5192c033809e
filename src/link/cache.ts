/**
 * The on-disk response cache: one JSON file per (endpoint, query), named by the SHA-256 of both,
 * holding the response body and when it was stored. Entries older than the TTL are misses;
 * so is any entry that cannot be read, does not parse or belongs to another query (it is
 * overwritten by the next good response). Entries are written atomically, and only responses
 * that parsed as SPARQL results are stored.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { IoError } from "../errors.js";
import { describeFsError } from "../io/index.js";
import { writeFileAtomically } from "../io/index.js";
import { systemClock, type Clock } from "../net/index.js";

export interface ResponseCacheOptions {
  readonly directory: string;
  readonly ttlMs: number;
  /** Read entries but never write (dry runs). */
  readonly readOnly?: boolean;
  readonly clock?: Clock;
}

interface Entry {
  readonly version: 1;
  readonly endpoint: string;
  readonly query: string;
  readonly storedAt: number;
  readonly body: string;
}

/** Caches SPARQL response bodies on disk; see the module comment. */
export class ResponseCache {
  hits = 0;
  private readonly clock: Clock;

  constructor(readonly options: ResponseCacheOptions) {
    this.clock = options.clock ?? systemClock;
  }

  /** The file an (endpoint, query) pair is cached in. */
  pathOf(endpoint: string, query: string): string {
    const key = createHash("sha256").update(endpoint).update("\u0000").update(query).digest("hex");
    return join(this.options.directory, `${key}.json`);
  }

  /** The cached body, or undefined on a miss (absent, expired, unreadable or corrupt). */
  async get(endpoint: string, query: string): Promise<string | undefined> {
    return (await this.lookup(endpoint, query))?.body;
  }

  /** The cached body and when it was stored (epoch milliseconds), or undefined on a miss. */
  async lookup(endpoint: string, query: string): Promise<{ readonly body: string; readonly storedAt: number } | undefined> {
    // Absent or unreadable: either way a miss, and the next good response replaces it.
    const text = await readFile(this.pathOf(endpoint, query), "utf8").catch(() => undefined);
    if (text === undefined) return undefined;
    const entry = parseEntry(text);
    if (!entry || entry.endpoint !== endpoint || entry.query !== query) return undefined;
    const age = this.clock.now() - entry.storedAt;
    if (age < 0 || age > this.options.ttlMs) return undefined;
    this.hits++;
    return { body: entry.body, storedAt: entry.storedAt };
  }

  /** Stores a body (unless read-only), as fetched at `storedAt` (default now). */
  async set(endpoint: string, query: string, body: string, storedAt = this.clock.now()): Promise<void> {
    if (this.options.readOnly) return;
    try {
      await mkdir(this.options.directory, { recursive: true });
    } catch (error) {
      throw new IoError(`cannot create the cache directory ${this.options.directory}: ${describeFsError(error)}`, this.options.directory, { cause: error });
    }
    const entry: Entry = { version: 1, endpoint, query, storedAt, body };
    await writeFileAtomically(this.pathOf(endpoint, query), `${JSON.stringify(entry)}\n`);
  }
}

function parseEntry(text: string): Entry | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined; // a corrupt entry is a miss, by design
  }
  if (typeof data !== "object" || data === null) return undefined;
  const e = data as Record<string, unknown>;
  const ok =
    e.version === 1 && typeof e.endpoint === "string" && typeof e.query === "string" && typeof e.storedAt === "number" && typeof e.body === "string";
  return ok ? (data as Entry) : undefined;
}
