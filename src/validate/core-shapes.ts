/**
 * Shapes read into plain objects for core-validator.ts: SHACL Core's value-type, cardinality,
 * string and logical (sh:or) constraints, on IRI and inverse paths, targeted by class or node. This is
 * everything pactgraph's generated shapes use. Shapes that say anything more (another constraint,
 * target or path kind, SHACL-SPARQL, implicit class targets) are not read here: `readCoreShapes`
 * names what it does not know, and validation goes to shacl-engine, which knows all of SHACL Core.
 */
import type { Quad, Term } from "@rdfjs/types";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { termKey } from "../rdf/terms.js";

const SH = VOCABULARIES.sh;
const RDF = VOCABULARIES.rdf;
const RDFS = VOCABULARIES.rdfs;
const RDF_TYPE = `${RDF}type`;

/** A path the core reads: a predicate, forwards or inverse. */
export interface CorePath {
  readonly predicate: string;
  readonly inverse: boolean;
  /** The shapes graph's term for the path, kept for sh:resultPath. */
  readonly term: Term;
}

/** The constraints one shape puts on each value node (the focus node itself for a node shape). */
export interface ValueConstraints {
  readonly classes: readonly string[];
  readonly datatype: string | undefined;
  readonly nodeKind: string | undefined;
  /** The allowed values, their termKeys, and their text for messages. */
  readonly in: { readonly items: readonly Term[]; readonly keys: ReadonlySet<string>; readonly text: string } | undefined;
  readonly patterns: readonly { readonly source: string; readonly regex: RegExp }[];
  readonly or: readonly (readonly CoreShape[])[];
}

export interface CoreShape extends ValueConstraints {
  readonly term: Term;
  readonly path: CorePath | undefined;
  readonly targetClasses: readonly string[];
  readonly targetNodes: readonly Term[];
  readonly minCount: number | undefined;
  readonly maxCount: number | undefined;
  readonly hasValue: Term | undefined;
  readonly properties: readonly CoreShape[];
  readonly messages: readonly Term[];
  readonly severity: "Violation" | "Warning" | "Info";
  readonly deactivated: boolean;
}

/** The shapes graph's predicates the core understands; any other sh: predicate means shacl-engine. */
const UNDERSTOOD = new Set(
  ["targetClass", "targetNode", "property", "path", "inversePath", "class", "datatype", "nodeKind", "minCount", "maxCount", "in", "pattern", "flags", "hasValue", "or", "message", "severity", "deactivated", "name", "description", "order", "group", "defaultValue"].map(
    (local) => SH + local,
  ),
);
const NODE_KINDS = new Set(["IRI", "BlankNode", "Literal", "BlankNodeOrIRI", "BlankNodeOrLiteral", "IRIOrLiteral"].map((local) => SH + local));
const SEVERITIES = new Map([`${SH}Violation`, `${SH}Warning`, `${SH}Info`].map((iri) => [iri, iri.slice(SH.length) as CoreShape["severity"]]));

export type CoreShapesReading = { readonly shapes: readonly CoreShape[] } | { readonly unsupported: string };

/** Readings by the array of quads they were read from: a shapes array is read once. */
const READINGS = new WeakMap<readonly Quad[], CoreShapesReading>();

/** The core's reading of `shapes`, or why it has none (a constraint it does not implement, say). */
export function coreShapesOf(shapes: readonly Quad[]): CoreShapesReading {
  let reading = READINGS.get(shapes);
  if (!reading) READINGS.set(shapes, (reading = readCoreShapes(shapes)));
  return reading;
}

/** Records the reading of `quads` made ahead of time (core-shapes-file.ts), so it is not read again. */
export function rememberCoreShapes(quads: readonly Quad[], shapes: readonly CoreShape[]): void {
  READINGS.set(quads, { shapes });
}

/** The shapes that have targets (each with its property shapes and sh:or alternatives), or why the core cannot run them. */
export function readCoreShapes(quads: readonly Quad[]): CoreShapesReading {
  const graph: ShapesGraph = new Map();
  for (const q of quads) {
    const predicate = q.predicate.value;
    if (predicate.startsWith(SH) && !UNDERSTOOD.has(predicate)) return { unsupported: `sh:${predicate.slice(SH.length)} on ${q.subject.value}` };
    if (predicate === RDF_TYPE && q.object.value.startsWith(SH) && !/^(Node|Property)Shape$/.test(q.object.value.slice(SH.length))) {
      return { unsupported: `a node of type sh:${q.object.value.slice(SH.length)}` };
    }
    const key = termKey(q.subject);
    let node = graph.get(key);
    if (!node) graph.set(key, (node = { term: q.subject, out: new Map() }));
    const objects = node.out.get(predicate);
    if (objects) objects.push(q.object);
    else node.out.set(predicate, [q.object]);
  }
  const reader = new ShapeReader(graph);
  try {
    const shapes: CoreShape[] = [];
    for (const node of graph.values()) {
      const types = new Set((node.out.get(RDF_TYPE) ?? []).map((type) => type.value));
      if (types.has(`${RDFS}Class`) || types.has(`${VOCABULARIES.owl}Class`)) {
        if (types.has(`${SH}NodeShape`) || types.has(`${SH}PropertyShape`)) return { unsupported: `an implicit class target on ${node.term.value}` };
        continue;
      }
      if (node.out.has(`${SH}targetClass`) || node.out.has(`${SH}targetNode`)) shapes.push(reader.shape(node.term));
    }
    return { shapes };
  } catch (error) {
    if (error instanceof Unsupported) return { unsupported: error.message };
    throw error;
  }
}

