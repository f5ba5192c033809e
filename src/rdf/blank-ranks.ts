/**
 * A canonical rank for every blank node of a graph: a position that depends on the graph's shape,
 * not on the labels the input gave its blank nodes or the order it listed them in, so that every
 * writer gives the same bytes for the same graph, and an export parsed back exports the same.
 *
 * Two steps, both near-linear, so a blank node nested 100,000 levels deep costs what any other
 * does:
 * 1. Colour refinement: each node's colour is a hash of the quads it is in, its own place marked
 *    and other blank nodes replaced by their colour, refined round by round until no more nodes
 *    are told apart (at most {@link MAX_ROUNDS} rounds; a round only mixes integers).
 * 2. Ranking by traversal: nodes whose colour is unique are ranked first, in colour order; then,
 *    breadth first, each ranked node ranks its unranked neighbours in the order of its quads, with
 *    ranked neighbours written as their rank. So a node in the middle of a long chain, which no
 *    number of rounds tells apart from its neighbours, is ranked by its distance from the chain's
 *    ends. Only nodes nothing tells apart (interchangeable in nearly every graph) fall back to
 *    input order.
 * A hash collision could only make two nodes look alike, which may change the order of the
 * output, never its content.
 */
import type { Quad } from "@rdfjs/types";

/** How blank nodes are written in sort keys (their label, a rank, a placeholder). */
export type BlankKey = (label: string) => string;

/** The sort key of a quad, with blank nodes written by `blank`. */
export type QuadKeyOf = (quad: Quad, blank: BlankKey) => string;

/** At most this many rounds of refinement. */
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

/** The blank nodes of the quads, numbered, and which quads each is in. */
interface Incidence {
  readonly labels: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** The quads that hold blank nodes, and the numbers of their blank nodes in position order. */
  readonly quads: readonly Quad[];
  readonly slots: readonly (readonly number[])[];
  /** Quads of node n: occurrences[offsets[n]] … occurrences[offsets[n + 1] - 1] (each quad once). */
  readonly offsets: Uint32Array;
  readonly occurrences: Uint32Array;
}

function incidence(all: readonly Quad[]): Incidence {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const quads: Quad[] = [];
  const slots: number[][] = [];
  for (const quad of all) {
    const mine: number[] = [];
    for (const term of [quad.subject, quad.object, quad.graph]) {
      if (term.termType !== "BlankNode") continue;
      let i = index.get(term.value);
      if (i === undefined) {
        index.set(term.value, (i = labels.length));
        labels.push(term.value);
      }
      mine.push(i);
    }
    if (mine.length === 0) continue;
    quads.push(quad);
    slots.push(mine);
  }
  const count = labels.length;
  const offsets = new Uint32Array(count + 1);
  const firstTime = (mine: readonly number[], i: number) => mine.indexOf(mine[i] ?? -1) === i;
  for (const mine of slots) mine.forEach((node, i) => firstTime(mine, i) && (offsets[node + 1] = (offsets[node + 1] ?? 0) + 1));
  for (let n = 1; n <= count; n++) offsets[n] = (offsets[n] ?? 0) + (offsets[n - 1] ?? 0);
  const fill = offsets.slice(0, count);
  const occurrences = new Uint32Array(offsets[count] ?? 0);
  slots.forEach((mine, q) => mine.forEach((node, i) => firstTime(mine, i) && (occurrences[(fill[node] = (fill[node] ?? 0) + 1) - 1] = q)));
  return { labels, index, quads, slots, offsets, occurrences };
}

/** Mixes a 53-bit integer into the two lanes of `state`. */
function mix(state: Int32Array, value: number): void {
  const low = value >>> 0;
  const high = ((value - low) / 4294967296) | 0;
  state[0] = Math.imul(Math.imul((state[0] ?? 0) ^ low, 2654435761) ^ high, 2654435761);
  state[1] = Math.imul(Math.imul((state[1] ?? 0) ^ low, 1597334677) ^ high, 1597334677);
}

function start(state: Int32Array): void {
  state[0] = 0xdeadbeef | 0;
  state[1] = 0x41c6ce57;
}

