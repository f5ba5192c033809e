/**
 * The cases on which every saved query is compared across engines: each hand-written fixture and
 * the seed's built graph, with parameters that name the fixture's own entities. Shared by the
 * Oxigraph-versus-Comunica test and the Virtuoso comparison of the integration suite.
 */
import { join } from "node:path";
import { ROOT } from "../helpers/project.js";
import { FIXTURES } from "./analyses-fixtures.js";

export interface EngineCase {
  readonly graph: string;
  readonly files: readonly string[];
  /** Parameters per saved query (the defaults otherwise). */
  readonly params: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const DATE = { as_of: "2026-01-01" };

export const ENGINE_CASES: readonly EngineCase[] = [
  {
    graph: "obligations",
    files: [join(FIXTURES, "obligations.ttl")],
    params: {
      "defence-entanglement": { state: "party:p", ...DATE, scenario: "what_if" },
      "defence-entanglement-summary": { state: "party:p", ...DATE },
      protectors: { party: "party:p", ...DATE, scenario: "what_if" },
      "conflicting-commitments": DATE,
      "members-at-date": { agreement: "agreement:ek", as_of: "2005-01-01" },
      "party-profile": { party: "party:u" },
      "obliged-to-defend": { obliged: "party:u", protected: "party:h" },
    },
  },
  {
    graph: "lifecycle",
    files: [join(FIXTURES, "lifecycle.trig")],
    params: {
      "defence-entanglement": { state: "party:a", ...DATE, scenario: "what_if" },
      "defence-entanglement-summary": { state: "party:a", ...DATE },
      protectors: { party: "party:c", ...DATE },
      "members-at-date": { agreement: "agreement:acc", as_of: "2015-01-01" },
      "agreement-lifecycle": { agreement: "agreement:acc" },
      "agreement-dossier": { agreement: "agreement:acc" },
      "party-profile": { party: "party:b" },
      "prospective-members": { include_not_realised: "true" },
    },
  },
  {
    graph: "provenance",
    files: [join(FIXTURES, "provenance.trig")],
    params: {
      "agreement-dossier": { agreement: "agreement:p1" },
      "disputed-nodes": { include_firmness: "true" },
      "party-profile": { party: "party:r" },
    },
  },
  { graph: "links", files: [join(FIXTURES, "links.ttl")], params: {} },
  // The multi-hop chain of tests/fixtures/entanglement.ttl, with every default parameter.
  { graph: "chain", files: [join(ROOT, "tests", "fixtures", "entanglement.ttl")], params: {} },
  {
    graph: "seed",
    files: [join(ROOT, "data", "corpus.trig"), join(ROOT, "data", "links", "wikidata.ttl")],
    params: {
      "defence-entanglement": { state: "party:pakistan", scenario: "what_if" },
      protectors: { scenario: "what_if" },
    },
  },
];
