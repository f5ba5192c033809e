/**
 * One item's saved facts and their provenance: the triples, in the named graph of the item's
 * retrieval, and where, when and how they were fetched. Pure functions: rows to facts, facts to
 * quads and back.
 */
import type { Quad, Quad_Object, Quad_Subject } from "@rdfjs/types";
import { PactgraphError } from "../errors.js";
import type { SparqlResults, SparqlTerm } from "../link/index.js";
import { literal, namedNode, quadKey } from "../rdf/terms.js";
import { DataFactory } from "n3";

const WD = "http://www.wikidata.org/entity/";
const OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs";
const SCHEMA_VERSION = "http://schema.org/version";

/** Where the named graph of an item's facts lives: `…/graph/wikidata/Q43`. */
export const FACTS_GRAPH_BASE = "https://w3id.org/pactgraph/graph/wikidata/";
/** The retrieval activity of an item's facts: `…/id/wikidata-retrieval/Q43`. */
export const RETRIEVAL_BASE = "https://w3id.org/pactgraph/id/wikidata-retrieval/";

/** An item's facts as saved (or just fetched). */
export interface ItemFacts {
  readonly qid: string;
  /** The facts, as triples (their graph is the item's facts graph). */
  readonly triples: readonly Quad[];
  readonly endpoint: string;
  readonly query: string;
  /** When they were fetched, to the second (`2026-12-02T19:00:00Z`). */
  readonly retrievedAt: string;
  /** The item's revision id, when the endpoint gives it (schema:version). */
  readonly revision?: string | undefined;
  /** The item this one redirects to (owl:sameAs), when it is a redirect. */
  readonly redirectsTo?: string | undefined;
}

/** The facts of one response. A revision is provenance, not a fact: it is kept apart. */
export function factsFromResults(qid: string, results: SparqlResults, endpoint: string, query: string, retrievedAt: string): ItemFacts {
  const graph = namedNode(FACTS_GRAPH_BASE + qid);
  const triples = new Map<string, Quad>();
  let revision: string | undefined;
  let redirectsTo: string | undefined;
  for (const row of results.rows) {
    const s = row.s;
    const p = row.p;
    const o = row.o;
    if (!s || !p || !o) throw new PactgraphError(`${endpoint} answered the facts query of wd:${qid} with a row missing ?s, ?p or ?o`, "E_RESPONSE");
    if (s.value === WD + qid && p.value === SCHEMA_VERSION) {
      revision = o.value;
      continue;
    }
    if (s.value === WD + qid && p.value === OWL_SAME_AS && o.value.startsWith(WD)) redirectsTo = o.value.slice(WD.length);
    const quad = DataFactory.quad(subjectTerm(s, endpoint), namedNode(p.value), objectTerm(o, endpoint), graph);
    triples.set(quadKey(quad), quad);
  }
  return { qid, triples: [...triples.values()], endpoint, query, retrievedAt, revision, redirectsTo };
}

function subjectTerm(term: SparqlTerm, endpoint: string): Quad_Subject {
  if (term.type === "uri") return namedNode(term.value);
  // Wikidata's RDF names every statement and value node; a blank node cannot be kept stable.
  throw new PactgraphError(`${endpoint} answered with a ${term.type} subject (${term.value}); enrich keeps named statement and value nodes only`, "E_RESPONSE");
}

function objectTerm(term: SparqlTerm, endpoint: string): Quad_Object {
  if (term.type === "uri") return namedNode(term.value);
  if (term.type === "literal") return literal(term.value, term.language ? term.language : term.datatype ? namedNode(term.datatype) : undefined);
  throw new PactgraphError(`${endpoint} answered with a ${term.type} object (${term.value}); enrich keeps IRIs and literals only`, "E_RESPONSE");
}

/** The keys of an item's facts, sorted: what two retrievals are compared by. */
export function factKeys(facts: ItemFacts): string[] {
  return facts.triples.map((q) => quadKey(DataFactory.quad(q.subject, q.predicate, q.object))).sort();
}
