/**
 * SHACL Core validation of the shapes core-shapes.ts reads, in one pass over triple-index.ts. On the
 * seed this takes a few milliseconds where shacl-engine took ~240 (it walks the data through a
 * graph-cursor library, one RDF/JS `match()` per path step, and compiles 130 KB of shapes first):
 * that was most of a cold `pactgraph validate`. The semantics are the Recommendation's, and where
 * shacl-engine 1.1 departs from it this follows the Recommendation (and Jena, which the integration
 * suite compares): a SHACL instance and a class target read rdfs:subClassOf in the data graph;
 * sh:pattern fails on a blank node; sh:datatype fails on an ill-typed literal of that datatype
 * (rdf/term-check's lexical check, the one `validate` reports them with). Value nodes are a set, so
 * a triple repeated in two named graphs counts once. The results are shacl-engine's: the same
 * components, paths, values and, where a shape gives no sh:message, the same messages.
 */
import type { Quad, Quad_Object, Term } from "@rdfjs/types";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { illTypedLiteral } from "../rdf/term-check.js";
import { blankNode, literal, namedNode, quad, termKey } from "../rdf/terms.js";
import type { CorePath, CoreShape } from "./core-shapes.js";
import type { TripleIndex } from "./triple-index.js";

const SH = VOCABULARIES.sh;
const RDF_TYPE = namedNode(`${VOCABULARIES.rdf}type`);
const SUBCLASS_OF = namedNode(`${VOCABULARIES.rdfs}subClassOf`);

const NODE_KIND_TYPES: Readonly<Record<string, readonly Term["termType"][]>> = {
  [`${SH}IRI`]: ["NamedNode"],
  [`${SH}BlankNode`]: ["BlankNode"],
  [`${SH}Literal`]: ["Literal"],
  [`${SH}BlankNodeOrIRI`]: ["BlankNode", "NamedNode"],
  [`${SH}BlankNodeOrLiteral`]: ["BlankNode", "Literal"],
  [`${SH}IRIOrLiteral`]: ["NamedNode", "Literal"],
};

interface Violation {
  readonly shape: CoreShape;
  readonly focus: Term;
  readonly component: string;
  readonly value?: Term | undefined;
  /** The engine's message, used when the shape has no sh:message (sh:class and sh:or have none). */
  readonly message?: string | undefined;
}

/** The data graph's lookups the constraints make, over the checks' index (every graph as one, each triple once). */
class CoreRun {
  readonly #data: TripleIndex;
  readonly #closures = new Map<string, Set<string>>();

  constructor(data: TripleIndex) {
    this.#data = data;
  }

