/**
 * Federation planning for saved queries that declare `# requires: wikidata`. Such a query names
 * Wikidata as `SERVICE <https://query.wikidata.org/sparql> { … }`, and each SERVICE block starts
 * with `VALUES ?item { <https://w3id.org/pactgraph/linked-wikidata-items> }`, which stands for "the
 * graph's linked Wikidata items". One query text gives three plans, made on its syntax tree:
 *
 * - `service` (the default): the blocks go to the configured endpoint as SERVICE calls, each
 *   VALUES filled with the linked items, so Comunica sends every block bounded by them (never an
 *   open pattern such as `?s p:P463 ?o`, which the Wikidata Query Service cannot answer in time);
 * - `sources`: the SERVICE wrappers are dropped and the endpoint becomes a second source beside
 *   the local store, every pattern going to both (Comunica's multi-source federation; measured
 *   slower, with more requests, and it sends the corpus's own patterns to Wikidata — see README);
 * - `local`: the wrappers are dropped and the query runs over local data only, where the facts
 *   `pactgraph enrich` saved (data/links/wikidata-facts.trig) stand in for the endpoint.
 */
import type { Term } from "@rdfjs/types";
import sparqljs from "sparqljs";
import { ParseError, UsageError } from "../errors.js";
import { namedNode } from "../rdf/terms.js";

/** The SERVICE IRI saved queries use for Wikidata, whatever endpoint they run against. */
export const WIKIDATA_SERVICE = "https://query.wikidata.org/sparql";

/** The one value of a VALUES block that the planner replaces with the graph's linked items. */
export const LINKED_ITEMS = "https://w3id.org/pactgraph/linked-wikidata-items";

/** The ways to run a query that needs Wikidata. */
export const FEDERATION_STRATEGIES = ["service", "sources"] as const;
export type FederationStrategy = (typeof FEDERATION_STRATEGIES)[number];

/** Where Wikidata's side of a query comes from. */
export type WikidataPlan =
  | { readonly kind: "endpoint"; readonly endpoint: string; readonly strategy: FederationStrategy; readonly items: readonly string[] }
  | { readonly kind: "local"; readonly items?: readonly string[] };

const WIKIDATA_ENTITY = /^http:\/\/www\.wikidata\.org\/entity\/Q[1-9]\d*$/;
const SKOS_EXACT_MATCH = "http://www.w3.org/2004/02/skos/core#exactMatch";

/** The Wikidata items the graph links to (objects of skos:exactMatch), sorted by number. */
export function linkedWikidataItems(quads: Iterable<{ readonly predicate: Term; readonly object: Term }>): string[] {
  const items = new Set<string>();
  for (const q of quads) if (q.predicate.value === SKOS_EXACT_MATCH && q.object.termType === "NamedNode" && WIKIDATA_ENTITY.test(q.object.value)) items.add(q.object.value);
  const number = (iri: string) => Number(iri.slice(iri.lastIndexOf("Q") + 1));
  return [...items].sort((a, b) => number(a) - number(b));
}

/**
 * The query text for a plan: Wikidata's SERVICE blocks pointed at the endpoint or unwrapped, and
 * their {@link LINKED_ITEMS} VALUES filled with the linked items (or, locally without items, dropped: the local
 * facts hold statements of linked items only). Any other SERVICE is left alone for the usual
 * `--allow-service` check.
 */
export function planWikidataQuery(text: string, file: string, plan: WikidataPlan): string {
  let parsed: sparqljs.SparqlQuery;
  try {
    parsed = new sparqljs.Parser().parse(text);
  } catch (error) {
    throw new ParseError(`SPARQL error: ${error instanceof Error ? error.message : String(error)}`, { file }, { cause: error });
  }
  if (parsed.type === "update") throw new UsageError(`${file} is a SPARQL UPDATE; saved queries are read-only`);
  let blocks = 0;
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.flatMap((item) => rewriteItem(item));
    if (typeof node !== "object" || node === null || "termType" in node) return node;
    return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, rewrite(child)]));
  };
  // In a list of patterns a SERVICE may turn into a group, and a dropped VALUES into nothing.
  const rewriteItem = (item: unknown): unknown[] => {
    if (!isWikidataService(item)) return [rewrite(item)];
    blocks++;
    const patterns = item.patterns.flatMap((p) => fillValues(p, plan));
    if (plan.kind === "endpoint" && plan.strategy === "service") return [{ ...item, name: namedNode(plan.endpoint), patterns }];
    // Triple patterns and VALUES join the same way in the enclosing group as in a group of their
    // own, and Virtuoso 7.2 mishandles a BIND after a nested group; anything else stays a group.
    const plain = patterns.every((p) => typeof p === "object" && p !== null && "type" in p && (p.type === "bgp" || p.type === "values"));
    return plain ? patterns : [{ type: "group", patterns }];
  };
  const planned = rewrite(parsed) as sparqljs.Query;
  if (blocks === 0) throw new ParseError(`${file} declares "requires: wikidata" but has no SERVICE <${WIKIDATA_SERVICE}> block`, { file });
  return new sparqljs.Generator().stringify(planned);
}

function isWikidataService(node: unknown): node is { type: "service"; name: Term; patterns: unknown[] } {
  if (typeof node !== "object" || node === null || !("type" in node) || node.type !== "service" || !("name" in node)) return false;
  const name = node.name as Term;
  return name.termType === "NamedNode" && name.value === WIKIDATA_SERVICE;
}

/** A VALUES whose one row is {@link LINKED_ITEMS} becomes the linked items (none given: it is dropped). */
function fillValues(pattern: unknown, plan: WikidataPlan): unknown[] {
  if (typeof pattern !== "object" || pattern === null || !("type" in pattern) || pattern.type !== "values") return [pattern];
  const rows = (pattern as sparqljs.ValuesPattern).values;
  const only = rows.length === 1 ? Object.entries(rows[0]!) : [];
  const [variable, value] = only.length === 1 ? only[0]! : [];
  if (variable === undefined || value?.termType !== "NamedNode" || value.value !== LINKED_ITEMS) return [pattern];
  if (plan.items === undefined) return [];
  // With nothing linked the VALUES has no rows and matches nothing: the right answer.
  return [{ type: "values", values: plan.items.map((item) => ({ [variable]: namedNode(item) })) }];
}

/** Whether a query declares it needs Wikidata. */
export function requiresWikidata(query: { readonly requires: readonly string[] }): boolean {
  return query.requires.includes("wikidata");
}
