/**
 * Generates the JSON-LD 1.1 context of the vocabulary: DSL field names as terms, class and
 * concept names as terms, datatypes and containers from the schema, so compacted JSON-LD reads
 * like the DSL (`"status": "Concluded"`, `"binds": ["party:turkey"]`).
 */
import { ID_BASE, VOCABULARIES } from "../rdf/prefixes.js";
import { conceptSchemes } from "./concepts.js";
import { classIri, classNames, conceptIri, propertyDeclaration, propertyIri, propertyNames, schemeNames } from "./model.js";
import type { PropertyName } from "./properties.js";

export type JsonLdTermDefinition = string | { readonly [key: string]: string | boolean };
export interface JsonLdContextDocument {
  readonly "@context": Readonly<Record<string, JsonLdTermDefinition | number>>;
}

/** Prefix for instance IRIs in JSON-LD (collection names would clash with property terms). */
export const JSONLD_ID_PREFIX = "pgid";

/** The object written to `ontology/context.jsonld`. */
export function generateContext(): JsonLdContextDocument {
  const context: Record<string, JsonLdTermDefinition | number> = { "@version": 1.1 };
  for (const [prefix, namespace] of Object.entries(VOCABULARIES)) {
    context[prefix] = namespace;
  }
  context[JSONLD_ID_PREFIX] = ID_BASE;
  context.id = "@id";
  context.type = "@type";
  for (const name of classNames) addTerm(context, name, compactIri(classIri(name)));
  for (const scheme of schemeNames) {
    addTerm(context, scheme, compactIri(conceptIri(scheme)));
    for (const key of Object.keys(conceptSchemes[scheme].concepts)) addTerm(context, key, compactIri(conceptIri(key)));
  }
  for (const name of propertyNames) addTerm(context, name, propertyTerm(name));
  return { "@context": context };
}

function addTerm(context: Record<string, JsonLdTermDefinition | number>, term: string, definition: JsonLdTermDefinition): void {
  if (term in context) throw new Error(`JSON-LD term "${term}" is defined twice; rename it in the schema`);
  context[term] = definition;
}

function propertyTerm(name: PropertyName): JsonLdTermDefinition {
  const declaration = propertyDeclaration(name);
  const definition: Record<string, string> = { "@id": compactIri(propertyIri(name)) };
  const range = declaration.range;
  switch (range.kind) {
    case "class":
    case "wikidata":
      definition["@type"] = "@id";
      break;
    case "concept":
      definition["@type"] = "@vocab";
      break;
    case "literal":
      if (range.datatype === "rdf:langString") definition["@language"] = "en";
      else if (range.datatype !== "xsd:string") definition["@type"] = range.datatype;
      break;
    case "date":
      break; // several datatypes: values keep their own @type
  }
  if (declaration.max !== 1) definition["@container"] = "@set";
  return definition;
}

/** `prefix:local` for IRIs in a known vocabulary, else the IRI itself. */
function compactIri(iri: string): string {
  for (const [prefix, namespace] of Object.entries(VOCABULARIES)) {
    if (iri.startsWith(namespace) && iri.length > namespace.length) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}
