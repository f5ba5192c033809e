/**
 * Ill-typed literals: a lexical form outside its XSD datatype's lexical space ("2025-13-40"^^xsd:date,
 * "ten"^^xsd:integer). RDF keeps such a literal as it is, so the loader reads it; but no tool can
 * compare or compute with its value, so validation reports each one as a violation, naming the
 * literal, its datatype and what the datatype expects.
 */
import type { Quad } from "@rdfjs/types";
import { illTypedLiteral } from "../rdf/term-check.js";
import { CHECKS_NAMESPACE, type ValidationResult } from "./results.js";

/** The constraint component of this check, in reports. */
export const LITERAL_LEXICAL_FORM = `${CHECKS_NAMESPACE}LiteralLexicalForm`;

/** One violation for every distinct ill-typed literal on every subject and predicate. */
export function checkLiteralLexicalForms(quads: readonly Quad[]): ValidationResult[] {
  const results: ValidationResult[] = [];
  const seen = new Set<string>();
  for (const { subject, predicate, object } of quads) {
    if (object.termType !== "Literal") continue;
    const illTyped = illTypedLiteral(object);
    if (illTyped === undefined) continue;
    const key = JSON.stringify([subject.termType, subject.value, predicate.value, object.value, object.datatype.value]);
    if (seen.has(key)) continue;
    seen.add(key);
    results.push({
      focusNode: subject.value,
      focusIsBlank: subject.termType === "BlankNode",
      path: predicate.value,
      value: object.value,
      valueType: "Literal",
      severity: "Violation",
      constraint: LITERAL_LEXICAL_FORM,
      message: `${JSON.stringify(object.value)} is not a valid ${illTyped.datatype}: ${illTyped.reason} (an ill-typed literal, whose value no tool can compare or compute with)`,
    });
  }
  return results;
}
