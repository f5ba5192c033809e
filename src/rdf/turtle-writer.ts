/**
 * A deterministic, pretty Turtle serialiser: the same set of triples always gives the same bytes,
 * so generated files diff cleanly and can be checked in.
 *
 * Work is linear apart from sorting: quads are grouped by subject once (deduplicating on the
 * written form of each object), blank-node structure is analysed in a few passes over that index,
 * and every term is serialised once. Labelled blank nodes are written as placeholders first and
 * numbered in a final pass, so that `_:b0, _:b1, …` follow their first appearance in the output.
 */
import type { BlankNode, Quad } from "@rdfjs/types";
import { RDF_FIRST, RDF_REST, RDF_NIL, RDF_TYPE, TermSerializer, describe } from "./turtle-terms.js";

export interface TurtleWriterOptions {
  /** prefix -> namespace IRI. Only prefixes actually used in the output are printed, sorted by prefix name. */
  readonly prefixes?: Readonly<Record<string, string>>;
  /** Predicate IRIs written right after `a` (rdf:type), in this order (e.g. rdfs:label); the rest sorted. */
  readonly leadingPredicates?: readonly string[];
  /** Comment lines printed at the top, each prefixed with "# ". */
  readonly header?: readonly string[];
}

/**
 * predicate IRI -> written forms of its objects (blank nodes as BLANK + label). Arrays rather than
 * Sets because most predicates have one object and a Set per triple dominated the garbage
 * collector; duplicates are removed once, in dedupe().
 */
type Predicates = Map<string, string[]>;

interface BlankInfo {
  readonly label: string;
  preds: Predicates | undefined;
  /** Number of distinct triples with this node as object. */
  refs: number;
  /** Subject of the (last seen) referencing triple; null for a named subject. */
  parent: BlankInfo | null;
  parentPred: string;
  /** 0 unvisited, 1 on the current parent walk, 2 done. */
  walk: 0 | 1 | 2;
  /** Written inline as `[ ... ]` or `( ... )` inside its only referrer. */
  nestable: boolean;
  /** A well-formed RDF list from here to rdf:nil, written as `( ... )`. */
  list: boolean | undefined;
  /** Nesting depth below its top-level block; 0 = not computed yet. */
  depth: number;
  /** Placeholder for the `_:bN` label of a node that needs one. */
  token: string;
}

// Object keys never start with these characters otherwise: IRIs and literals are written with
// control characters escaped, so the markers cannot collide with real output.
const BLANK = "\u0001";
const BLANK_CODE = 1;
const NIL = "()";
// eslint-disable-next-line no-control-regex -- NUL delimits placeholders precisely because output never contains it
const TOKEN = /\u0000(\d+)\u0000/g;
// Beyond this the output becomes unreadable and rendering recursion unbounded; deeper nodes
// become labelled top-level blocks instead.
const MAX_DEPTH = 32;
const INDENT = "    ";

/** Serialises default-graph quads as pretty, deterministic Turtle. Throws on quads in a named graph. */
export function writeTurtle(quads: Iterable<Quad>, options: TurtleWriterOptions = {}): string {
  const terms = new TermSerializer(options.prefixes ?? {});
  const named = new Map<string, Predicates>();
  const blanks = new Map<string, BlankInfo>();
  const blankInfo = (term: BlankNode): BlankInfo => {
    let info = blanks.get(term.value);
    if (info !== undefined) return info;
    info = { label: term.value, preds: undefined, refs: 0, parent: null, parentPred: "", walk: 0,
      nestable: false, list: undefined, depth: 0, token: "" };
    blanks.set(term.value, info);
    return info;
  };

  for (const quad of quads) {
    const { subject, predicate, object, graph } = quad;
    if (graph.termType !== "DefaultGraph") {
      throw new Error(
        `Cannot write a quad in named graph ${describe(graph)} as Turtle ` +
          `(subject ${describe(subject)}, predicate ${describe(predicate)}); write only default-graph quads, or use TriG.`,
      );
    }
    let preds: Predicates;
    if (subject.termType === "NamedNode") {
      let found = named.get(subject.value);
      if (found === undefined) named.set(subject.value, (found = new Map<string, string[]>()));
      preds = found;
    } else if (subject.termType === "BlankNode") {
      preds = blankInfo(subject).preds ??= new Map<string, string[]>();
    } else {
      throw new Error(`Cannot write subject ${describe(subject)} as Turtle: subjects must be IRIs or blank nodes.`);
    }
    if (predicate.termType !== "NamedNode") {
      throw new Error(`Cannot write predicate ${describe(predicate)} as Turtle: predicates must be IRIs.`);
    }
    let key: string;
    if (object.termType === "NamedNode") key = object.value === RDF_NIL ? NIL : terms.iri(object.value);
    else if (object.termType === "Literal") key = terms.literal(object);
    else if (object.termType === "BlankNode") key = BLANK + blankInfo(object).label;
    else throw new Error(`Cannot write object ${describe(object)} as Turtle: unsupported term type.`);
    const objects = preds.get(predicate.value);
    if (objects === undefined) preds.set(predicate.value, [key]);
    else objects.push(key);
  }

  analyseBlankNodes(named, blanks);
  const body = renderBlocks(named, blanks, terms, options.leadingPredicates ?? []);

  const sections: string[] = [];
  const header = (options.header ?? []).flatMap((line) => line.split(/\r\n|\r|\n/));
  if (header.length > 0) sections.push(header.map((line) => (line === "" ? "#" : `# ${line}`)).join("\n"));
  const prefixes = terms.prefixLines();
  if (prefixes.length > 0) sections.push(prefixes.join("\n"));
  if (body !== "") sections.push(body);
  return sections.length === 0 ? "" : `${sections.join("\n\n")}\n`;
}

