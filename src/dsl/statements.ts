/**
 * What a claim says about the fields of the nodes it supports: `graph.says(signing, { date:
 * "2025-09-17" })` becomes a pact:Statement (rdf:subject, rdf:predicate, rdf:object) hung from the
 * claim. Two claims that say different values for the same node and property dispute it; a more
 * precise date within a coarser one refines it (see effective-status.ts).
 */
import type { Quad, Quad_Object } from "@rdfjs/types";
import type { DslIssue } from "../errors.js";
import { blankNode, iri, namedNode, quad, RDF_TYPE } from "../rdf/terms.js";
import { classIri, propertyIri, type ClassName, type InputOf, type InstantiableClass, type Ref } from "../schema/index.js";
import { emitEntity, type RefResolver } from "./emit.js";

/** One node and some of its fields, as a claim states them. */
export interface Assertion<C extends ClassName = ClassName> {
  readonly node: Ref<C>;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** Typed constructor: the fields are those of the node's class. */
export function assertion<C extends InstantiableClass>(node: Ref<C>, fields: Partial<InputOf<C>>): Assertion<C> {
  return { node, fields };
}

/** The statement quads of a claim's assertions, or the problems found in them. */
export function statementQuads(claim: Ref<"Claim">, assertions: readonly Assertion[], supports: ReadonlySet<string>, resolve: RefResolver, language: string): { quads: Quad[]; issues: DslIssue[] } {
  const entity = `Claim "${claim.slug}"`;
  const quads: Quad[] = [];
  const issues: DslIssue[] = [];
  assertions.forEach((assertion, index) => {
    if (!supports.has(assertion.node.iri)) {
      issues.push({ entity, field: "says", message: `says something about ${assertion.node.className} "${assertion.node.slug}", which the claim does not support; add it to supports` });
      return;
    }
    // The fields are checked and turned into terms exactly as graph.add() does it.
    const emitted = emitEntity({ ref: assertion.node, input: assertion.fields }, resolve, language, new Set(), { partial: true });
    for (const issue of emitted.issues) issues.push({ entity, field: `says ${issue.field ?? ""}`.trim(), message: issue.message });
    emitted.quads
      .filter((q) => !q.predicate.equals(RDF_TYPE))
      .forEach((q, i) => quads.push(...statement(claim, `${claim.slug}.says${index}.${i}`, assertion.node.iri, q.predicate.value, q.object)));
  });
  return { quads, issues };
}

function statement(claim: Ref<"Claim">, label: string, subject: string, predicate: string, object: Quad_Object): Quad[] {
  const node = blankNode(label);
  return [
    quad(namedNode(claim.iri), iri(propertyIri("statements")), node),
    quad(node, RDF_TYPE, iri(classIri("Statement"))),
    quad(node, iri(propertyIri("statementSubject")), namedNode(subject)),
    quad(node, iri(propertyIri("statementPredicate")), namedNode(predicate)),
    quad(node, iri(propertyIri("statementObject")), object),
  ];
}

