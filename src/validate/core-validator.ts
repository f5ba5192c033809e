/**
 * SHACL Core validation of the shapes core-shapes.ts reads, in one pass over plain maps. On the
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

const SH = VOCABULARIES.sh;
const RDF_TYPE = `${VOCABULARIES.rdf}type`;
const SUBCLASS_OF = `${VOCABULARIES.rdfs}subClassOf`;

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

/** The data graph (all its named graphs as one), indexed for path steps, types and classes. */
class DataIndex {
  readonly #out = new Map<string, Map<string, Term[]>>();
  readonly #in = new Map<string, Map<string, Term[]>>();
  readonly #seen = new Set<string>();
  readonly #instancesByType = new Map<string, Term[]>();
  readonly #subclasses = new Map<string, string[]>();

  constructor(quads: readonly Quad[], inversePredicates: ReadonlySet<string>) {
    for (const { subject, predicate, object } of quads) {
      const [s, o] = [termKey(subject), termKey(object)];
      const key = `${s}${predicate.value.length}:${predicate.value}${o}`;
      if (this.#seen.has(key)) continue;
      this.#seen.add(key);
      push(this.#out, s, predicate.value, object);
      if (inversePredicates.has(predicate.value)) push(this.#in, o, predicate.value, subject);
      if (predicate.value === RDF_TYPE && object.termType === "NamedNode") {
        const list = this.#instancesByType.get(object.value);
        if (list) list.push(subject);
        else this.#instancesByType.set(object.value, [subject]);
      }
      if (predicate.value === SUBCLASS_OF && subject.termType === "NamedNode" && object.termType === "NamedNode") {
        const list = this.#subclasses.get(object.value);
        if (list) list.push(subject.value);
        else this.#subclasses.set(object.value, [subject.value]);
      }
    }
    this.#seen.clear();
  }

  values(focus: Term, path: CorePath): readonly Term[] {
    return (path.inverse ? this.#in : this.#out).get(termKey(focus))?.get(path.predicate) ?? [];
  }

  /** `iri` and every class below it by rdfs:subClassOf in the data. */
  classClosure(iri: string): Set<string> {
    const closure = new Set([iri]);
    for (const c of closure) for (const sub of this.#subclasses.get(c) ?? []) closure.add(sub);
    return closure;
  }

  instancesOf(classes: ReadonlySet<string>): Term[] {
    return [...classes].flatMap((c) => this.#instancesByType.get(c) ?? []);
  }

  isInstance(node: Term, classes: ReadonlySet<string>): boolean {
    return (this.#out.get(termKey(node))?.get(RDF_TYPE) ?? []).some((type) => classes.has(type.value));
  }
}

function push(index: Map<string, Map<string, Term[]>>, key: string, predicate: string, term: Term): void {
  let byPredicate = index.get(key);
  if (!byPredicate) index.set(key, (byPredicate = new Map<string, Term[]>()));
  const list = byPredicate.get(predicate);
  if (list) list.push(term);
  else byPredicate.set(predicate, [term]);
}

class CoreRun {
  readonly #data: DataIndex;
  readonly #closures = new Map<string, Set<string>>();

  constructor(data: DataIndex) {
    this.#data = data;
  }

  focusNodes(shape: CoreShape): Term[] {
    const nodes = new Map<string, Term>();
    for (const node of [...shape.targetNodes, ...shape.targetClasses.flatMap((c) => this.#data.instancesOf(this.#closure(c)))]) nodes.set(termKey(node), node);
    return [...nodes.values()];
  }

  /** Every violation of `shape` at `focus`. */
  validate(shape: CoreShape, focus: Term, out: Violation[]): void {
    if (shape.deactivated) return;
    if (!shape.path) {
      this.#valueConstraints(shape, focus, focus, out);
      if (shape.hasValue && termKey(shape.hasValue) !== termKey(focus)) out.push({ shape, focus, component: "HasValue", message: `Value must be ${nt(shape.hasValue)}` });
    } else {
      const values = this.#data.values(focus, shape.path);
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
    for (const c of shape.classes) if (!this.#data.isInstance(value, this.#closure(c))) fail("Class");
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
    if (!closure) this.#closures.set(iri, (closure = this.#data.classClosure(iri)));
    return closure;
  }
}

/** The sh:ValidationReport quads for `data` against `shapes`. */
export function validateCore(shapes: readonly CoreShape[], data: readonly Quad[]): Quad[] {
  const inverse = new Set<string>();
  const visit = (shape: CoreShape, seen: Set<CoreShape>) => {
    if (seen.has(shape)) return;
    seen.add(shape);
    if (shape.path?.inverse) inverse.add(shape.path.predicate);
    for (const next of [...shape.properties, ...shape.or.flat()]) visit(next, seen);
  };
  const seen = new Set<CoreShape>();
  for (const shape of shapes) visit(shape, seen);
  const run = new CoreRun(new DataIndex(data, inverse));
  const violations: Violation[] = [];
  for (const shape of shapes) for (const focus of run.focusNodes(shape)) run.validate(shape, focus, violations);
  return reportQuads(violations);
}

function reportQuads(violations: readonly Violation[]): Quad[] {
  const sh = (local: string) => namedNode(SH + local);
  // Fresh blank nodes, so that none can meet a blank node of the data the report names.
  const report = blankNode();
  const quads: Quad[] = [
    quad(report, namedNode(RDF_TYPE), sh("ValidationReport")),
    quad(report, sh("conforms"), literal(String(violations.length === 0), namedNode(`${VOCABULARIES.xsd}boolean`))),
  ];
  for (const v of violations) {
    const node = blankNode();
    const add = (predicate: string, object: Quad_Object) => quads.push(quad(node, sh(predicate), object));
    quads.push(quad(report, sh("result"), node), quad(node, namedNode(RDF_TYPE), sh("ValidationResult")));
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
