/** The ontology as typed data, and the generators that fan out from it. */
export { classes } from "./classes.js";
export type { ClassDeclaration, ClassName, Classes } from "./classes.js";
export { conceptSchemes } from "./concepts.js";
export type { ConceptDeclaration, ConceptKey, ConceptSchemes, SchemeDeclaration, SchemeName } from "./concepts.js";
export { properties } from "./properties.js";
export type { LiteralDatatype, Properties, PropertyDeclaration, PropertyName, RangeDeclaration } from "./properties.js";
export type {
  AncestorsOf,
  FieldsOf,
  FieldValue,
  InputOf,
  InstantiableClass,
  PartialDate,
  RangeValue,
  Ref,
  SubclassesOf,
  WikidataId,
} from "./types.js";
export {
  ancestorsOf,
  classDeclaration,
  classIri,
  classNames,
  collectionOf,
  conceptIri,
  conceptsOf,
  domainsOf,
  findConcept,
  isInstantiable,
  isSubclassOf,
  propertiesOf,
  propertyDeclaration,
  propertyIri,
  propertyNames,
  rangeClassesOf,
  schemeNames,
} from "./model.js";
export { ontologyMetadata } from "./metadata.js";
export { DATE_DATATYPES, FIRMNESS, generateOwl, IS_BINDING, PARTIAL_DATE } from "./owl.js";
export { generateShapes, shapeIri, shapedClasses, WIKIDATA_ITEM_PATTERN } from "./shacl.js";
export { generateContext, JSONLD_ID_PREFIX } from "./context.js";
export type { JsonLdContextDocument, JsonLdTermDefinition } from "./context.js";
