/**
 * Runtime lookups over the schema data: IRIs, the class hierarchy, the properties of a class.
 * Generators and the DSL use these so that no IRI is spelled twice.
 */
import { expandCurie, PACT, type Collection } from "../rdf/prefixes.js";
import { classes, type ClassDeclaration, type ClassName } from "./classes.js";
import { conceptSchemes, type ConceptDeclaration, type SchemeName } from "./concepts.js";
import { properties, type PropertyDeclaration, type PropertyName } from "./properties.js";

export const classNames = Object.keys(classes) as ClassName[];
export const propertyNames = Object.keys(properties) as PropertyName[];
export const schemeNames = Object.keys(conceptSchemes) as SchemeName[];

export function classDeclaration(name: ClassName): ClassDeclaration {
  return classes[name];
}

export function propertyDeclaration(name: PropertyName): PropertyDeclaration {
  return properties[name];
}

/** Full IRI of a class (pact: local name unless the class is external). */
export function classIri(name: ClassName): string {
  const declared = classDeclaration(name).iri;
  return declared ? expandCurie(declared) : PACT + name;
}

/** Full IRI of a property (pact:<key> unless declared otherwise). */
export function propertyIri(name: PropertyName): string {
  const declared = propertyDeclaration(name).iri;
  return declared ? expandCurie(declared) : PACT + name;
}

/** True for classes and properties in the pact: namespace, which the ontology declares. */
export function isOwnTerm(iri: string): boolean {
  return iri.startsWith(PACT);
}

/** Full IRI of a concept scheme or concept (both live in the pact: namespace). */
export function conceptIri(key: string): string {
  return PACT + key;
}

/** The parent chain of a class, starting with the class itself. */
export function ancestorsOf(name: ClassName): ClassName[] {
  const chain: ClassName[] = [];
  for (let current: ClassName | undefined = name; current; ) {
    chain.push(current);
    const parent: string | undefined = classDeclaration(current).parent;
    current = parent as ClassName | undefined;
  }
  return chain;
}

export function isSubclassOf(name: ClassName, ancestor: ClassName): boolean {
  return ancestorsOf(name).includes(ancestor);
}

/** The instance collection of a class, inherited from the nearest ancestor that names one. */
export function collectionOf(name: ClassName): Collection | undefined {
  for (const c of ancestorsOf(name)) {
    const collection = classDeclaration(c).collection;
    if (collection) return collection;
  }
  return undefined;
}

/** True when the class can be instantiated through the DSL. */
export function isInstantiable(name: ClassName): boolean {
  const declaration = classDeclaration(name);
  return !declaration.abstract && !declaration.internal;
}

export function domainsOf(name: PropertyName): readonly ClassName[] {
  const domain = propertyDeclaration(name).domain;
  return typeof domain === "string" ? [domain] : domain;
}

/** Classes of a class-valued range, as a list. */
export function rangeClassesOf(declaration: PropertyDeclaration): readonly ClassName[] {
  if (declaration.range.kind !== "class") return [];
  const range = declaration.range.class;
  return typeof range === "string" ? [range] : range;
}

/** Every property that applies to instances of `name` (declared on it or an ancestor). */
export function propertiesOf(name: ClassName): PropertyName[] {
  const ancestors = new Set(ancestorsOf(name));
  return propertyNames.filter((p) => domainsOf(p).some((d) => ancestors.has(d)));
}

/** The scheme a concept key belongs to, and its declaration. */
export function findConcept(key: string): { scheme: SchemeName; concept: ConceptDeclaration } | undefined {
  for (const scheme of schemeNames) {
    const concepts: Readonly<Record<string, ConceptDeclaration>> = conceptSchemes[scheme].concepts;
    const concept = concepts[key];
    if (concept) return { scheme, concept };
  }
  return undefined;
}

/** Concept keys of one scheme, in declaration order. */
export function conceptsOf(scheme: SchemeName): string[] {
  return Object.keys(conceptSchemes[scheme].concepts);
}
