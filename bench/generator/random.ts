/**
 * A small seeded PRNG (mulberry32) with the few draws the generator needs. The same seed always
 * gives the same sequence, so every generated graph is reproducible from its seed number.
 */

/** Deterministic random draws from a 32-bit seed. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("Random.pick: the list is empty");
    return item;
  }

  /** One key of a table of weights, drawn in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let draw = this.next() * total;
    for (const [key, weight] of entries) {
      draw -= weight;
      if (draw < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (last === undefined) throw new Error("Random.weighted: no weights");
    return last[0];
  }

  /** `count` distinct elements (fewer if the list is shorter), in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    const chosen = new Set<number>();
    const result: T[] = [];
    while (result.length < n) {
      const index = Math.floor(this.next() * items.length);
      if (chosen.has(index)) continue;
      chosen.add(index);
      result.push(items[index] as T);
    }
    return result;
  }
}

/**
 * Draws indices with a Zipf–Mandelbrot popularity (a few hubs, a long tail), as states are in
 * real alliance data: the weight of rank k is (k + offset)^-exponent.
 */
export class PopularityPicker {
  readonly #cumulative: Float64Array;

  constructor(size: number, exponent = 0.9, offset = 4) {
    this.#cumulative = new Float64Array(size);
    let total = 0;
    for (let k = 0; k < size; k++) {
      total += (k + 1 + offset) ** -exponent;
      this.#cumulative[k] = total;
    }
  }

  /** An index in [0, size), popular ones more often. */
  pick(random: Random): number {
    const cumulative = this.#cumulative;
    const target = random.next() * (cumulative[cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] ?? 0) <= target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `count` distinct indices (at most size). */
  pickDistinct(random: Random, count: number): number[] {
    const size = this.#cumulative.length;
    const n = Math.min(count, size);
    const chosen = new Set<number>();
    // Popular draws repeat; after enough attempts the tail is filled uniformly so this always ends.
    for (let attempts = 0; chosen.size < n; attempts++) {
      chosen.add(attempts < 40 * n ? this.pick(random) : Math.floor(random.next() * size));
    }
    return [...chosen];
  }
}
