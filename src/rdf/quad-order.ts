/**
 * Making quads from other libraries into n3 quads, keeping blank nodes of different files apart,
 * and putting quads in a deterministic order with deterministic blank-node labels, so that every
 * writer gives the same bytes for the same input.
 */
import type { Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from "@rdfjs/types";
import { DataFactory } from "n3";

/** The minimal shape of a term as jsonld.js, rdflib.js or rdf-data-factory hand it over. */
export interface ForeignTerm {
  readonly termType: string;
  readonly value: string;
  readonly language?: string;
  readonly datatype?: { readonly value: string };
}

/** The minimal shape of a foreign quad. */
export interface ForeignQuad {
  readonly subject: ForeignTerm;
  readonly predicate: ForeignTerm;
  readonly object: ForeignTerm;
  readonly graph?: ForeignTerm;
}

const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
let fileCounter = 0;

/** A blank-node prefix no other load in this process uses (n3 does the same for its own parses). */
export function freshBlankPrefix(): string {
  fileCounter += 1;
  return `f${fileCounter}_`;
}

function importTerm(term: ForeignTerm, blankPrefix: string): Term {
  switch (term.termType) {
    case "NamedNode":
      return DataFactory.namedNode(term.value);
    case "BlankNode":
      return DataFactory.blankNode(blankPrefix + term.value.replace(/^_:/, ""));
    case "Literal":
      return DataFactory.literal(term.value, term.language || DataFactory.namedNode(term.datatype?.value ?? XSD_STRING));
    case "DefaultGraph":
      return DataFactory.defaultGraph();
    default:
      throw new Error(`unsupported RDF term type ${term.termType} (${term.value})`);
  }
}

/** An n3 quad from a foreign one; blank-node labels get `blankPrefix` so files never share one. */
export function importQuad(quad: ForeignQuad, blankPrefix: string): Quad {
  return DataFactory.quad(
    importTerm(quad.subject, blankPrefix) as Quad_Subject,
    importTerm(quad.predicate, blankPrefix) as Quad_Predicate,
    importTerm(quad.object, blankPrefix) as Quad_Object,
    (quad.graph ? importTerm(quad.graph, blankPrefix) : DataFactory.defaultGraph()) as Quad_Graph,
  );
}

/** How blank nodes are written in sort keys (their label, a signature, a placeholder). */
type BlankKey = (label: string) => string;

function termKey(term: Term, blank: BlankKey): string {
  switch (term.termType) {
    case "NamedNode":
      return `1${term.value}`;
    case "BlankNode":
      return `2${blank(term.value)}`;
    case "Literal": {
      // JSON-quoted, so no value can run into the separators below.
      const annotation = term.language ? `@${term.language}${term.direction ? `--${term.direction}` : ""}` : `^${term.datatype.value}`;
      return `3${JSON.stringify(term.value)}${annotation}`;
    }
    case "DefaultGraph":
      return "0";
    default:
      return `4${term.value}`;
  }
}

function quadKey(quad: Quad, blank: BlankKey): string {
  return [quad.graph, quad.subject, quad.predicate, quad.object].map((t) => termKey(t, blank)).join("\u0001");
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const asLabel: BlankKey = (label) => label;

/** At most this many rounds of refinement: nodes further apart than this from anything that tells them apart keep their input order. */
const MAX_ROUNDS = 32;

/** Two 32-bit lanes of a running hash (after cyrb53), folded into a 53-bit integer. */
class Hash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(value: number): this {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ value, 1597334677);
    return this;
  }

  /** Adds a 53-bit integer (a previous result). */
  addWide(value: number): this {
    return this.add(value >>> 0).add(Math.floor(value / 4294967296));
  }

  addString(text: string): this {
    for (let i = 0; i < text.length; i++) this.add(text.charCodeAt(i));
    return this.add(text.length);
  }

  result(): number {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/**
 * A signature of each blank node that does not depend on its label: a hash of the quads it is in,
 * with itself marked and other blank nodes replaced by their previous signature, refined round by
 * round (colour refinement) until no more nodes are told apart, for at most {@link MAX_ROUNDS}
 * rounds. Each round is linear: the quads' fixed parts are hashed once, and a round only mixes
 * integers. Only nodes no neighbourhood distinguishes keep their input order, and those are
 * interchangeable in nearly every graph. (A hash collision could only make two nodes look alike,
 * which affects the order of the output, never its content.)
 */
function blankSignatures(quads: readonly Quad[]): Map<string, string> {
  const index = new Map<string, number>();
  const slotsOf = (quad: Quad): number[] => {
    const slots: number[] = [];
    for (const term of [quad.subject, quad.object, quad.graph]) {
      if (term.termType !== "BlankNode") continue;
      let i = index.get(term.value);
      if (i === undefined) index.set(term.value, (i = index.size));
      slots.push(i);
    }
    return slots;
  };
  // Per quad with blank nodes: the hash of its fixed part, and its blank nodes in position order.
  const templates: number[] = [];
  const blanks: number[][] = [];
  for (const quad of quads) {
    if (!hasBlank(quad)) continue;
    blanks.push(slotsOf(quad));
    templates.push(new Hash().addString(quadKey(quad, () => "")).result());
  }
  const count = index.size;
  // Occurrences, grouped by node: which quad, once per distinct node of the quad.
  const degree = new Uint32Array(count + 1);
  for (const slots of blanks) for (const [i, node] of slots.entries()) if (slots.indexOf(node) === i) degree[node + 1] = (degree[node + 1] ?? 0) + 1;
  for (let i = 1; i <= count; i++) degree[i] = (degree[i] ?? 0) + (degree[i - 1] ?? 0);
  const offsets = degree;
  const fill = offsets.slice(0, count);
  const occurrences = new Uint32Array(offsets[count] ?? 0);
  blanks.forEach((slots, q) => {
    for (const [i, node] of slots.entries()) if (slots.indexOf(node) === i) occurrences[fill[node]!++] = q;
  });

  let colours = new Float64Array(count);
  let distinct = 1;
  const scratch: number[] = [];
  for (let round = 0; round < MAX_ROUNDS && distinct < count; round++) {
    const next = new Float64Array(count);
    for (let node = 0; node < count; node++) {
      scratch.length = 0;
      for (let k = offsets[node] ?? 0; k < (offsets[node + 1] ?? 0); k++) {
        const q = occurrences[k] ?? 0;
        const hash = new Hash().addWide(templates[q] ?? 0);
        for (const other of blanks[q] ?? []) hash.addWide(other === node ? -1 : (colours[other] ?? 0) + 1);
        scratch.push(hash.result());
      }
      scratch.sort((a, b) => a - b);
      // The previous colour goes in too, so each round only splits classes, never merges them.
      const hash = new Hash().addWide(colours[node] ?? 0);
      for (const value of scratch) hash.addWide(value);
      next[node] = hash.result();
    }
    colours = next;
    const now = new Set(colours).size;
    if (now === distinct) break;
    distinct = now;
  }
  const signatures = new Map<string, string>();
  for (const [label, i] of index) signatures.set(label, (colours[i] ?? 0).toString(16).padStart(14, "0"));
  return signatures;
}

/**
 * Quads sorted by graph, subject, predicate and object, duplicates removed, blank nodes renamed
 * `b0`, `b1`… in order of first appearance. The order rests on blank-node signatures, not labels,
 * so two parses of one file, or an export parsed back, give the same result.
 */
export function canonicalOrder(quads: readonly Quad[]): Quad[] {
  let ordered: readonly Quad[] = quads;
  if (quads.some(hasBlank)) {
    const signatures = blankSignatures(quads);
    const bySignature = quads.map((quad) => ({ quad, key: quadKey(quad, (label) => signatures.get(label) ?? "") })).sort(byKey);
    const labels = new Map<string, string>();
    const rename = (term: Term): Term => {
      if (term.termType !== "BlankNode") return term;
      let label = labels.get(term.value);
      if (label === undefined) {
        label = `b${labels.size}`;
        labels.set(term.value, label);
      }
      return DataFactory.blankNode(label);
    };
    ordered = bySignature.map(({ quad }) =>
      hasBlank(quad)
        ? DataFactory.quad(
            rename(quad.subject) as Quad_Subject,
            quad.predicate,
            rename(quad.object) as Quad_Object,
            rename(quad.graph) as Quad_Graph,
          )
        : quad,
    );
  }
  const sorted = ordered.map((quad) => ({ quad, key: quadKey(quad, asLabel) })).sort(byKey);
  return sorted.filter((entry, i) => i === 0 || entry.key !== sorted[i - 1]?.key).map((entry) => entry.quad);
}

function hasBlank(quad: Quad): boolean {
  return quad.subject.termType === "BlankNode" || quad.object.termType === "BlankNode" || quad.graph.termType === "BlankNode";
}
