/**
 * The lookups validation makes, over the quads it reads, every graph as one and each triple once:
 * the SHACL core's path steps, types and classes (core-validator.ts), and pactgraph's own checks
 * (quotes, source texts, date order, claim sources). n3's Store served the checks before; its
 * module loads a stream library too, which was ~15 ms of a cold `validate`.
 */
import type { Quad, Term } from "@rdfjs/types";
import { termKey } from "../rdf/terms.js";

type Index = Map<string, Map<string, Map<string, Term>>>;

function add(index: Index, first: string, second: string, key: string, term: Term): void {
  let byFirst = index.get(first);
  if (!byFirst) index.set(first, (byFirst = new Map<string, Map<string, Term>>()));
  let bySecond = byFirst.get(second);
  if (!bySecond) byFirst.set(second, (bySecond = new Map<string, Term>()));
  bySecond.set(key, term);
}

export class TripleIndex {
  /** subject → predicate → object */
  readonly #out: Index = new Map();
  /** predicate → object → subject */
  readonly #in: Index = new Map();
  /** predicate → subjects */
  readonly #subjects = new Map<string, Map<string, Term>>();

  constructor(quads: Iterable<Quad>) {
    for (const { subject, predicate, object } of quads) {
      const [s, o] = [termKey(subject), termKey(object)];
      add(this.#out, s, predicate.value, o, object);
      add(this.#in, predicate.value, o, s, subject);
      let subjects = this.#subjects.get(predicate.value);
      if (!subjects) this.#subjects.set(predicate.value, (subjects = new Map<string, Term>()));
      subjects.set(s, subject);
    }
  }

  /** The distinct objects of `subject`'s `predicate`. */
  objects(subject: Term, predicate: Term): Term[] {
    return [...(this.#out.get(termKey(subject))?.get(predicate.value)?.values() ?? [])];
  }

  /** The distinct subjects with `predicate`, or with `predicate` `object`. */
  subjects(predicate: Term, object?: Term): Term[] {
    const found = object ? this.#in.get(predicate.value)?.get(termKey(object)) : this.#subjects.get(predicate.value);
    return [...(found?.values() ?? [])];
  }

  has(subject: Term, predicate: Term, object: Term): boolean {
    return this.#out.get(termKey(subject))?.get(predicate.value)?.has(termKey(object)) ?? false;
  }
}