/** Decides which blank nodes are nested, which are lists, and which need labels. */
function analyseBlankNodes(named: Map<string, Predicates>, blanks: Map<string, BlankInfo>): void {
  const countRefs = (owner: BlankInfo | null, preds: Predicates): void => {
    for (const [pred, objects] of preds) {
      if (objects.length > 1) dedupe(objects);
      for (const key of objects) {
        if (key.charCodeAt(0) !== BLANK_CODE) continue;
        const target = blanks.get(key.slice(1));
        if (target === undefined) continue;
        target.refs++;
        target.parent = owner;
        target.parentPred = pred;
      }
    }
  };
  for (const preds of named.values()) countRefs(null, preds);
  for (const info of blanks.values()) if (info.preds !== undefined) countRefs(info, info.preds);

  // A node referenced once hangs off a unique parent; following parents either reaches a
  // top-level block (nest the whole path) or loops, and a loop has no place to start nesting.
  for (const start of blanks.values()) {
    if (start.refs !== 1 || start.walk !== 0) continue;
    const path: BlankInfo[] = [];
    let cur: BlankInfo | null = start;
    while (cur !== null && cur.refs === 1 && cur.walk === 0) {
      cur.walk = 1;
      path.push(cur);
      cur = cur.parent;
    }
    const loopStart = cur !== null && cur.walk === 1 ? path.indexOf(cur) : path.length;
    for (const [i, info] of path.entries()) {
      info.walk = 2;
      info.nestable = i < loopStart;
    }
  }

  for (const start of blanks.values()) {
    if (start.list !== undefined) continue;
    const chain: BlankInfo[] = [];
    let cur = start;
    let ok = false;
    for (;;) {
      if (cur.list !== undefined) {
        ok = cur.list;
        break;
      }
      const rest = cur.nestable ? listRest(cur.preds) : undefined;
      if (rest === undefined) {
        cur.list = false;
        break;
      }
      chain.push(cur);
      const next = rest.charCodeAt(0) === BLANK_CODE ? blanks.get(rest.slice(1)) : undefined;
      if (rest === NIL || next === undefined) {
        ok = rest === NIL;
        break;
      }
      cur = next;
    }
    for (const info of chain) info.list = ok;
  }

  // Depth is computed top-down along parent chains; list cells share their head's depth, so a
  // valid list is never cut in the middle, and cutting a node never invalidates anything above it.
  const stack: BlankInfo[] = [];
  for (const start of blanks.values()) {
    let cur: BlankInfo | null = start;
    while (cur !== null && cur.nestable && cur.depth === 0) {
      stack.push(cur);
      cur = cur.parent;
    }
    for (let info = stack.pop(); info !== undefined; info = stack.pop()) {
      const parent = info.parent;
      let depth = 1;
      if (parent !== null && parent.nestable) {
        depth = parent.list === true && info.parentPred === RDF_REST ? parent.depth : parent.depth + 1;
      }
      if (depth > MAX_DEPTH) {
        info.nestable = false;
        info.list = false;
      } else {
        info.depth = depth;
      }
    }
  }

  // Placeholders are numbered by input label only so ordering never depends on input order.
  const labelled = [...blanks.values()].filter((info) => !info.nestable && info.refs > 0);
  labelled.sort((a, b) => compare(a.label, b.label));
  for (const [i, info] of labelled.entries()) info.token = `\u0000${i}\u0000`;
}

