/**
 * Generates the OWL 2 ontology (classes, properties, concept schemes and metadata) as quads
 * from the schema data. External terms the ontology uses are declared, so OWL tools such as
 * Protégé load the file without imports.
 */
import type { NamedNode, Quad, Quad_Object } from "@rdfjs/types";
import { expandCurie, PACT } from "../rdf/prefixes.js";
import { blankNode, iri, langString, plain, RDF_TYPE, TripleSink, typed } from "../rdf/terms.js";
import type { ClassName } from "./classes.js";
import { conceptSchemes, type ConceptDeclaration } from "./concepts.js";
import { ontologyMetadata as meta } from "./metadata.js";
import {
  classDeclaration,
  classIri,
  classNames,
  conceptIri,
  domainsOf,
  isOwnTerm,
  propertyDeclaration,
  propertyIri,
  propertyNames,
  rangeClassesOf,
  schemeNames,
} from "./model.js";
import type { PropertyDeclaration } from "./properties.js";

/** The four datatypes a pactgraph date can have, from most to least precise. */
export const DATE_DATATYPES = ["xsd:date", "xsd:gYearMonth", "xsd:gYear", "xsd:gMonth"] as const;

/** The union datatype of every pactgraph date property. */
export const PARTIAL_DATE = `${PACT}PartialDate`;

/** Annotation property on agreement-status concepts: does an agreement in this status bind? */
export const IS_BINDING = `${PACT}isBinding`;

/** Annotation property on epistemic-status concepts: 5 (confirmed fact) to 1 (speculation). */
export const FIRMNESS = `${PACT}firmness`;

const en = (text: string) => langString(text, "en");

/** All quads of `ontology/pactgraph.ttl`. */
export function generateOwl(): Quad[] {
  const t = new TripleSink();
  const ontology = iri(meta.iri);
  t.add(ontology, RDF_TYPE, iri("owl:Ontology"))
    .add(ontology, iri("owl:versionIRI"), iri(meta.versionIri))
    .add(ontology, iri("owl:versionInfo"), plain(meta.version))
    .add(ontology, iri("dcterms:title"), en(meta.title))
    .add(ontology, iri("dcterms:description"), en(meta.description))
    .add(ontology, iri("dcterms:license"), iri(meta.license))
    .add(ontology, iri("dcterms:creator"), iri(meta.creator))
    .add(ontology, iri("vann:preferredNamespacePrefix"), plain(meta.preferredPrefix))
    .add(ontology, iri("vann:preferredNamespaceUri"), typed(PACT, "xsd:anyURI"));
  t.add(iri(meta.creator), RDF_TYPE, iri("foaf:Project")).add(iri(meta.creator), iri("foaf:name"), plain(meta.creatorName));

  const external = new Map<string, string>(); // IRI -> OWL entity type, declared once at the end
  classNames.forEach((name) => addClass(t, name, external));
  propertyNames.forEach((name) => addProperty(t, name, external));
  addConceptSchemes(t);
  addPartialDate(t);
  addAnnotationProperty(t, iri(IS_BINDING), "is binding", "Whether an agreement in this status binds its parties.");
  addAnnotationProperty(t, iri(FIRMNESS), "firmness", "How firmly a source asserts a claim of this epistemic status: 5 (confirmed fact) to 1 (speculation); orders statuses in queries.");

  for (const annotation of ["skos:closeMatch", "skos:altLabel", "skos:prefLabel", "skos:definition", "skos:notation",
    "dcterms:title", "dcterms:description", "dcterms:license", "dcterms:creator", "vann:preferredNamespacePrefix",
    "vann:preferredNamespaceUri", "foaf:name"]) {
    external.set(expandCurie(annotation), "owl:AnnotationProperty");
  }
  for (const owlClass of ["skos:Concept", "skos:ConceptScheme", "foaf:Project"]) external.set(expandCurie(owlClass), "owl:Class");
  for (const objectProperty of ["skos:inScheme", "skos:broader", "skos:topConceptOf", "skos:hasTopConcept"]) {
    external.set(expandCurie(objectProperty), "owl:ObjectProperty");
  }
  for (const [term, kind] of external) t.add(iri(term), RDF_TYPE, iri(kind));
  return t.quads;
}

function addClass(t: TripleSink, name: ClassName, external: Map<string, string>): void {
  const declaration = classDeclaration(name);
  const subject = iri(classIri(name));
  if (!isOwnTerm(subject.value)) return;
  t.add(subject, RDF_TYPE, iri("owl:Class"))
    .add(subject, iri("rdfs:label"), en(declaration.label))
    .add(subject, iri("rdfs:comment"), en(declaration.comment))
    .add(subject, iri("rdfs:isDefinedBy"), iri(meta.iri));
  const parents = [
    ...(declaration.parent ? [classIri(declaration.parent as ClassName)] : []),
    ...(declaration.alignedWith ?? []).map(expandCurie),
  ].filter((p) => p !== expandCurie("owl:Thing"));
  for (const parent of parents) {
    t.add(subject, iri("rdfs:subClassOf"), iri(parent));
    if (!isOwnTerm(parent)) external.set(parent, "owl:Class");
  }
  if (declaration.wikidataClass) t.add(subject, iri("skos:closeMatch"), iri(declaration.wikidataClass));
}