  focusNodes(shape: CoreShape): Term[] {
    const nodes = new Map<string, Term>();
    for (const node of [...shape.targetNodes, ...shape.targetClasses.flatMap((c) => this.#instancesOf(this.#closure(c)))]) nodes.set(termKey(node), node);
    return [...nodes.values()];
  }

  /** Every violation of `shape` at `focus`. */
  validate(shape: CoreShape, focus: Term, out: Violation[]): void {
    if (shape.deactivated) return;
    if (!shape.path) {
      this.#valueConstraints(shape, focus, focus, out);
      if (shape.hasValue && termKey(shape.hasValue) !== termKey(focus)) out.push({ shape, focus, component: "HasValue", message: `Value must be ${nt(shape.hasValue)}` });
    } else {
      const values = this.#values(focus, shape.path);
      if (shape.minCount !== undefined && values.length < shape.minCount) out.push({ shape, focus, component: "MinCount", message: `Less than ${shape.minCount} values` });
      if (shape.maxCount !== undefined && values.length > shape.maxCount) out.push({ shape, focus, component: "MaxCount", message: `More than ${shape.maxCount} values` });
      if (shape.hasValue && !values.some((v) => termKey(v) === termKey(shape.hasValue!))) out.push({ shape, focus, component: "HasValue", message: `Missing expected value ${nt(shape.hasValue)}` });
      for (const value of values) this.#valueConstraints(shape, focus, value, out);
    }
    for (const property of shape.properties) this.validate(property, focus, out);
  }

  #conforms(shape: CoreShape, node: Term): boolean {
    const found: Violation[] = [];
    this.validate(shape, node, found);
    return found.length === 0;
  }

  #valueConstraints(shape: CoreShape, focus: Term, value: Term, out: Violation[]): void {
    const fail = (component: string, message?: string) => out.push({ shape, focus, value, component, message });
    for (const c of shape.classes) if (!this.#isInstance(value, this.#closure(c))) fail("Class");
    if (shape.datatype !== undefined && !(value.termType === "Literal" && value.datatype.value === shape.datatype && illTypedLiteral(value) === undefined)) {
      fail("Datatype", `Value does not have datatype <${shape.datatype}>`);
    }
    if (shape.nodeKind !== undefined && !NODE_KIND_TYPES[shape.nodeKind]?.includes(value.termType)) fail("NodeKind", `Value does not have node kind <${shape.nodeKind}>`);
    if (shape.in && !shape.in.keys.has(termKey(value))) fail("In", `Value is not in ${shape.in.text}`);
    for (const { source, regex } of shape.patterns) {
      regex.lastIndex = 0;
      if (value.termType === "BlankNode" || !regex.test(value.value)) fail("Pattern", `Value does not match pattern "${source}"`);
    }
    for (const alternatives of shape.or) if (!alternatives.some((alternative) => this.#conforms(alternative, value))) fail("Or");
  }

  #closure(iri: string): Set<string> {
    let closure = this.#closures.get(iri);
    if (!closure) this.#closures.set(iri, (closure = this.#classClosure(iri)));
    return closure;
  }

  #values(focus: Term, path: CorePath): readonly Term[] {
    const predicate = namedNode(path.predicate);
    return path.inverse ? this.#data.subjects(predicate, focus) : this.#data.objects(focus, predicate);
  }

  /** `iri` and every class below it by rdfs:subClassOf in the data. */
  #classClosure(iri: string): Set<string> {
    const closure = new Set([iri]);
    for (const c of closure) for (const sub of this.#data.subjects(SUBCLASS_OF, namedNode(c))) if (sub.termType === "NamedNode") closure.add(sub.value);
    return closure;
  }

  #instancesOf(classes: ReadonlySet<string>): Term[] {
    return [...classes].flatMap((c) => this.#data.subjects(RDF_TYPE, namedNode(c)));
  }

  #isInstance(node: Term, classes: ReadonlySet<string>): boolean {
    return this.#data.objects(node, RDF_TYPE).some((type) => classes.has(type.value));
  }
}

/** The sh:ValidationReport quads for the data (indexed) against `shapes`. */
export function validateCore(shapes: readonly CoreShape[], data: TripleIndex): Quad[] {
  const run = new CoreRun(data);
  const violations: Violation[] = [];
  for (const shape of shapes) for (const focus of run.focusNodes(shape)) run.validate(shape, focus, violations);
  return reportQuads(violations);
}

function reportQuads(violations: readonly Violation[]): Quad[] {
  const sh = (local: string) => namedNode(SH + local);
  // Fresh blank nodes, so that none can meet a blank node of the data the report names.
  const report = blankNode();
  const quads: Quad[] = [
    quad(report, RDF_TYPE, sh("ValidationReport")),
    quad(report, sh("conforms"), literal(String(violations.length === 0), namedNode(`${VOCABULARIES.xsd}boolean`))),
  ];
  for (const v of violations) {
    const node = blankNode();
    const add = (predicate: string, object: Quad_Object) => quads.push(quad(node, sh(predicate), object));
    quads.push(quad(report, sh("result"), node), quad(node, RDF_TYPE, sh("ValidationResult")));
    add("focusNode", v.focus as Quad_Object);
    add("resultSeverity", sh(v.shape.severity));
    add("sourceConstraintComponent", sh(`${v.component}ConstraintComponent`));
    add("sourceShape", v.shape.term as Quad_Object);
    const messages = v.shape.messages.length > 0 ? v.shape.messages : v.message === undefined ? [] : [literal(v.message)];
    for (const message of messages) add("resultMessage", message as Quad_Object);
    const path = v.shape.path;
    if (path && !path.inverse) add("resultPath", namedNode(path.predicate));
    if (path?.inverse) {
      const step = blankNode();
      add("resultPath", step);
      quads.push(quad(step, sh("inversePath"), namedNode(path.predicate)));
    }
    if (v.value !== undefined) add("value", v.value as Quad_Object);
  }
  return quads;
}

/** A term in N-Triples, as shacl-engine writes one into a message. */
function nt(term: Term): string {
  if (term.termType === "NamedNode") return `<${term.value}>`;
  if (term.termType === "BlankNode") return `_:${term.value}`;
  if (term.termType !== "Literal") return term.value;
  const text = JSON.stringify(term.value);
  if (term.language) return `${text}@${term.language}`;
  return term.datatype.value === `${VOCABULARIES.xsd}string` ? text : `${text}^^<${term.datatype.value}>`;
}
