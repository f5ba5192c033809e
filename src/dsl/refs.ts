/**
 * Every reference `graph.add()` has handed out, in any graph of this program. A module may use
 * the references another module declared (a shared data/entities/ module of states and
 * organisations); the reference itself carries its class, and the corpus build checks that its
 * IRI is declared somewhere. Objects that merely look like references are refused.
 */
import type { Ref } from "../schema/index.js";

const declared = new WeakSet<object>();

/** Records a reference as made by `graph.add()` (or `source()`, `claim()`). */
export function rememberRef<R extends Ref>(ref: R): R {
  declared.add(ref);
  return ref;
}

/** True for a reference some graph of this program declared. */
export function isDeclaredRef(value: object): value is Ref {
  return declared.has(value);
}
