/**
 * A shapes file read ahead of time: its quads and the SHACL core's reading of them, as JSON beside
 * the Turtle (`npm run ontology` writes ontology/shapes.core.json next to ontology/shapes.ttl). A
 * cold `validate` spent ~80 of its ~290 ms parsing the 130 KB of Turtle and reading the shapes
 * out of it; JSON.parse of the same takes a few. The JSON records the SHA-256 of the Turtle it was
 * made from and is used only while the Turtle has exactly those bytes, so the Turtle stays the
 * source of truth: edit it, or pass `--shapes`, and the shapes are read from the Turtle as before.
 */
import type { Quad, Quad_Object, Quad_Predicate, Quad_Subject, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { sha256Hex } from "../io/hash.js";
import { bytesInput } from "../rdf/input.js";
import { loadRdfFile } from "../rdf/load.js";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { freshBlankPrefix } from "../rdf/quad-order.js";
import { termKey } from "../rdf/terms.js";
import { readCoreShapes, type CoreShape } from "./core-shapes.js";

const FORMAT = 1;

/** A term: [kind, value, language or datatype] with kind N (IRI), B (blank node), L (literal). */
type EncodedTerm = readonly [kind: "N" | "B" | "L", value: string, language?: string, datatype?: string];

/**
 * A shape, every term and IRI an index into the file's terms; what is empty or the default is left
 * out (c: sh:class, dt: sh:datatype, nk: sh:nodeKind, pr: sh:property, m: sh:message, off: sh:deactivated).
 */
interface EncodedShape {
  readonly t: number;
  /** The path's term, its predicate, and 1 if inverse. */
  readonly p?: readonly [number, number, 0 | 1];
  readonly tc?: readonly number[];
  readonly tn?: readonly number[];
  readonly c?: readonly number[];
  readonly dt?: number;
  readonly nk?: number;
  readonly in?: readonly number[];
  readonly pat?: readonly (readonly [string, string])[];
  readonly or?: readonly (readonly number[])[];
  readonly min?: number;
  readonly max?: number;
  readonly hv?: number;
  readonly pr?: readonly number[];
  readonly m?: readonly number[];
  readonly sev?: "Warning" | "Info";
  readonly off?: 1;
}

interface EncodedFile {
  readonly format: typeof FORMAT;
  /** SHA-256 (hex) of the Turtle these are the shapes of. */
  readonly sha256: string;
  readonly terms: readonly EncodedTerm[];
  /** Subject, predicate, object: indexes into `terms`, three per quad, all in the default graph. */
  readonly quads: readonly number[];
  readonly shapes: readonly EncodedShape[];
  /** The shapes with targets, as readCoreShapes lists them. */
  readonly roots: readonly number[];
}

/** The JSON for a shapes file's Turtle: parsed as `validate` parses it, and read by the core. */
export async function coreShapesFileOf(turtle: string): Promise<string> {
  const bytes = new TextEncoder().encode(turtle);
  const quads = await loadRdfFile(bytesInput("shapes.ttl", bytes, { format: "turtle" }));
  const reading = readCoreShapes(quads);
  if (!("shapes" in reading)) throw new Error(`these shapes are beyond the SHACL core: ${reading.unsupported}`);
  return encodeCoreShapes(sha256Hex(bytes), quads, reading.shapes);
}

/** The JSON for the shapes parsed from a Turtle file whose bytes hash to `sha256`. */
export function encodeCoreShapes(sha256: string, quads: readonly Quad[], roots: readonly CoreShape[]): string {
  const terms: EncodedTerm[] = [];
  const termIndex = new Map<string, number>();
  let blanks = 0;
  const term = (t: Term): number => {
    const key = termKey(t);
    let index = termIndex.get(key);
    if (index !== undefined) return index;
    if (t.termType === "NamedNode") terms.push(["N", t.value]);
    // A parse's blank node labels are arbitrary (a counter across parses): the file numbers its own.
    else if (t.termType === "BlankNode") terms.push(["B", `b${(blanks += 1)}`]);
    else if (t.termType === "Literal" && !t.direction) terms.push(["L", t.value, t.language, t.datatype.value]);
    else throw new Error(`a shapes graph term the shapes file cannot hold: ${t.termType} ${t.value}`);
    termIndex.set(key, (index = terms.length - 1));
    return index;
  };
  const encodedQuads = quads.flatMap((q) => {
    if (q.graph.termType !== "DefaultGraph") throw new Error("a shapes graph with named graphs");
    return [term(q.subject), term(q.predicate), term(q.object)];
  });
  const shapes: EncodedShape[] = [];
  const shapeIndex = new Map<CoreShape, number>();
  // Shapes form a DAG (readCoreShapes refuses recursive ones): each is written after what it refers to, once.
  const shape = (s: CoreShape): number => {
    const known = shapeIndex.get(s);
    if (known !== undefined) return known;
    const or = s.or.map((alternatives) => alternatives.map(shape));
    const properties = s.properties.map(shape);
    const iri = (value: string) => term(DataFactory.namedNode(value));
    const list = <T>(items: readonly T[]) => (items.length > 0 ? items : undefined);
    shapes.push(
      withoutUndefined({
        t: term(s.term),
        p: s.path ? ([term(s.path.term), iri(s.path.predicate), s.path.inverse ? 1 : 0] as const) : undefined,
        tc: list(s.targetClasses.map(iri)),
        tn: list(s.targetNodes.map(term)),
        c: list(s.classes.map(iri)),
        dt: s.datatype === undefined ? undefined : iri(s.datatype),
        nk: s.nodeKind === undefined ? undefined : iri(s.nodeKind),
        in: s.in?.items.map(term),
        pat: list(s.patterns.map((p) => [p.source, p.regex.flags] as const)),
        or: list(or),
        min: s.minCount,
        max: s.maxCount,
        hv: s.hasValue ? term(s.hasValue) : undefined,
        pr: list(properties),
        m: list(s.messages.map(term)),
        sev: s.severity === "Violation" ? undefined : s.severity,
        off: s.deactivated ? 1 : undefined,
      }),
    );
    shapeIndex.set(s, shapes.length - 1);
    return shapes.length - 1;
  };
  const rootIndexes = roots.map(shape);
  const file: EncodedFile = { format: FORMAT, sha256, terms, quads: encodedQuads, shapes, roots: rootIndexes };
  return `${JSON.stringify(file)}\n`;
}

/** The quads and the core's shapes from the JSON, or undefined if it is not for the Turtle hashing to `sha256`. */
export function decodeCoreShapes(json: string, sha256: string): { readonly quads: Quad[]; readonly shapes: CoreShape[] } | undefined {
  let file: EncodedFile;
  try {
    file = JSON.parse(json) as EncodedFile;
  } catch {
    return undefined;
  }
  if (file.format !== FORMAT || file.sha256 !== sha256) return undefined;
  // Blank nodes get labels of their own, as a parse gives them: they must not meet the data's.
  const prefix = freshBlankPrefix();
  const terms: Term[] = file.terms.map((t) => {
    if (t[0] === "N") return DataFactory.namedNode(t[1]);
    if (t[0] === "B") return DataFactory.blankNode(prefix + t[1]);
    return DataFactory.literal(t[1], t[2] || DataFactory.namedNode(t[3] ?? `${VOCABULARIES.xsd}string`));
  });
  const at = (index: number): Term => {
    const found = terms[index];
    if (!found) throw new Error(`shapes file: no term ${index}`);
    return found;
  };
  const quads: Quad[] = [];
  for (let i = 0; i + 2 < file.quads.length; i += 3) {
    quads.push(DataFactory.quad(at(file.quads[i]!) as Quad_Subject, at(file.quads[i + 1]!) as Quad_Predicate, at(file.quads[i + 2]!) as Quad_Object));
  }
  // Every shape refers only to shapes written before it, so one pass in order decodes them all.
  const decoded: CoreShape[] = [];
  const shape = (index: number): CoreShape => {
    const found = decoded[index];
    if (!found) throw new Error(`shapes file: shape ${index} is not written before its first use`);
    return found;
  };
  const iri = (index: number) => at(index).value;
  for (const s of file.shapes) {
    const items = s.in?.map(at);
    decoded.push({
      term: at(s.t),
      path: s.p ? { term: at(s.p[0]), predicate: iri(s.p[1]), inverse: s.p[2] === 1 } : undefined,
      targetClasses: (s.tc ?? []).map(iri),
      targetNodes: (s.tn ?? []).map(at),
      classes: (s.c ?? []).map(iri),
      datatype: s.dt === undefined ? undefined : iri(s.dt),
      nodeKind: s.nk === undefined ? undefined : iri(s.nk),
      in: items ? { items, keys: new Set(items.map(termKey)), text: items.map((item) => item.value).join(", ") } : undefined,
      patterns: (s.pat ?? []).map(([source, flags]) => ({ source, regex: new RegExp(source, flags) })),
      or: (s.or ?? []).map((alternatives) => alternatives.map(shape)),
      minCount: s.min,
      maxCount: s.max,
      hasValue: s.hv === undefined ? undefined : at(s.hv),
      properties: (s.pr ?? []).map(shape),
      messages: (s.m ?? []).map(at),
      severity: s.sev ?? "Violation",
      deactivated: s.off === 1,
    });
  }
  return { quads, shapes: file.roots.map(shape) };
}

/** `value` without its undefined fields, so that JSON leaves them out and the type says so. */
function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