/** The 53-bit result of `state` (cyrb53's finaliser). */
function finish(state: Int32Array): number {
  const a = state[0] ?? 0;
  const b = state[1] ?? 0;
  let h1 = Math.imul(a ^ (a >>> 16), 2246822507);
  h1 ^= Math.imul(b ^ (b >>> 13), 3266489909);
  let h2 = Math.imul(b ^ (b >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Colours after refinement. A node alone in its colour is told apart for good, so it keeps its
 * colour and is not recomputed (every node sees the same colour for it in a round either way,
 * so the classes come out the same); each round works only on nodes that still share a colour.
 */
function refine(graph: Incidence, keyOf: QuadKeyOf): Float64Array {
  const count = graph.labels.length;
  const templates = Float64Array.from(graph.quads, (quad) => new Hash().addString(keyOf(quad, () => "")).result());
  const colours = new Float64Array(count);
  const next = new Float64Array(count);
  let active = Uint32Array.from({ length: count }, (_, n) => n);
  const state = new Int32Array(2);
  const contexts: number[] = [];
  let classes = 1;
  for (let round = 0; round < MAX_ROUNDS && active.length > 1; round++) {
    for (const node of active) {
      contexts.length = 0;
      for (let k = graph.offsets[node] ?? 0; k < (graph.offsets[node + 1] ?? 0); k++) {
        const q = graph.occurrences[k] ?? 0;
        start(state);
        mix(state, templates[q] ?? 0);
        for (const other of graph.slots[q] ?? []) mix(state, other === node ? -1 : (colours[other] ?? 0) + 1);
        contexts.push(finish(state));
      }
      if (contexts.length === 2) {
        if ((contexts[0] ?? 0) > (contexts[1] ?? 0)) contexts.reverse();
      } else if (contexts.length > 2) contexts.sort((a, b) => a - b);
      // The previous colour goes in too, so each round only splits classes, never merges them.
      start(state);
      mix(state, colours[node] ?? 0);
      for (const value of contexts) mix(state, value);
      next[node] = finish(state);
    }
    const sizes = new Map<number, number>();
    for (const node of active) {
      const colour = next[node] ?? 0;
      colours[node] = colour;
      sizes.set(colour, (sizes.get(colour) ?? 0) + 1);
    }
    // Refinement only splits classes: as many as before means it has told nothing more apart.
    if (sizes.size === classes) break;
    active = active.filter((node) => (sizes.get(colours[node] ?? 0) ?? 0) > 1);
    classes = [...sizes.values()].filter((size) => size > 1).length;
  }
  return colours;
}

/**
 * label → rank, written so that ranks sort as strings in rank order.
 * @example blankRanks(quads, quadKey).get("n3-17") // "000004"
 */
export function blankRanks(quads: readonly Quad[], keyOf: QuadKeyOf): Map<string, string> {
  const graph = incidence(quads);
  const count = graph.labels.length;
  const colours = refine(graph, keyOf);
  const rank = new Int32Array(count).fill(-1);
  const width = Math.max(1, count.toString(36).length);
  const written = (n: number) => `${(rank[n] ?? 0).toString(36).padStart(width, "0")}`;
  const colourOf = (n: number) => `~${(colours[n] ?? 0).toString(36).padStart(11, "0")}`;
  let ranked = 0;
  const queue: number[] = [];
  const give = (n: number) => {
    if (rank[n] !== -1) return;
    rank[n] = ranked++;
    queue.push(n);
  };
  // Ranked nodes are written by rank, unranked ones by colour ("~" sorts after every rank).
  const blankKey: BlankKey = (label) => {
    const n = graph.index.get(label) ?? 0;
    return rank[n] === -1 ? colourOf(n) : written(n);
  };
  const spread = () => {
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] ?? 0;
      const around: { key: string; q: number }[] = [];
      for (let k = graph.offsets[node] ?? 0; k < (graph.offsets[node + 1] ?? 0); k++) {
        const q = graph.occurrences[k] ?? 0;
        if ((graph.slots[q] ?? []).some((n) => rank[n] === -1)) around.push({ key: keyOf(graph.quads[q] as Quad, blankKey), q });
      }
      around.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.q - b.q));
      for (const { q } of around) for (const n of graph.slots[q] ?? []) give(n);
    }
    queue.length = 0;
  };

  const byColour = [...Array(count).keys()].sort((a, b) => (colours[a] ?? 0) - (colours[b] ?? 0) || a - b);
  const sizes = new Map<number, number>();
  for (const colour of colours) sizes.set(colour, (sizes.get(colour) ?? 0) + 1);
  for (const n of byColour) if (sizes.get(colours[n] ?? 0) === 1) give(n);
  spread();
  // What no unique colour reaches: the smallest colour class, in input order.
  for (const n of byColour) {
    if (rank[n] !== -1) continue;
    give(n);
    spread();
  }
  const ranks = new Map<string, string>();
  graph.labels.forEach((label, n) => ranks.set(label, written(n)));
  return ranks;
}
