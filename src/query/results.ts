/** Query results as plain data, independent of the engine that produced them. */
import type { Quad, Term } from "@rdfjs/types";

/** One solution: variable name → bound term (unbound variables are absent). */
export type Row = ReadonlyMap<string, Term>;

export type QueryResult =
  | { readonly kind: "bindings"; readonly variables: readonly string[]; readonly rows: readonly Row[] }
  | { readonly kind: "graph"; readonly quads: readonly Quad[] }
  | { readonly kind: "boolean"; readonly value: boolean };

/** Number of rows, quads, or 1 for a boolean: what `--stats` reports. */
export function resultSize(result: QueryResult): number {
  return result.kind === "bindings" ? result.rows.length : result.kind === "graph" ? result.quads.length : 1;
}
