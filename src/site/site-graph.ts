/**
 * Everything the site shows, read once: every statement of the graph (through the query API),
 * the alliance network and timeline drawn from it, what points at each node, the source texts,
 * and the saved queries with their results on this graph. Pages read from here; nothing else
 * queries the graph.
 */
import type { Term } from "@rdfjs/types";
import { allianceGraphOf, describeAll, timelineOf, type AllianceGraph, type NodeTable, type QueryRunner, type TimelineData } from "../diagram/index.js";
import { messageOf } from "../errors.js";
import { prepareSavedQuery, type QueryResult, type SavedQuery } from "../query/index.js";
import { PACT } from "../rdf/prefixes.js";
import { classIri, classNames, isSubclassOf, propertyIri, type ClassName } from "../schema/index.js";
import { pageOfIri } from "./paths.js";

export interface SavedQueryRun {
  readonly query: SavedQuery;
  readonly result?: QueryResult;
  /** Why it has no result here (a parameter without a default, an engine error). */
  readonly problem?: string;
}

export interface SiteGraph {
  readonly table: NodeTable;
  readonly network: AllianceGraph;
  readonly timeline: TimelineData;
  /** Subject and predicate of every statement whose object is the key. */
  readonly inverse: ReadonlyMap<string, readonly { readonly subject: string; readonly predicate: string }[]>;
  /** Source texts by source IRI, where they could be read. */
  readonly texts: ReadonlyMap<string, string>;
  readonly queries: readonly SavedQueryRun[];
  /** Every node that gets a page, by page path. */
  readonly pages: ReadonlyMap<string, string>;
}

export interface SiteGraphOptions {
  readonly run: QueryRunner;
  readonly queries: readonly SavedQuery[];
  /** Reads a source's pact:textFile; undefined when it cannot be found. */
  readonly readText: (textFile: string) => Promise<string | undefined>;
}

export async function readSiteGraph(options: SiteGraphOptions): Promise<SiteGraph> {
  const table = await describeAll(options.run);
  const inverse = new Map<string, { subject: string; predicate: string }[]>();
  const pages = new Map<string, string>();
  for (const subject of table.subjects()) {
    const path = pageOfIri(subject);
    if (path && table.types(subject).length > 0) pages.set(path, subject);
    for (const predicate of table.predicates(subject)) {
      for (const object of table.values(subject, predicate)) {
        if (object.termType !== "NamedNode") continue;
        inverse.set(object.value, [...(inverse.get(object.value) ?? []), { subject, predicate }]);
      }
    }
  }
  const texts = new Map<string, string>();
  for (const source of instancesOf(table, "SourceDocument")) {
    const file = table.first(source, propertyIri("textFile"));
    const text = file === undefined ? undefined : await options.readText(file);
    if (text !== undefined) texts.set(source, text);
  }
  const queries: SavedQueryRun[] = [];
  for (const query of options.queries) {
    if (query.requires.includes("wikidata")) {
      // The site is built offline; over the local graph alone the answer would be misleading.
      queries.push({ query, problem: `needs Wikidata: run \`pactgraph query ${query.name}\` (or --wikidata-local after \`pactgraph enrich\`)` });
      continue;
    }
    try {
      queries.push({ query, result: await options.run(prepareSavedQuery(query)) });
    } catch (error) {
      queries.push({ query, problem: messageOf(error) });
    }
  }
  return { table, network: allianceGraphOf(table), timeline: timelineOf(table), inverse, texts, queries, pages };
}

/** The instances of a class or its subclasses, sorted. */
export function instancesOf(table: NodeTable, ancestor: ClassName): string[] {
  const classes = new Set(classNames.filter((c) => isSubclassOf(c, ancestor)).map(classIri));
  return table.subjects().filter((s) => table.types(s).some((t) => classes.has(t)));
}

/** The pactgraph class of a node (its most specific one that the schema knows). */
export function classOf(table: NodeTable, node: string): ClassName | undefined {
  const known = table.types(node).flatMap((t) => classNames.filter((c) => classIri(c) === t));
  return known.sort((a, b) => depth(b) - depth(a))[0];
}

function depth(name: ClassName): number {
  return classNames.filter((c) => isSubclassOf(name, c)).length;
}

/** A concept IRI's key (`pact:Reported` → "Reported"). */
export function conceptKey(term: Term | string | undefined): string | undefined {
  const value = typeof term === "string" ? term : term?.value;
  return value?.startsWith(PACT) ? value.slice(PACT.length) : value;
}
