/**
 * The shape of a property declaration and the helpers that write ranges tersely. The property
 * tables themselves live in properties-*.ts, grouped by what they describe.
 */
import type { ClassName } from "./classes.js";
import type { SchemeName } from "./concepts.js";

export type LiteralDatatype =
  | "xsd:string"
  | "rdf:langString"
  | "xsd:integer"
  | "xsd:nonNegativeInteger"
  | "xsd:boolean"
  | "xsd:anyURI";

export type RangeDeclaration =
  | { readonly kind: "class"; readonly class: ClassName | readonly ClassName[] }
  | { readonly kind: "concept"; readonly scheme: SchemeName }
  | { readonly kind: "literal"; readonly datatype: LiteralDatatype }
  /** xsd:date, xsd:gYearMonth, xsd:gYear or xsd:gMonth: as precise as the source, never padded. */
  | { readonly kind: "date" }
  /** An IRI in the Wikidata entity namespace. */
  | { readonly kind: "wikidata" }
  /** The IRI of a property (rdf:predicate of a statement). */
  | { readonly kind: "property" }
  /** Any RDF term (rdf:object of a statement). */
  | { readonly kind: "any" };

export interface PropertyDeclaration {
  readonly label: string;
  readonly comment: string;
  readonly domain: ClassName | readonly ClassName[];
  readonly range: RangeDeclaration;
  readonly iri?: string;
  readonly min?: 0 | 1;
  readonly max?: 1;
  readonly subPropertyOf?: readonly string[];
  /** Every instance of the (class) range must be the object of at least one such triple. */
  readonly inverseRequired?: boolean;
  /** Computed by the DSL (quotes, hashes) or the build (effective status), not a field users fill in. */
  readonly computed?: boolean;
  /**
   * Source metadata a source may not give: a value, or the concept of this name in
   * pact:notGiven, is required (so a missing value is a decision, never an omission).
   */
  readonly orNotGiven?: string;
}

export const langString = { kind: "literal", datatype: "rdf:langString" } as const;
export const plainString = { kind: "literal", datatype: "xsd:string" } as const;
export const date = { kind: "date" } as const;
export const toClass = <const C extends ClassName | readonly ClassName[]>(c: C) => ({ kind: "class", class: c }) as const;
export const toScheme = <const S extends SchemeName>(scheme: S) => ({ kind: "concept", scheme }) as const;
