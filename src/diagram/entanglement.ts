/**
 * The entanglement view reads the rows of the saved query `defence-entanglement` and nothing
 * else, so it follows the query's columns as they change. This is the only code that knows them,
 * and it assumes little: one row per chain (or per reached state with its chain); the reached
 * state is the `reached` cell, else the row's last party; the chain is every other party or
 * agreement of the row, numbered columns in the order of their numbers (`via1`, `through1`,
 * `via2`…), and IRIs or compact names (`agreement:x`) inside a text cell such as `chain`.
 */
import type { Term } from "@rdfjs/types";
import { prepareSavedQuery, type QueryResult, type SavedQuery } from "../query/index.js";
import { PREFIXES } from "../rdf/prefixes.js";
import type { AllianceGraph } from "./alliance-graph.js";
import type { QueryRunner } from "./node-table.js";
import type { DiagramView } from "./views.js";

/** A chain from the focal state: states and agreements in order, ending at the state reached. */
export interface EntanglementChain {
  readonly reached: string;
  readonly path: readonly string[];
}

/** The chains of a `defence-entanglement` result; `known` tells which IRIs are parties or agreements. */
export function entanglementChains(result: QueryResult, focal: string, known: (iri: string) => boolean): EntanglementChain[] {
  if (result.kind !== "bindings") return [];
  const columns = result.variables
    .map((name, index) => ({ name, index, number: Number(/(\d+)$/.exec(name)?.[1] ?? Number.POSITIVE_INFINITY) }))
    .sort((a, b) => a.number - b.number || a.index - b.index)
    .map((c) => c.name);
  const chains = new Map<string, EntanglementChain>();
  for (const row of result.rows) {
    const reachedCell = row.get("reached");
    const cells = columns.filter((c) => c !== "reached").flatMap((c) => irisIn(row.get(c)).filter(known));
    const reached = reachedCell?.termType === "NamedNode" ? reachedCell.value : cells.at(-1);
    if (reached === undefined || reached === focal) continue;
    const path = [focal, ...cells.filter((iri) => iri !== focal && iri !== reached), reached].filter((iri, i, all) => iri !== all[i - 1]);
    chains.set(path.join(" "), { reached, path });
  }
  return [...chains.values()];
}

function irisIn(term: Term | undefined): string[] {
  if (!term) return [];
  if (term.termType === "NamedNode") return [term.value];
  if (term.termType !== "Literal") return [];
  return term.value.split(/[\s,;→>]+|(?<=>)|(?=<)/).flatMap((token) => {
    const bare = token.replace(/^<|>$/g, "");
    if (/^https?:\/\//.test(bare)) return [bare];
    const colon = bare.indexOf(":");
    const namespace = colon > 0 ? PREFIXES[bare.slice(0, colon)] : undefined;
    return namespace ? [namespace + bare.slice(colon + 1)] : [];
  });
}

/**
 * The entanglement view of `focal`: runs the saved query (its `state` parameter set to the focal
 * state unless `params` sets it) and reads its chains.
 */
export async function entanglementView(run: QueryRunner, saved: SavedQuery, focal: string, graph: AllianceGraph, params: ReadonlyMap<string, string> = new Map()): Promise<DiagramView> {
  const given = new Map(params);
  if (saved.params.some((p) => p.name === "state") && !given.has("state")) given.set("state", `<${focal}>`);
  const result = await run(prepareSavedQuery(saved, { params: given }));
  const chains = entanglementChains(result, focal, (iri) => graph.parties.has(iri) || graph.agreements.has(iri));
  return { kind: "entanglement", focal, chains };
}