/** Removes the objects of duplicate quads, in place (sorting makes duplicates adjacent). */
function dedupe(objects: string[]): void {
  objects.sort();
  let kept = 1;
  for (let i = 1; i < objects.length; i++) {
    const key = objects[i] as string;
    if (key !== objects[kept - 1]) objects[kept++] = key;
  }
  objects.length = kept;
}

function single(objects: readonly string[] | undefined): string | undefined {
  return objects?.length === 1 ? objects[0] : undefined;
}

/** The rdf:rest object of a list-shaped node (exactly one rdf:first and one rdf:rest). */
function listRest(preds: Predicates | undefined): string | undefined {
  if (preds === undefined || preds.size !== 2 || single(preds.get(RDF_FIRST)) === undefined) return undefined;
  return single(preds.get(RDF_REST));
}

function renderBlocks(
  named: Map<string, Predicates>,
  blanks: Map<string, BlankInfo>,
  terms: TermSerializer,
  leadingPredicates: readonly string[],
): string {
  const leading = [...new Set(leadingPredicates)].filter((iri) => iri !== RDF_TYPE);
  const leadingSet = new Set(leading);
  const indents = [""];
  const newline = (level: number): string => {
    while (indents.length <= level) indents.push(indents[indents.length - 1] + INDENT);
    return `\n${indents[level]}`;
  };

  const renderObject = (key: string, level: number): string => {
    if (key.charCodeAt(0) !== BLANK_CODE) return key;
    const info = blanks.get(key.slice(1));
    if (info === undefined) throw new Error(`Internal error: unknown blank node ${key.slice(1)}`);
    if (!info.nestable) return info.token;
    if (info.list === true) return renderList(info, level);
    if (info.preds === undefined) return "[]";
    const inner = renderPredicates(info.preds, level + 1);
    if (info.preds.size === 1 && !inner.includes("\n")) return `[ ${inner} ]`;
    return `[${newline(level + 1)}${inner}${newline(level)}]`;
  };

  const renderList = (head: BlankInfo, level: number): string => {
    const items: string[] = [];
    for (let cell: BlankInfo | undefined = head; cell !== undefined; ) {
      const first = single(cell.preds?.get(RDF_FIRST));
      const rest = single(cell.preds?.get(RDF_REST));
      if (first === undefined || rest === undefined) throw new Error("Internal error: malformed list cell");
      items.push(renderObject(first, level));
      cell = rest === NIL ? undefined : blanks.get(rest.slice(1));
    }
    return `( ${items.join(" ")} )`;
  };

  const renderObjects = (objects: readonly string[], level: number): string => {
    if (objects.length === 1) return renderObject(objects[0] as string, level);
    const written = objects.map((key) => renderObject(key, level));
    written.sort();
    return written.join(", ");
  };

  const renderPredicates = (preds: Predicates, level: number): string => {
    const parts: string[] = [];
    const types = preds.get(RDF_TYPE);
    if (types !== undefined) parts.push(`a ${renderObjects(types, level)}`);
    for (const iri of leading) {
      const objects = preds.get(iri);
      if (objects !== undefined) parts.push(`${terms.iri(iri)} ${renderObjects(objects, level)}`);
    }
    const others: [string, string[]][] = [];
    for (const [iri, objects] of preds) {
      if (iri !== RDF_TYPE && !leadingSet.has(iri)) others.push([terms.iri(iri), objects]);
    }
    if (others.length > 1) others.sort(([a], [b]) => compare(a, b));
    for (const [written, objects] of others) parts.push(`${written} ${renderObjects(objects, level)}`);
    return parts.join(` ;${newline(level)}`);
  };

  const blocks: string[] = [];
  for (const iri of [...named.keys()].sort()) {
    const preds = named.get(iri);
    if (preds !== undefined) blocks.push(`${terms.iri(iri)} ${renderPredicates(preds, 1)} .`);
  }

  const roots: { body: string; subject: string }[] = [];
  for (const info of blanks.values()) {
    if (info.nestable || info.preds === undefined) continue;
    roots.push({ body: renderPredicates(info.preds, 1), subject: info.refs === 0 ? "[]" : info.token });
  }
  roots.sort((a, b) => compare(a.body, b.body) || compare(a.subject, b.subject));
  for (const { body, subject } of roots) blocks.push(`${subject} ${body} .`);

  const text = blocks.join("\n\n");
  if (!text.includes("\u0000")) return text;
  const labels = new Map<string, string>();
  return text.replace(TOKEN, (_match, index: string) => {
    let label = labels.get(index);
    if (label === undefined) labels.set(index, (label = `_:b${labels.size}`));
    return label;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
