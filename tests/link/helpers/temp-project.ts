/** A throw-away project directory with the built seed graph, for runs that write links and a cache. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ROOT, SEED_TTL } from "../../helpers/project.js";

export const COMMITTED_OVERRIDES = join(ROOT, "data", "links", "overrides.json");
export const COMMITTED_LINKS = join(ROOT, "data", "links", "wikidata.ttl");

/** The committed overrides, none, or an overrides file with this JSON text. */
export type OverridesChoice = "committed" | "none" | { readonly json: string };

export interface TempProject {
  readonly root: string;
  readonly linksFile: string;
  readonly overridesFile: string;
  readonly cacheDir: string;
  /** data/*.ttl then data/links/wikidata.ttl, as the built graph is listed. */
  readonly graphFiles: string[];
  readonly remove: () => void;
}

/**
 * The seed's built Turtle (plus `extraData` files) in data/, and in data/links/ the committed
 * overrides (`"committed"`), none (`"none"`), or the given JSON text.
 */
export function createTempProject(options: { overrides: OverridesChoice; extraData?: readonly string[] }): TempProject {
  const root = mkdtempSync(join(tmpdir(), "pactgraph-link-"));
  mkdirSync(join(root, "data", "links"), { recursive: true });
  writeFileSync(join(root, "pactgraph.config.json"), "{}\n");
  const data = [SEED_TTL, ...(options.extraData ?? [])].map((file) => {
    const target = join(root, "data", basename(file));
    copyFileSync(file, target);
    return target;
  });
  const overridesFile = join(root, "data", "links", "overrides.json");
  if (options.overrides === "committed") copyFileSync(COMMITTED_OVERRIDES, overridesFile);
  else if (options.overrides !== "none") writeFileSync(overridesFile, options.overrides.json);
  const linksFile = join(root, "data", "links", "wikidata.ttl");
  return {
    root,
    linksFile,
    overridesFile,
    cacheDir: join(root, ".cache", "wikidata"),
    graphFiles: [...data.sort(), linksFile],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
