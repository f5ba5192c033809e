/** data/links/wikidata.ttl: rendering it deterministically, reading it back, writing it atomically. */
import { access } from "node:fs/promises";
import type { Quad } from "@rdfjs/types";
import { loadRdfFile } from "../rdf/load.js";
import { writeFileAtomically } from "../io/index.js";
import { expandCurie, PREFIXES } from "../rdf/prefixes.js";
import { writeTurtle } from "../rdf/turtle-writer.js";
import { recordsFromQuads, recordsToQuads, type LinkRecord } from "./records.js";

const HEADER = [
  "Wikidata links of the entities of the built graph, written by `pactgraph link`.",
  "Edit data/links/overrides.json and run `pactgraph link`, not this file.",
  "The link is the entity's skos:exactMatch; its pact:WikidataLink node records status, method, score, matched label, endpoint and date.",
];

const LEADING_PREDICATES = ["rdfs:label", "skos:prefLabel"].map(expandCurie);

/** The Turtle of a set of decisions: the same decisions always give the same bytes. */
export function renderLinksFile(records: readonly LinkRecord[]): string {
  return writeTurtle(recordsToQuads(records), { prefixes: PREFIXES, leadingPredicates: LEADING_PREDICATES, header: HEADER });
}

/** The quads of an existing links file, or none when it does not exist yet. */
export async function loadLinksFile(path: string): Promise<Quad[]> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  return exists ? loadRdfFile(path) : [];
}

/** The decisions of an existing links file, or none when it does not exist yet. */
export async function readLinksFile(path: string): Promise<LinkRecord[]> {
  return recordsFromQuads(await loadLinksFile(path));
}

/** Writes the links file atomically; returns false (and writes nothing) when it is unchanged. */
export async function writeLinksFile(path: string, content: string, current: string | undefined): Promise<boolean> {
  if (current === content) return false;
  await writeFileAtomically(path, content);
  return true;
}
