/**
 * Making quads from other libraries into n3 quads, keeping blank nodes of different files apart,
 * and putting quads in a deterministic order with deterministic blank-node labels, so that every
 * writer gives the same bytes for the same input.
 */
import type { Quad, Quad_Graph, Quad_Object, Quad_Predicate, Quad_Subject, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { blankRanks, type BlankKey } from "./blank-ranks.js";

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

/**
 * Quads sorted by graph, subject, predicate and object, duplicates removed, blank nodes renamed
 * `b0`, `b1`… in order of first appearance. The order rests on blank-node ranks (blank-ranks.ts),
 * not labels, so two parses of one file, or an export parsed back, give the same result.
 */
export function canonicalOrder(quads: readonly Quad[]): Quad[] {
  let ordered: readonly Quad[] = quads;
  if (quads.some(hasBlank)) {
    const signatures = blankRanks(quads, quadKey);
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
