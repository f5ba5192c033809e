/**
 * TypeScript types derived from the schema data: the class hierarchy, the values each property
 * takes and the input object of each class. A misspelled class, concept or field is a compile
 * error, and so is a person where a party is expected.
 */
import type { Classes, ClassName } from "./classes.js";
import type { ConceptKey, SchemeName } from "./concepts.js";
import type { Properties, PropertyName } from "./properties.js";

type ParentOf<C extends ClassName> = Classes[C] extends { readonly parent: infer P extends ClassName } ? P : never;

/** `C` and all its pactgraph superclasses. */
export type AncestorsOf<C extends ClassName> = C | ([ParentOf<C>] extends [never] ? never : AncestorsOf<ParentOf<C>>);

/** Every class that is `A` (or one of the union `A`) or a subclass of it. */
export type SubclassesOf<A extends ClassName> = {
  [C in ClassName]: [Extract<A, AncestorsOf<C>>] extends [never] ? never : C;
}[ClassName];

/** Classes users can create with `graph.add` (neither abstract nor built internally). */
export type InstantiableClass = {
  [C in ClassName]: Classes[C] extends { readonly abstract: true } | { readonly internal: true } ? never : C;
}[ClassName];

/** A typed reference to an entity declared in a graph; `className` keeps references apart by type. */
export interface Ref<C extends ClassName = ClassName> {
  readonly iri: string;
  readonly slug: string;
  readonly className: C;
}

type Month = "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12";

/**
 * A date exactly as precise as the source: `"2025"` (xsd:gYear), `"2025-09"` (xsd:gYearMonth),
 * `"2025-09-17"` (xsd:date) or `"--09"` (xsd:gMonth, a month whose year the source leaves out).
 * The shape and the month are checked at compile time; the day against its month when the graph
 * is built (a union of every valid month-day makes TypeScript's inference give up).
 */
export type PartialDate = `${number}` | `${number}-${Month}` | `${number}-${Month}-${number}` | `--${Month}`;

/** A Wikidata item ID such as `"Q43"`. */
export type WikidataId = `Q${number}`;

type DomainOf<P extends PropertyName> = Properties[P]["domain"] extends readonly (infer D)[] ? D : Properties[P]["domain"];
type Flatten<K> = K extends readonly (infer E)[] ? E : K;

/** The TypeScript value of one RDF value of a property's range. */
export type RangeValue<R> = R extends { readonly kind: "class"; readonly class: infer K }
  ? Ref<SubclassesOf<Flatten<K> & ClassName>>
  : R extends { readonly kind: "concept"; readonly scheme: infer S extends SchemeName }
    ? ConceptKey<S>
    : R extends { readonly kind: "literal"; readonly datatype: "xsd:integer" | "xsd:nonNegativeInteger" }
      ? number
      : R extends { readonly kind: "literal"; readonly datatype: "xsd:boolean" }
        ? boolean
        : R extends { readonly kind: "literal" }
          ? string
          : R extends { readonly kind: "date" }
            ? PartialDate
            : R extends { readonly kind: "wikidata" }
              ? WikidataId
              : never;

/** The input field of a property: one value when `max: 1`, otherwise a list. */
export type FieldValue<P extends PropertyName> = Properties[P] extends { readonly max: 1 }
  ? RangeValue<Properties[P]["range"]>
  : readonly RangeValue<Properties[P]["range"]>[];

/** The properties users fill in for class `C` (own and inherited, not computed). */
export type FieldsOf<C extends ClassName> = {
  [P in PropertyName]: Properties[P] extends { readonly computed: true }
    ? never
    : [Extract<DomainOf<P>, AncestorsOf<C>>] extends [never]
      ? never
      : P;
}[PropertyName];

type RequiredFieldsOf<C extends ClassName> = {
  [P in FieldsOf<C>]: Properties[P] extends { readonly min: 1 } ? P : never;
}[FieldsOf<C>];

/**
 * The input object `graph.add(C, slug, input)` takes, derived from the schema. Kept as one
 * mapped type (not simplified) so that compiler messages name it, `InputOf<"Alliance">`, rather
 * than spelling out thirty fields.
 */
export type InputOf<C extends ClassName> = {
  readonly [P in FieldsOf<C> as P extends RequiredFieldsOf<C> ? P : never]: FieldValue<P>;
} & {
  readonly [P in FieldsOf<C> as P extends RequiredFieldsOf<C> ? never : P]?: FieldValue<P>;
};
