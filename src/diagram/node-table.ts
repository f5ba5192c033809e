/**
 * Reading the graph for pictures and pages through pactgraph's query API: a family of nodes (every
 * instance of some classes) comes back from one SELECT as a table of subject → predicate →
 * objects, which the diagram and site code then read like a dictionary. Terms are kept as RDF/JS
 * terms; every list is sorted, so what is drawn from the table never depends on engine order.
 */
import type { Term } from "@rdfjs/types";
import { prepareQuery, type PreparedQuery, type QueryResult } from "../query/index.js";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { termKey } from "../rdf/terms.js";

/** Runs a prepared query: over a loaded source (runQuery), a worker pool (QueryPool.run), anything. */
export type QueryRunner = (query: PreparedQuery) => Promise<QueryResult>;

const RDFS_LABEL = `${VOCABULARIES.rdfs}label`;
const RDF_TYPE = `${VOCABULARIES.rdf}type`;

/** Properties of a set of nodes, keyed by the nodes' IRIs (or blank-node labels). */
export class NodeTable {
  readonly #rows = new Map<string, Map<string, Term[]>>();

  /** Adds one statement; duplicates (a triple in two named graphs) are kept once. */
  add(subject: string, predicate: string, object: Term): void {
    let properties = this.#rows.get(subject);
    if (!properties) this.#rows.set(subject, (properties = new Map<string, Term[]>()));
    const objects = properties.get(predicate) ?? [];
    const key = termKey(object);
    if (!objects.some((o) => termKey(o) === key)) {
      objects.push(object);
      objects.sort(compareTerms);
    }
    properties.set(predicate, objects);
  }

  has(subject: string): boolean {
    return this.#rows.has(subject);
  }

  /** Every subject, sorted. */
  subjects(): string[] {
    return [...this.#rows.keys()].sort();
  }

  /** Every predicate of a subject, sorted. */
  predicates(subject: string): string[] {
    return [...(this.#rows.get(subject)?.keys() ?? [])].sort();
  }

  /** The objects of one property of a subject, sorted. */
  values(subject: string, predicate: string): readonly Term[] {
    return this.#rows.get(subject)?.get(predicate) ?? [];
  }

  /** The IRIs among the objects of one property. */
  iris(subject: string, predicate: string): string[] {
    return this.values(subject, predicate)
      .filter((t) => t.termType === "NamedNode")
      .map((t) => t.value);
  }

  /** The first object's value (objects are sorted, so "first" is stable). */
  first(subject: string, predicate: string): string | undefined {
    return this.values(subject, predicate)[0]?.value;
  }

  /** The subject's rdf:types. */
  types(subject: string): string[] {
    return this.iris(subject, RDF_TYPE);
  }

  /** The subject's label: English first, then untagged, then any; the IRI's last segment if none. */
  label(subject: string): string {
    return preferredLabel(this.values(subject, RDFS_LABEL)) ?? localName(subject);
  }

  /** Copies every row of another table into this one. */
  merge(other: NodeTable): this {
    for (const subject of other.subjects()) {
      for (const predicate of other.predicates(subject)) for (const object of other.values(subject, predicate)) this.add(subject, predicate, object);
    }
    return this;
  }
}

/** The label to show among several rdfs:label literals. */
export function preferredLabel(labels: readonly Term[]): string | undefined {
  const rank = (t: Term) => (t.termType !== "Literal" ? 3 : t.language === "en" ? 0 : t.language === "" ? 1 : 2);
  return [...labels].sort((a, b) => rank(a) - rank(b) || compareTerms(a, b))[0]?.value;
}

/** The last path segment or fragment of an IRI. */
export function localName(iri: string): string {
  return iri.replace(/^.*[/#]/, "") || iri;
}

function compareTerms(a: Term, b: Term): number {
  const ka = termKey(a);
  const kb = termKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Every statement about the instances of `classIris` (their subclasses must be listed: no
 * inference runs), in one query. The class IRIs come from the schema, never from user input.
 */
export async function describeInstances(run: QueryRunner, classIris: readonly string[]): Promise<NodeTable> {
  const values = classIris.map((c) => `<${c}>`).join(" ");
  return tableOf(run, `SELECT ?s ?p ?o WHERE { VALUES ?class { ${values} } ?s a ?class ; ?p ?o . }`);
}

/** Every statement of the graph (the site shows every property of every page's node). */
export async function describeAll(run: QueryRunner): Promise<NodeTable> {
  return tableOf(run, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
}

async function tableOf(run: QueryRunner, text: string): Promise<NodeTable> {
  const result = await run(prepareQuery(text, { file: "diagram.rq" }));
  const table = new NodeTable();
  if (result.kind !== "bindings") return table;
  for (const row of result.rows) {
    const [s, p, o] = [row.get("s"), row.get("p"), row.get("o")];
    if (s && p && o) table.add(s.value, p.value, o);
  }
  return table;
}
