/**
 * What validation finds, whichever check found it: SHACL shapes and pactgraph's own checks report
 * results of one shape (focus node, path, message, severity), as a SHACL report would.
 */

/** SHACL's severities, most severe first. */
export type Severity = "Violation" | "Warning" | "Info";

/** One problem found in the data. */
export interface ValidationResult {
  /** IRI (or blank-node label) of the node the problem is about. */
  readonly focusNode: string;
  readonly focusIsBlank?: boolean;
  /** The property the problem is about, when there is one. */
  readonly path?: string | undefined;
  /** The offending value, when there is one, and whether it is an IRI, a blank node or a literal. */
  readonly value?: string | undefined;
  readonly valueType?: "NamedNode" | "BlankNode" | "Literal" | undefined;
  readonly message: string;
  readonly severity: Severity;
  /** The shape that reported it (SHACL only). */
  readonly sourceShape?: string | undefined;
  /** The constraint component's IRI: sh:MinCountConstraintComponent, or one of {@link CHECKS}'s. */
  readonly constraint?: string | undefined;
}

/** Namespace of the constraint components of pactgraph's own checks (the ones shapes cannot express). */
export const CHECKS_NAMESPACE = "https://w3id.org/pactgraph/checks#";

/** pactgraph's own checks, as constraint-component IRIs in reports. */
export const CHECKS = {
  quoteInSource: `${CHECKS_NAMESPACE}QuoteInSource`,
  quoteAtOffset: `${CHECKS_NAMESPACE}QuoteAtOffset`,
  quoteContext: `${CHECKS_NAMESPACE}QuoteContext`,
  sourceText: `${CHECKS_NAMESPACE}SourceText`,
  dateOrder: `${CHECKS_NAMESPACE}DateOrder`,
  claimTyped: `${CHECKS_NAMESPACE}ClaimTyped`,
  claimSource: `${CHECKS_NAMESPACE}ClaimSource`,
  covered: `${CHECKS_NAMESPACE}Covered`,
} as const;

/** Results in a stable order: by focus node, then path, then constraint, then message. */
export function sortResults(results: readonly ValidationResult[]): ValidationResult[] {
  const key = (r: ValidationResult) => [r.focusNode, r.path ?? "", r.constraint ?? "", r.message];
  return [...results].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      const order = (ka[i] ?? "").localeCompare(kb[i] ?? "");
      if (order !== 0) return order;
    }
    return 0;
  });
}
