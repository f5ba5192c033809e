/**
 * Synthetic names for the generated world: states, regions, cities, people, organisations and
 * agreements. They are made of syllables so that no generated entity poses as a real one.
 */
import type { Random } from "./random.js";

const SYLLABLES = [
  "val", "dor", "ar", "ven", "bel", "mor", "ost", "kar", "sten", "lu", "mir", "tan", "zel", "qua", "rin",
  "tho", "sa", "nel", "vo", "ra", "gun", "ter", "eph", "ind", "ol", "cas", "mar", "len", "ska", "bri",
  "tov", "ham", "ul", "es", "dra", "fen", "gal", "is", "kor", "lam", "nor", "pra", "sil", "tem", "ux",
  "wen", "yar", "zan", "bo", "ci", "de", "fa", "go", "hi", "ja", "ke", "li", "mo", "nu", "pe",
] as const;
const STATE_ENDINGS = ["ia", "a", "istan", "land", "ova", "ene", "or", "ium", "ania", "ein"] as const;
const DIACRITICS: Readonly<Record<string, string>> = { a: "å", o: "ö", e: "é", u: "ü", i: "í" };

/** A name as written (`label`, possibly with diacritics) and as used in IRIs (`slug`, ASCII). */
export interface SyntheticName {
  readonly label: string;
  readonly slug: string;
}

/** Makes unique names; each kind of name draws from the same syllables but never repeats a slug. */
export class NameMaker {
  readonly #used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A capitalised word of `min`–`max` syllables with an optional ending, unique across calls. */
  word(min: number, max: number, endings: readonly string[] = []): SyntheticName {
    for (let attempt = 0; ; attempt++) {
      const count = this.random.int(min, max) + (attempt > 20 ? 1 : 0);
      let base = "";
      for (let i = 0; i < count; i++) base += this.random.pick(SYLLABLES);
      if (endings.length > 0) base += this.random.pick(endings);
      if (this.#used.has(base)) continue;
      this.#used.add(base);
      return { label: capitalise(this.#accent(base)), slug: base };
    }
  }

  state(): SyntheticName {
    return this.word(1, 2, STATE_ENDINGS);
  }

  city(): SyntheticName {
    return this.word(2, 3);
  }

  person(): SyntheticName {
    const first = this.word(2, 2);
    const last = this.word(2, 3);
    return { label: `${first.label} ${last.label}`, slug: `${first.slug}-${last.slug}` };
  }

  /** One vowel in ten names carries a diacritic, so quotes and offsets meet non-ASCII text. */
  #accent(base: string): string {
    if (!this.random.chance(0.1)) return base;
    const index = base.search(/[aoeui]/);
    if (index < 0) return base;
    return base.slice(0, index) + (DIACRITICS[base.charAt(index)] ?? base.charAt(index)) + base.slice(index + 1);
  }
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

/** The English name of month 1–12. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? "January";
}

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}