function addProperty(t: TripleSink, name: (typeof propertyNames)[number], external: Map<string, string>): void {
  const declaration = propertyDeclaration(name);
  const subject = iri(propertyIri(name));
  const kind = owlPropertyKind(declaration);
  if (!isOwnTerm(subject.value)) {
    // rdfs:label and rdfs:comment are built into OWL; everything else is declared so tools know its kind.
    if (!subject.value.startsWith(expandCurie("rdfs:"))) external.set(subject.value, kind);
    for (const c of rangeClassesOf(declaration)) if (!isOwnTerm(classIri(c))) external.set(classIri(c), "owl:Class");
    return;
  }
  t.add(subject, RDF_TYPE, iri(kind))
    .add(subject, iri("rdfs:label"), en(declaration.label))
    .add(subject, iri("rdfs:comment"), en(declaration.comment))
    .add(subject, iri("rdfs:isDefinedBy"), iri(meta.iri));
  if (declaration.max === 1) t.add(subject, RDF_TYPE, iri("owl:FunctionalProperty"));
  for (const parent of declaration.subPropertyOf ?? []) t.add(subject, iri("rdfs:subPropertyOf"), iri(parent));

  const domains = domainsOf(name).map((d) => iri(classIri(d)));
  t.add(subject, iri("rdfs:domain"), unionOf(t, domains, `${name}.domain`));
  const range = rangeOf(t, declaration, name);
  if (range) t.add(subject, iri("rdfs:range"), range);
}

function owlPropertyKind(declaration: PropertyDeclaration): string {
  const { kind } = declaration.range;
  if (kind === "any") return "rdf:Property"; // an IRI or a literal: neither an object nor a datatype property
  return kind === "literal" || kind === "date" ? "owl:DatatypeProperty" : "owl:ObjectProperty";
}

function rangeOf(t: TripleSink, declaration: PropertyDeclaration, name: string): Quad_Object | undefined {
  const range = declaration.range;
  switch (range.kind) {
    case "class":
      return unionOf(t, rangeClassesOf(declaration).map((c) => iri(classIri(c))), `${name}.range`);
    case "concept":
      return iri("skos:Concept");
    case "literal":
      return iri(range.datatype);
    case "date":
      return iri(PARTIAL_DATE);
    case "property":
      return iri("rdf:Property");
    case "wikidata":
    case "any":
      return undefined;
  }
}

/** One class, or an anonymous `[ a owl:Class ; owl:unionOf ( … ) ]` for several. */
function unionOf(t: TripleSink, members: readonly NamedNode[], prefix: string): Quad_Object {
  const [only] = members;
  if (members.length === 1 && only) return only;
  const union = blankNode(`${prefix}.union`);
  t.add(union, RDF_TYPE, iri("owl:Class")).add(union, iri("owl:unionOf"), t.list(members, prefix));
  return union;
}

function addConceptSchemes(t: TripleSink): void {
  for (const schemeName of schemeNames) {
    const scheme = conceptSchemes[schemeName];
    const schemeNode = iri(conceptIri(schemeName));
    t.add(schemeNode, RDF_TYPE, iri("skos:ConceptScheme"))
      .add(schemeNode, iri("skos:prefLabel"), en(scheme.label))
      .add(schemeNode, iri("skos:definition"), en(scheme.definition))
      .add(schemeNode, iri("rdfs:isDefinedBy"), iri(meta.iri));
    const concepts: Readonly<Record<string, ConceptDeclaration>> = scheme.concepts;
    for (const [key, concept] of Object.entries(concepts)) {
      const node = iri(conceptIri(key));
      t.add(node, RDF_TYPE, iri("skos:Concept"))
        .add(node, RDF_TYPE, iri("owl:NamedIndividual"))
        .add(node, iri("skos:prefLabel"), en(concept.label))
        .add(node, iri("skos:definition"), en(concept.definition))
        .add(node, iri("skos:inScheme"), schemeNode)
        .add(node, iri("rdfs:isDefinedBy"), iri(meta.iri));
      if (concept.notation) t.add(node, iri("skos:notation"), plain(concept.notation));
      if (concept.broader) t.add(node, iri("skos:broader"), iri(conceptIri(concept.broader)));
      else t.add(node, iri("skos:topConceptOf"), schemeNode).add(schemeNode, iri("skos:hasTopConcept"), node);
      if (concept.binding !== undefined) t.add(node, iri(IS_BINDING), typed(concept.binding, "xsd:boolean"));
      if (concept.firmness !== undefined) t.add(node, iri(FIRMNESS), typed(concept.firmness, "xsd:integer"));
    }
  }
}

function addPartialDate(t: TripleSink): void {
  const node = iri(PARTIAL_DATE);
  t.add(node, RDF_TYPE, iri("rdfs:Datatype"))
    .add(node, iri("owl:unionOf"), t.list(DATE_DATATYPES.map((d) => iri(d)), "PartialDate"))
    .add(node, iri("rdfs:label"), en("partial date"))
    .add(node, iri("rdfs:comment"), en("A date exactly as precise as its source: full date, year-month, year or month."))
    .add(node, iri("rdfs:isDefinedBy"), iri(meta.iri));
}

function addAnnotationProperty(t: TripleSink, subject: NamedNode, label: string, comment: string): void {
  t.add(subject, RDF_TYPE, iri("owl:AnnotationProperty"))
    .add(subject, iri("rdfs:label"), en(label))
    .add(subject, iri("rdfs:comment"), en(comment))
    .add(subject, iri("rdfs:isDefinedBy"), iri(meta.iri));
}
