/**
 * The properties of the ontology, as plain data. Keys are the DSL field names; the IRI is
 * `pact:<key>` unless `iri` says otherwise. Domain, range and cardinality drive the OWL axioms,
 * the SHACL shapes, the JSON-LD context and the DSL's input types alike. The declarations are
 * grouped in properties-*.ts; their order here is the order of generated files.
 */
import { agreementProperties } from "./properties-agreements.js";
import { entityProperties } from "./properties-entities.js";
import { provenanceProperties } from "./properties-provenance.js";
import type { PropertyDeclaration } from "./property-declaration.js";

export type { LiteralDatatype, PropertyDeclaration, RangeDeclaration } from "./property-declaration.js";

export const properties = {
  ...entityProperties,
  ...agreementProperties,
  ...provenanceProperties,
} as const satisfies Readonly<Record<string, PropertyDeclaration>>;

export type Properties = typeof properties;
export type PropertyName = keyof Properties;
