/**
 * Quads as expanded JSON-LD, the first half of writing JSON-LD (jsonld.js compacts the result).
 * This does what JSON-LD's "RDF to Object" algorithm does, in one linear pass and without
 * recursion, where jsonld.js's `fromRDF` overflows the stack on deeply nested lists and rewrites
 * lexical forms: node objects per graph in the order of the quads, rdf:type as `@type`, literals
 * with their lexical form untouched, and well-formed RDF lists as `@list` up to
 * {@link MAX_LIST_NESTING} lists deep (deeper ones stay rdf:first / rdf:rest nodes, which read
 * back as the same triples), so the output never nests deeper than the reader accepts.
 */
import type { Quad, Term } from "@rdfjs/types";

export const MAX_LIST_NESTING = 32;

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDF_TYPE = `${RDF}type`;
const RDF_FIRST = `${RDF}first`;
const RDF_REST = `${RDF}rest`;
const RDF_NIL = `${RDF}nil`;
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

/** A JSON-LD value in expanded form. */
type Expanded = { [key: string]: unknown };

function id(term: Term): string {
  return term.termType === "BlankNode" ? `_:${term.value}` : term.value;
}

function literalObject(term: Term & { termType: "Literal" }): Expanded {
  if (term.language) return { "@value": term.value, "@language": term.language, ...(term.direction ? { "@direction": term.direction } : {}) };
  return term.datatype.value === XSD_STRING ? { "@value": term.value } : { "@value": term.value, "@type": term.datatype.value };
}

interface Cell {
  first?: Term;
  rest?: Term;
  /** Subject and predicate of the one quad that has this cell as object. */
  referrer?: string;
  referrerPredicate?: string;
}

/**
 * Blank nodes that can be list cells: exactly one rdf:first and one rdf:rest and nothing else,
 * used as an object exactly once, all in one graph, never a graph name.
 */
function candidateCells(quads: readonly Quad[]): Map<string, Cell> {
  const uses = new Map<string, { graph: string; first: number; rest: number; other: number; objectUses: number; spoiled: boolean }>();
  const useOf = (label: string, graph: string) => {
    let use = uses.get(label);
    if (use === undefined) uses.set(label, (use = { graph, first: 0, rest: 0, other: 0, objectUses: 0, spoiled: false }));
    if (use.graph !== graph) use.spoiled = true;
    return use;
  };
  const cells = new Map<string, Cell>();
  for (const q of quads) {
    const graph = id(q.graph);
    if (q.graph.termType === "BlankNode") useOf(q.graph.value, "").spoiled = true;
    if (q.subject.termType === "BlankNode") {
      const use = useOf(q.subject.value, graph);
      if (q.predicate.value === RDF_FIRST) use.first += 1;
      else if (q.predicate.value === RDF_REST && (q.object.termType === "BlankNode" || q.object.value === RDF_NIL)) use.rest += 1;
      else use.other += 1;
    }
    if (q.object.termType === "BlankNode") useOf(q.object.value, graph).objectUses += 1;
  }
  for (const [label, use] of uses) {
    if (use.first === 1 && use.rest === 1 && use.other === 0 && use.objectUses === 1 && !use.spoiled) cells.set(label, {});
  }
  for (const q of quads) {
    const subject = q.subject.termType === "BlankNode" ? cells.get(q.subject.value) : undefined;
    if (subject !== undefined) {
      if (q.predicate.value === RDF_FIRST) subject.first = q.object;
      else subject.rest = q.object;
    }
    const object = q.object.termType === "BlankNode" ? cells.get(q.object.value) : undefined;
    if (object !== undefined) {
      object.referrer = id(q.subject);
      object.referrerPredicate = q.predicate.value;
    }
  }
  return cells;
}

/**
 * The lists to write as `@list`: label of each folded cell → its list's head. A chain of cells
 * is a list when it ends in rdf:nil without a cycle; a list inside a list is one level deeper,
 * and a list more than {@link MAX_LIST_NESTING} levels deep (or in a cycle of lists) stays nodes.
 */
