/**
 * A node's effective status, derived from the claims that support it and written on the node, so
 * a query that ignores claims still sees how firmly the node stands: the firmest and the weakest
 * epistemic status among its claims, how many sources they come from, and whether it is disputed
 * (two of its claims contradict each other, or say different values for one of its properties;
 * a more precise date within a coarser one refines it and is no dispute).
 */
import type { Quad, Term } from "@rdfjs/types";
import { iri, namedNode, quad, RDF_TYPE, termKey, typed } from "../rdf/terms.js";
import { classIri, conceptIri, conceptSchemes, propertyIri } from "../schema/index.js";
import { parsePartialDate, type ParsedDate } from "./dates.js";

const P = {
  supports: propertyIri("supports"),
  status: propertyIri("epistemicStatus"),
  source: propertyIri("source"),
  contradicts: propertyIri("contradicts"),
  statement: propertyIri("statements"),
  subject: propertyIri("statementSubject"),
  predicate: propertyIri("statementPredicate"),
  object: propertyIri("statementObject"),
};
const CLAIM = classIri("Claim");

/** Firmness of each epistemic status concept IRI (5 = confirmed fact, 1 = speculation). */
const FIRMNESS = new Map<string, number>(
  Object.entries(conceptSchemes.EpistemicStatusScheme.concepts).map(([key, concept]) => [conceptIri(key), concept.firmness]),
);

interface ClaimFacts {
  status?: string;
  source?: string;
  readonly supports: string[];
  readonly contradicts: string[];
  readonly statements: { subject?: string; predicate?: string; object?: Term }[];
}

/** The derived quads (pact:firmestSupport, pact:weakestSupport, pact:disputed, pact:sourceCount) for every supported node. */
export function effectiveStatusQuads(quads: readonly Quad[]): Quad[] {
  const claims = collectClaims(quads);
  const byNode = new Map<string, string[]>();
  for (const [claim, facts] of claims) for (const node of facts.supports) byNode.set(node, [...(byNode.get(node) ?? []), claim]);
  const derived: Quad[] = [];
  for (const [node, supporting] of [...byNode].sort(([a], [b]) => a.localeCompare(b))) {
    const facts = supporting.map((c) => claims.get(c)!);
    const ranked = facts.flatMap((f) => (f.status && FIRMNESS.has(f.status) ? [[FIRMNESS.get(f.status)!, f.status] as const] : [])).sort((a, b) => b[0] - a[0]);
    const subject = namedNode(node);
    if (ranked.length > 0) {
      derived.push(quad(subject, iri(propertyIri("firmestSupport")), namedNode(ranked[0]![1])));
      derived.push(quad(subject, iri(propertyIri("weakestSupport")), namedNode(ranked[ranked.length - 1]![1])));
    }
    derived.push(quad(subject, iri(propertyIri("disputed")), typed(isDisputed(node, supporting, claims), "xsd:boolean")));
    derived.push(quad(subject, iri(propertyIri("sourceCount")), typed(new Set(facts.flatMap((f) => (f.source ? [f.source] : []))).size, "xsd:nonNegativeInteger")));
  }
  return derived;
}

function collectClaims(quads: readonly Quad[]): Map<string, ClaimFacts> {
  const claims = new Map<string, ClaimFacts>();
  const statementOwner = new Map<string, ClaimFacts["statements"][number]>();
  const facts = (claim: string) => {
    let found = claims.get(claim);
    if (!found) claims.set(claim, (found = { supports: [], contradicts: [], statements: [] }));
    return found;
  };
  for (const q of quads) {
    if (q.predicate.equals(RDF_TYPE) && q.object.value === CLAIM) facts(q.subject.value);
  }
  for (const q of quads) {
    const claim = claims.get(q.subject.value);
    const p = q.predicate.value;
    if (claim) {
      if (p === P.supports) claim.supports.push(q.object.value);
      else if (p === P.status) claim.status = q.object.value;
      else if (p === P.source) claim.source = q.object.value;
      else if (p === P.contradicts) claim.contradicts.push(q.object.value);
      else if (p === P.statement) {
        const statement = {};
        claim.statements.push(statement);
        statementOwner.set(termKey(q.object), statement);
      }
    }
  }
  for (const q of quads) {
    const statement = statementOwner.get(termKey(q.subject));
    if (!statement) continue;
    if (q.predicate.value === P.subject) statement.subject = q.object.value;
    else if (q.predicate.value === P.predicate) statement.predicate = q.object.value;
    else if (q.predicate.value === P.object) statement.object = q.object;
  }
  return claims;
}

function isDisputed(node: string, supporting: readonly string[], claims: ReadonlyMap<string, ClaimFacts>): boolean {
  const here = new Set(supporting);
  if (supporting.some((c) => claims.get(c)!.contradicts.some((other) => here.has(other)))) return true;
  const said = new Map<string, Term[]>();
  for (const claim of supporting) {
    for (const s of claims.get(claim)!.statements) {
      if (s.subject !== node || !s.predicate || !s.object) continue;
      said.set(s.predicate, [...(said.get(s.predicate) ?? []), s.object]);
    }
  }
  return [...said.values()].some((values) => values.some((a, i) => values.slice(i + 1).some((b) => !compatible(a, b))));
}

/** Two values of one property agree: equal terms, or dates whose spans overlap (a day within its month). */
export function compatible(a: Term, b: Term): boolean {
  if (termKey(a) === termKey(b)) return true;
  const [da, db] = [dateOf(a), dateOf(b)];
  if (!da || !db) return false;
  if (da.datatype === "xsd:gMonth" || db.datatype === "xsd:gMonth") {
    // A month without a year fits any year, and fits a date only in the same month.
    const [ma, mb] = [monthOf(da), monthOf(db)];
    return ma === undefined || mb === undefined || ma === mb;
  }
  return da.earliest! <= db.latest! && db.earliest! <= da.latest!;
}

function dateOf(term: Term): ParsedDate | undefined {
  if (term.termType !== "Literal") return undefined;
  const parsed = parsePartialDate(term.value);
  return typeof parsed === "string" ? undefined : parsed;
}

function monthOf(date: ParsedDate): string | undefined {
  if (date.datatype === "xsd:gMonth") return date.lexical.slice(2, 4);
  if (date.datatype === "xsd:gYear") return undefined;
  return date.lexical.slice(5, 7);
}

