/**
 * Generates the SHACL shapes from the schema data: one node shape per class that can have
 * instances, with every own and inherited property's cardinality, datatype, class or concept list.
 * Class constraints are flattened to the concrete subclasses, so the shapes validate plain data
 * without the ontology's rdfs:subClassOf triples being loaded alongside.
 */
import type { Quad, Quad_Object } from "@rdfjs/types";
import { PACT } from "../rdf/prefixes.js";
import { blankNode, iri, langString, plain, RDF_TYPE, TripleSink, typed } from "../rdf/terms.js";
import type { ClassName } from "./classes.js";
import {
  classDeclaration,
  classIri,
  classNames,
  conceptIri,
  conceptsOf,
  domainsOf,
  isSubclassOf,
  propertiesOf,
  propertyDeclaration,
  propertyIri,
  propertyNames,
  rangeClassesOf,
} from "./model.js";
import { DATE_DATATYPES } from "./owl.js";
import type { PropertyName } from "./properties.js";

/** Wikidata item IRIs, as a SHACL pattern. */
export const WIKIDATA_ITEM_PATTERN = "^http://www\\.wikidata\\.org/entity/Q[1-9][0-9]*$";

/** Classes that get a node shape: those the DSL or the claim builder instantiates. */
export function shapedClasses(): ClassName[] {
  return classNames.filter((c) => !classDeclaration(c).abstract);
}

/** IRI of the node shape for a class: pact:<Class>Shape. */
export function shapeIri(name: ClassName): string {
  return `${PACT}${name}Shape`;
}

/** All quads of `ontology/shapes.ttl`. */
export function generateShapes(): Quad[] {
  const t = new TripleSink();
  for (const name of shapedClasses()) addNodeShape(t, name);
  return t.quads;
}

function addNodeShape(t: TripleSink, name: ClassName): void {
  const shape = iri(shapeIri(name));
  t.add(shape, RDF_TYPE, iri("sh:NodeShape"))
    .add(shape, iri("sh:targetClass"), iri(classIri(name)))
    .add(shape, iri("rdfs:label"), langString(`${classDeclaration(name).label} shape`, "en"));
  for (const property of propertiesOf(name)) addPropertyShape(t, name, property);
  for (const property of propertyNames) {
    const declaration = propertyDeclaration(property);
    if (!declaration.inverseRequired) continue;
    if (!rangeClassesOf(declaration).some((range) => isSubclassOf(name, range))) continue;
    const node = blankNode(`${name}.${property}.inverse`);
    const path = blankNode(`${name}.${property}.inversePath`);
    t.add(shape, iri("sh:property"), node)
      .add(node, iri("sh:path"), path)
      .add(path, iri("sh:inversePath"), iri(propertyIri(property)))
      .add(node, iri("sh:minCount"), typed(1, "xsd:integer"))
      .add(node, iri("sh:message"), plain(inverseMessage(name, property)));
  }
}

function inverseMessage(name: ClassName, property: PropertyName): string {
  const [domain] = domainsOf(property);
  const who = domain ? classDeclaration(domain).label : "node";
  return `Every ${classDeclaration(name).label} needs at least one ${who} linking to it with <${propertyIri(property)}>: nothing may stand without a source.`;
}