function foldedLists(cells: Map<string, Cell>): Map<string, string> {
  const headOf = new Map<string, string>();
  for (const [label, cell] of cells) {
    const referrer = cell.referrer?.startsWith("_:") ? cells.get(cell.referrer.slice(2)) : undefined;
    if (referrer !== undefined && cell.referrerPredicate === RDF_REST) continue; // not a head
    const chain: string[] = [];
    let ok = false;
    for (let cur: string | undefined = label; cur !== undefined; ) {
      const rest: Term | undefined = cells.get(cur)?.rest;
      chain.push(cur);
      if (rest === undefined || rest.termType === "NamedNode") {
        ok = rest?.value === RDF_NIL;
        break;
      }
      const next = cells.get(rest.value);
      cur = next !== undefined && next.referrerPredicate === RDF_REST && !headOf.has(rest.value) && chain.length <= cells.size ? rest.value : undefined;
    }
    if (ok) for (const cell of chain) headOf.set(cell, label);
  }
  // Nesting level of each head, along referrers: iterative, since lists may nest 100k deep.
  const level = new Map<string, number>();
  const parentHead = (head: string): string | undefined => {
    const referrer = cells.get(head)?.referrer;
    return referrer?.startsWith("_:") ? headOf.get(referrer.slice(2)) : undefined;
  };
  for (const start of new Set(headOf.values())) {
    const stack = [start];
    const waiting = new Set<string>([start]);
    while (stack.length > 0) {
      const head = stack[stack.length - 1] as string;
      const parent = parentHead(head);
      const parentLevel = parent === undefined ? 0 : level.get(parent);
      if (parent !== undefined && parentLevel === undefined && !waiting.has(parent)) {
        stack.push(parent);
        waiting.add(parent);
        continue;
      }
      // A cycle of lists inside lists: this one is written as nodes, which breaks it.
      const mine = parentLevel === undefined ? MAX_LIST_NESTING + 1 : parentLevel > MAX_LIST_NESTING ? 1 : parentLevel + 1;
      level.set(head, mine);
      stack.pop();
      waiting.delete(head);
    }
  }
  const folded = new Map<string, string>();
  for (const [cell, head] of headOf) if ((level.get(head) ?? Infinity) <= MAX_LIST_NESTING) folded.set(cell, head);
  return folded;
}

/**
 * Expanded JSON-LD of the quads (in the order given, which the caller makes canonical).
 * @example expandQuads(quads) // [{ "@id": "https://…/s", "https://…/p": [{ "@value": "o" }] }]
 */
export function expandQuads(quads: readonly Quad[]): Expanded[] {
  const cells = candidateCells(quads);
  const folded = foldedLists(cells);
  const valueOf = (term: Term): Expanded => {
    if (term.termType === "Literal") return literalObject(term);
    if (term.termType !== "BlankNode" || folded.get(term.value) !== term.value) return { "@id": id(term) };
    const items: Expanded[] = [];
    for (let cur: Term | undefined = term; cur?.termType === "BlankNode"; cur = cells.get(cur.value)?.rest) {
      const first = cells.get(cur.value)?.first;
      if (first !== undefined) items.push(valueOf(first));
    }
    return { "@list": items };
  };

  // Node objects by graph, then subject, in first-seen order.
  const graphs = new Map<string, Map<string, Expanded>>();
  for (const q of quads) {
    if (q.subject.termType === "BlankNode" && folded.has(q.subject.value)) continue;
    const graph = q.graph.termType === "DefaultGraph" ? "" : id(q.graph);
    let nodes = graphs.get(graph);
    if (nodes === undefined) graphs.set(graph, (nodes = new Map<string, Expanded>()));
    const subject = id(q.subject);
    let node = nodes.get(subject);
    if (node === undefined) nodes.set(subject, (node = { "@id": subject }));
    if (q.predicate.value === RDF_TYPE && q.object.termType !== "Literal") ((node["@type"] ??= []) as string[]).push(id(q.object));
    else ((node[q.predicate.value] ??= []) as Expanded[]).push(valueOf(q.object));
  }
  const defaultNodes = graphs.get("") ?? new Map<string, Expanded>();
  for (const [graph, nodes] of graphs) {
    if (graph === "") continue;
    const holder = defaultNodes.get(graph) ?? { "@id": graph };
    holder["@graph"] = [...nodes.values()];
    defaultNodes.set(graph, holder);
  }
  return [...defaultNodes.values()];
}
