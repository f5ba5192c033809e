/**
 * What rests on nothing (`validate --strict`): a node whose fields no claim covers and no curator
 * explains. A sourced node (agreement, membership, clause, event…) rests on the claims that support
 * it; any node rests on a claim that says one of its values, and on a review note or comment in
 * which its curator explains what it adds to the sources. An actor with fields beyond its name
 * (a COW code, a group's members, a network's patron) that has none of these is listed, so a
 * curator sees every fact that came from nowhere in the sources.
 */
import type { Quad } from "@rdfjs/types";
import { ID_BASE } from "../rdf/prefixes.js";
import { RDF_TYPE } from "../rdf/terms.js";
import { classIri, classNames, isSubclassOf, propertyDeclaration, propertyIri, propertyNames } from "../schema/index.js";
import { CHECKS, type ValidationResult } from "./results.js";

/** Properties that say what a node is or how it was made, not what the curator asserts of it. */
const NEUTRAL = new Set([
  "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
  propertyIri("label"),
  propertyIri("altLabels"),
  propertyIri("comment"),
  propertyIri("reviewNotes"),
  propertyIri("wikidata"),
  ...propertyNames.filter((p) => propertyDeclaration(p).computed).map(propertyIri),
]);
/** Classes whose nodes are the provenance itself (or the linker's), never claims' subjects. */
const PROVENANCE = new Set(["Claim", "SourceDocument", "SourceAuthor", "UnnamedSourceGroup", "WikidataLink", "LinkCandidate", "Statement"].map((c) => classIri(c as (typeof classNames)[number])));
const SOURCED = new Set(classNames.filter((c) => isSubclassOf(c, "SourcedEntity")).map(classIri));
const FIELD_OF = new Map(propertyNames.map((name) => [propertyIri(name), name] as const));

/** One warning per node whose asserted fields rest on no claim and no note. */
export function checkCoverage(quads: readonly Quad[]): ValidationResult[] {
  const types = new Map<string, string[]>();
  const fields = new Map<string, Set<string>>();
  const explained = new Set<string>();
  const supported = new Set<string>();
  const said = new Set<string>();
  const statementSubject = new Map<string, string>();
  const statementPredicate = new Map<string, string>();
  for (const q of quads) {
    const s = q.subject.value;
    if (q.predicate.equals(RDF_TYPE)) types.set(s, [...(types.get(s) ?? []), q.object.value]);
    else if (q.predicate.value === propertyIri("reviewNotes") || q.predicate.value === propertyIri("comment")) explained.add(s);
    else if (q.predicate.value === propertyIri("supports")) supported.add(q.object.value);
    else if (q.predicate.value === propertyIri("statementSubject")) statementSubject.set(s, q.object.value);
    else if (q.predicate.value === propertyIri("statementPredicate")) statementPredicate.set(s, q.object.value);
    if (!NEUTRAL.has(q.predicate.value) && q.subject.termType === "NamedNode" && s.startsWith(ID_BASE)) fields.set(s, (fields.get(s) ?? new Set()).add(q.predicate.value));
  }
  for (const [statement, subject] of statementSubject) said.add(`${subject} ${statementPredicate.get(statement) ?? ""}`);
  const results: ValidationResult[] = [];
  for (const [node, asserted] of [...fields].sort(([a], [b]) => a.localeCompare(b))) {
    const classes = types.get(node) ?? [];
    if (classes.some((c) => PROVENANCE.has(c)) || explained.has(node)) continue;
    if (classes.some((c) => SOURCED.has(c)) && supported.has(node)) continue;
    const bare = [...asserted].filter((p) => !said.has(`${node} ${p}`)).map((p) => FIELD_OF.get(p) ?? p).sort();
    if (bare.length === 0) continue;
    results.push({
      focusNode: node,
      severity: "Warning",
      constraint: CHECKS.covered,
      message: `${bare.join(", ")} rest${bare.length === 1 ? "s" : ""} on no claim and no review note; cite the source (a claim that says it) or explain it (reviewNotes)`,
    });
  }
  return results;
}