function addPropertyShape(t: TripleSink, owner: ClassName, property: PropertyName): void {
  const declaration = propertyDeclaration(property);
  const node = blankNode(`${owner}.${property}`);
  t.add(iri(shapeIri(owner)), iri("sh:property"), node)
    .add(node, iri("sh:path"), iri(propertyIri(property)))
    .add(node, iri("sh:name"), plain(property));
  if (declaration.min === 1) t.add(node, iri("sh:minCount"), typed(1, "xsd:integer"));
  if (declaration.max === 1) t.add(node, iri("sh:maxCount"), typed(1, "xsd:integer"));
  const range = declaration.range;
  const prefix = `${owner}.${property}`;
  switch (range.kind) {
    case "class": {
      const concrete = concreteSubclasses(rangeClassesOf(declaration));
      t.add(node, iri("sh:nodeKind"), iri("sh:BlankNodeOrIRI"));
      const [only] = concrete;
      if (concrete.length === 1 && only) t.add(node, iri("sh:class"), iri(classIri(only)));
      else t.add(node, iri("sh:or"), alternatives(t, concrete.map((c) => ["sh:class", iri(classIri(c))]), prefix));
      break;
    }
    case "concept":
      t.add(node, iri("sh:nodeKind"), iri("sh:IRI")).add(
        node,
        iri("sh:in"),
        t.list(conceptsOf(range.scheme).map((k) => iri(conceptIri(k))), `${prefix}.in`),
      );
      break;
    case "literal":
      t.add(node, iri("sh:datatype"), iri(range.datatype));
      break;
    case "date":
      t.add(node, iri("sh:or"), alternatives(t, DATE_DATATYPES.map((d) => ["sh:datatype", iri(d)]), prefix));
      break;
    case "wikidata":
      t.add(node, iri("sh:nodeKind"), iri("sh:IRI")).add(node, iri("sh:pattern"), plain(WIKIDATA_ITEM_PATTERN));
      break;
    case "property":
      t.add(node, iri("sh:nodeKind"), iri("sh:IRI"));
      break;
    case "any":
      break;
  }
  if (declaration.orNotGiven) addValueOrNotGiven(t, owner, property, declaration.orNotGiven);
}

/**
 * Source metadata a source may lack: the node has a value, or lists the field in pact:notGiven,
 * so a missing publisher or date is a recorded decision, never an omission. One node shape per
 * such property, so its message names the property.
 */
function addValueOrNotGiven(t: TripleSink, owner: ClassName, property: PropertyName, field: string): void {
  const prefix = `${owner}.${property}.given`;
  const shape = iri(`${PACT}${owner}${property[0]!.toUpperCase()}${property.slice(1)}GivenShape`);
  const option = (name: string, path: string, constraint: readonly [string, Quad_Object]) => {
    const node = blankNode(`${prefix}.${name}`);
    const propertyShape = blankNode(`${prefix}.${name}.property`);
    t.add(node, iri("sh:property"), propertyShape).add(propertyShape, iri("sh:path"), iri(path)).add(propertyShape, iri(constraint[0]), constraint[1]);
    return node;
  };
  t.add(shape, RDF_TYPE, iri("sh:NodeShape"))
    .add(shape, iri("sh:targetClass"), iri(classIri(owner)))
    .add(shape, iri("rdfs:label"), langString(`${classDeclaration(owner).label} ${propertyDeclaration(property).label} given or not given`, "en"))
    .add(shape, iri("sh:message"), plain(`give the ${propertyDeclaration(property).label}, or record that the source does not (pact:notGiven pact:${field})`))
    .add(
      shape,
      iri("sh:or"),
      t.list(
        [
          option("value", propertyIri(property), ["sh:minCount", typed(1, "xsd:integer")]),
          option("marked", propertyIri("notGiven"), ["sh:hasValue", iri(conceptIri(field))]),
        ],
        `${prefix}.or`,
      ),
    );
}

/** `( [ p o ] [ p o ] … )`: the argument list of sh:or. */
function alternatives(t: TripleSink, options: readonly (readonly [string, Quad_Object])[], prefix: string): Quad_Object {
  const nodes = options.map(([predicate, object], i) => {
    const option = blankNode(`${prefix}.or${i}`);
    t.add(option, iri(predicate), object);
    return option;
  });
  return t.list(nodes, `${prefix}.or`);
}

/** The shaped (non-abstract) classes that are, or descend from, any of `ranges`. */
function concreteSubclasses(ranges: readonly ClassName[]): ClassName[] {
  return shapedClasses().filter((c) => ranges.some((r) => isSubclassOf(c, r)));
}
