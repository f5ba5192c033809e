/**
 * The synthetic security-agreement graph the benchmarks run on, written through pactgraph's own
 * DSL: a world of states and voices, then documents that each report on a few agreements, every
 * statement resting on a claim that quotes the document. Deterministic from its seed.
 */
import { createGraph, type GraphBuilder } from "../../src/index.js";
import { declareAgreement, type AgreementFacts } from "./agreements.js";
import { DocumentWriter } from "./document.js";
import { Random } from "./random.js";
import { blocMember, declareWorld, type StateEntry } from "./world.js";

export { Random, PopularityPicker } from "./random.js";

/** The date the benchmark's dated queries ask about. */
const AS_OF = "2026-01-01";

/** Roughly how many triples one agreement brings with its memberships, clauses, events and claims. */
export const TRIPLES_PER_AGREEMENT = 177;

export interface GenerateOptions {
  readonly seed: number;
  /** The approximate number of triples wanted; the graph comes out within a few percent of it. */
  readonly triples: number;
}

export interface GeneratedGraph {
  readonly graph: GraphBuilder;
  readonly agreements: number;
  readonly documents: number;
  readonly states: number;
  /**
   * Parameter values for the saved queries that take entities of the graph (the defaults name
   * entities of the seed graph, which do not exist here): `--param` key=value pairs per query.
   */
  readonly params: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Declares the whole graph; call `graph.build()` to check it and get its quads. */
export function generateGraph(options: GenerateOptions): GeneratedGraph {
  const random = new Random(options.seed);
  const graph = createGraph();
  const agreements = Math.max(1, Math.round(options.triples / TRIPLES_PER_AGREEMENT));
  const world = declareWorld(graph, random, agreements);
  // The focal state is a regional power of the first bloc, not its biggest hub.
  const focal = blocMember(world, 0, 2);
  const partner = blocMember(world, 0, 3);

  let documents = 0;
  let firstAgreement = "";
  for (let index = 0; index < agreements; documents++) {
    const doc = new DocumentWriter(`report-${documents + 1}`);
    const covered: AgreementFacts[] = [];
    const count = index === 0 ? 1 : random.int(1, 3);
    for (let i = 0; i < count && index < agreements; i++, index++) {
      if (i > 0) doc.paragraph();
      const spec = index === 0 ? ({ kind: "MutualDefencePact", status: "InForce", members: [focal, partner] } as const) : undefined;
      const facts = declareAgreement({ g: graph, random, world, doc, key: `a${index + 1}` }, index, spec);
      if (index === 0) firstAgreement = `agreement:${facts.ref.slug}`;
      covered.push(facts);
    }
    const region = random.pick(world.regions).name;
    doc.paragraph();
    doc.say(random.pick([
      `Tensions in the ${region} have risen in recent months.`,
      `Diplomats describe the ${region} as increasingly crowded with competing security arrangements.`,
      `None of the governments involved responded to requests for comment.`,
    ]));
    const lead = covered[0];
    const title = lead ? `${lead.name.replace(/^the /, "")}: ${lead.binding || lead.status === "Lapsed" ? "what the pact commits its members to" : "a security plan takes shape"}` : "Security roundup";
    doc.finish(graph, title.charAt(0).toUpperCase() + title.slice(1));
  }
  const party = (s: StateEntry) => `party:${s.slug}`;
  return {
    graph,
    agreements,
    documents,
    states: world.states.length,
    // Dates are fixed so that the benchmark's answers do not depend on the day it runs.
    params: {
      "defence-entanglement": { state: party(focal), as_of: AS_OF, scenario: "what_if" },
      "defence-entanglement-summary": { state: party(focal), as_of: AS_OF },
      protectors: { party: party(focal), as_of: AS_OF, scenario: "what_if" },
      "conflicting-commitments": { as_of: AS_OF },
      "members-at-date": { agreement: firstAgreement, as_of: AS_OF },
      "agreement-lifecycle": { agreement: firstAgreement },
      "agreement-dossier": { agreement: firstAgreement },
      "party-profile": { party: party(focal) },
      "obliged-to-defend": { obliged: party(focal), protected: party(partner) },
    },
  };
}
