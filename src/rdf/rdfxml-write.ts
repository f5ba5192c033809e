/**
 * RDF/XML through rdflib.js, for Protégé and older OWL tools.
 *
 * rdflib's serializer nests a blank node referenced once inside its referrer, but writes that as
 * `rdf:parseType="Resource"` around a node element, which is not RDF/XML (linkeddata/rdflib.js
 * #546; rapper rejects it). Making every blank node a top-level `rdf:nodeID` node, by adjusting
 * the serializer's root analysis, sidesteps that branch; the rest is rdflib's own output.
 * What XML cannot carry (control characters, names that are not XML names) is refused up front
 * with a message rather than written as a file no tool can read.
 */
import type { Quad, Term } from "@rdfjs/types";
import * as rdflib from "rdflib";
import { UsageError } from "../errors.js";
import { usedPrefixes } from "./n3-write.js";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
// XML 1.0 characters, less CR (rdflib does not escape it, and XML parsers turn it into LF).
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const NOT_XML_TEXT = /[^\u0009\u000a\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const XML_NAME = /^[\p{L}_][\p{L}\p{N}._-]*$/u;

/** The part of rdflib's Serializer used here (its declarations type these as `any`). */
interface XmlSerializer {
  rootSubjects(statements: readonly unknown[]): RootStats;
  fromStr(key: string): { readonly termType: string; toNT(): string };
  setNamespaces(namespaces: Readonly<Record<string, string>>): unknown;
  statementsToXML(statements: readonly unknown[]): string;
}

interface RootStats {
  readonly roots: unknown[];
  readonly subjects: Readonly<Record<string, unknown>>;
  readonly rootsHash: Record<string, boolean>;
  readonly incoming: Record<string, unknown[]>;
}

/** RDF/XML text of default-graph quads; blank-node labels must be XML names (b0, b1… are). */
export function writeRdfXml(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): string {
  for (const quad of quads) refuseUnwritable(quad);
  refuseGappedMembers(quads);
  const store = rdflib.graph();
  for (const quad of quads) store.add(resource(quad.subject), rdflib.sym(quad.predicate.value), object(quad.object));
  // rdflib exports a factory under the name Serializer.
  const serializer = rdflib.Serializer(store) as unknown as XmlSerializer;
  const analyse = serializer.rootSubjects.bind(serializer);
  serializer.rootSubjects = (statements) => {
    const stats = analyse(statements);
    for (const key of Object.keys(stats.subjects)) {
      const node = serializer.fromStr(key);
      const nt = node.toNT();
      if (node.termType !== "BlankNode" || stats.rootsHash[nt]) continue;
      stats.roots.push(node);
      stats.rootsHash[nt] = true;
      // A second (self) reference: rdflib then writes rdf:nodeID on both ends instead of nesting.
      (stats.incoming[nt] ??= []).push(node);
    }
    return stats;
  };
  serializer.setNamespaces(usedPrefixes(quads, prefixes));
  return `<?xml version="1.0" encoding="utf-8"?>\n${serializer.statementsToXML(store.statements)}`;
}

function resource(term: Term) {
  if (term.termType === "BlankNode") return rdflib.blankNode(term.value);
  if (term.termType === "NamedNode") return rdflib.sym(term.value);
  throw new Error(`cannot write a ${term.termType} as an RDF/XML node`);
}

function object(term: Term) {
  if (term.termType === "Literal") return rdflib.literal(term.value, term.language || rdflib.sym(term.datatype.value));
  return resource(term);
}

/** Predicates and types become XML element names, split at the last `#` or `/` as rdflib does. */
function xmlNameProblem(iri: string): string | undefined {
  const cut = iri.includes("#") ? iri.lastIndexOf("#") : iri.lastIndexOf("/");
  const local = iri.slice(cut + 1);
  return cut >= 0 && XML_NAME.test(local) ? undefined : `its local name "${local}" is not an XML name`;
}

function refuseUnwritable(quad: Quad): void {
  const advice = "; export as Turtle, N-Triples or JSON-LD instead";
  const nameProblem = xmlNameProblem(quad.predicate.value);
  if (nameProblem) throw new UsageError(`RDF/XML cannot write the predicate <${quad.predicate.value}>: ${nameProblem}${advice}`);
  if (quad.predicate.value === RDF_TYPE && quad.object.termType === "NamedNode") {
    const typeProblem = xmlNameProblem(quad.object.value);
    if (typeProblem) throw new UsageError(`RDF/XML cannot write the class <${quad.object.value}>: ${typeProblem}${advice}`);
  }
  if (quad.object.termType === "Literal" && (NOT_XML_TEXT.test(quad.object.value) || quad.object.value.includes("]]>"))) {
    throw new UsageError(
      `RDF/XML cannot write the literal ${JSON.stringify(quad.object.value.slice(0, 60))} of <${quad.subject.value}>: ` +
        `it contains what XML 1.0 cannot carry in text (a control character, a carriage return or "]]>")${advice}`,
    );
  }
}

/**
 * rdflib writes container members rdf:_1, rdf:_2… as rdf:li, which readers number from 1 again;
 * that is only faithful when a node's members are exactly rdf:_1…rdf:_n.
 */
function refuseGappedMembers(quads: readonly Quad[]): void {
  const members = new Map<string, number[]>();
  for (const quad of quads) {
    const match = /^http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#_(\d+)$/.exec(quad.predicate.value);
    if (!match) continue;
    const key = `${quad.subject.termType}:${quad.subject.value}`;
    members.set(key, [...(members.get(key) ?? []), Number(match[1])]);
  }
  for (const [node, numbers] of members) {
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    if (sorted.length !== numbers.length || sorted.some((n, i) => n !== i + 1)) {
      throw new UsageError(`RDF/XML (through rdflib) would renumber the container members rdf:_${sorted.join(", rdf:_")} of ${node}; export as Turtle, N-Triples or JSON-LD instead`);
    }
  }
}