/** The shapes graph by subject (termKey), then predicate IRI. */
type ShapesGraph = Map<string, { readonly term: Term; readonly out: Map<string, Term[]> }>;
const NONE: readonly Term[] = [];

class Unsupported extends Error {}

class ShapeReader {
  readonly #graph: ShapesGraph;
  readonly #read = new Map<string, CoreShape>();
  readonly #reading = new Set<string>();

  constructor(graph: ShapesGraph) {
    this.#graph = graph;
  }

  shape(term: Term): CoreShape {
    const key = termKey(term);
    const done = this.#read.get(key);
    if (done) return done;
    // SHACL leaves recursive shapes undefined; shacl-engine decides what they mean.
    if (this.#reading.has(key)) throw new Unsupported(`a recursive shape (${term.value})`);
    this.#reading.add(key);
    const out = this.#graph.get(key)?.out;
    const values = (local: string): readonly Term[] => out?.get(SH + local) ?? NONE;
    const one = (local: string): Term | undefined => {
      const found = values(local);
      if (found.length > 1) throw new Unsupported(`${found.length} values of sh:${local} on ${term.value}`);
      return found[0];
    };
    const count = (local: string): number | undefined => {
      const value = one(local);
      if (value === undefined) return undefined;
      if (value.termType !== "Literal" || !/^\+?[0-9]+$/.test(value.value)) throw new Unsupported(`sh:${local} ${value.value} on ${term.value}`);
      return Number(value.value);
    };
    const iris = (local: string) =>
      values(local).map((value) => {
        if (value.termType !== "NamedNode") throw new Unsupported(`a sh:${local} that is not an IRI on ${term.value}`);
        return value.value;
      });
    const nodeKind = one("nodeKind");
    if (nodeKind && !NODE_KINDS.has(nodeKind.value)) throw new Unsupported(`sh:nodeKind ${nodeKind.value}`);
    const severity = one("severity");
    if (severity && !SEVERITIES.has(severity.value)) throw new Unsupported(`sh:severity ${severity.value}`);
    const inList = one("in");
    const inItems = inList ? this.#list(inList) : undefined;
    const flags = one("flags")?.value ?? "";
    const shape: CoreShape = {
      term,
      path: this.#path(one("path")),
      targetClasses: iris("targetClass"),
      targetNodes: values("targetNode"),
      classes: iris("class"),
      datatype: iris("datatype")[0],
      nodeKind: nodeKind?.value,
      in: inItems ? { items: inItems, keys: new Set(inItems.map(termKey)), text: inItems.map((item) => item.value).join(", ") } : undefined,
      patterns: values("pattern").map((pattern) => ({ source: pattern.value, regex: regex(pattern.value, flags) })),
      or: values("or").map((head) => this.#list(head).map((alternative) => this.shape(alternative))),
      minCount: count("minCount"),
      maxCount: count("maxCount"),
      hasValue: one("hasValue"),
      properties: values("property").map((property) => this.shape(property)),
      messages: values("message"),
      severity: severity ? SEVERITIES.get(severity.value)! : "Violation",
      deactivated: one("deactivated")?.value === "true",
    };
    if (iris("datatype").length > 1) throw new Unsupported(`two sh:datatype on ${term.value}`);
    if (!shape.path && (shape.minCount !== undefined || shape.maxCount !== undefined)) throw new Unsupported(`a count on the node shape ${term.value}`);
    this.#reading.delete(key);
    this.#read.set(key, shape);
    return shape;
  }

  #objects(subject: Term, predicate: string): readonly Term[] {
    return this.#graph.get(termKey(subject))?.out.get(predicate) ?? [];
  }

  #path(term: Term | undefined): CorePath | undefined {
    if (!term) return undefined;
    if (term.termType === "NamedNode") return { predicate: term.value, inverse: false, term };
    const out = this.#graph.get(termKey(term))?.out;
    const inverse = out?.get(`${SH}inversePath`);
    if (out?.size === 1 && inverse?.length === 1 && inverse[0]!.termType === "NamedNode") return { predicate: inverse[0]!.value, inverse: true, term };
    throw new Unsupported(`a property path other than an IRI or its inverse (${term.value})`);
  }

  #list(head: Term): Term[] {
    const items: Term[] = [];
    for (let node: Term = head; node.value !== `${RDF}nil`; ) {
      const [first, ...more] = this.#objects(node, `${RDF}first`);
      const [rest] = this.#objects(node, `${RDF}rest`);
      if (!first || !rest || more.length > 0 || items.length > 10_000) throw new Unsupported(`a malformed RDF list at ${head.value}`);
      items.push(first);
      node = rest;
    }
    return items;
  }
}

function regex(pattern: string, flags: string): RegExp {
  try {
    return new RegExp(pattern, flags);
  } catch {
    throw new Unsupported(`the sh:pattern ${JSON.stringify(pattern)} with flags "${flags}", which JavaScript cannot compile`);
  }
}
