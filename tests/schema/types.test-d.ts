/**
 * Type-level tests: checked by `npm run typecheck` (tsc over tests/). Every `@ts-expect-error`
 * fails the typecheck if the line it guards compiles, so misuse must stay a compile error.
 */
import { expectTypeOf } from "vitest";
import {
  createGraph,
  type ConceptKey,
  type InputOf,
  type PartialDate,
  type Ref,
  type SubclassesOf,
  type WikidataId,
} from "../../src/index.js";

const g = createGraph();
const turkey = g.add("State", "turkey", { label: "Turkey", cowCode: 640 });
const erdogan = g.add("Person", "erdogan", { label: "Recep Tayyip Erdoğan" });
const pact = g.add("MutualDefencePact", "pact", { label: "Pact", status: "Concluded", established: "2025-09" });

// References keep their class.
expectTypeOf(turkey).toEqualTypeOf<Ref<"State">>();
expectTypeOf<SubclassesOf<"Party">>().toEqualTypeOf<
  "Party" | "State" | "InternationalOrganization" | "IntergovernmentalOrganization" | "GroupOfStates" | "NonStateActor"
>();

// Inputs are derived from the schema: required and optional fields, value types.
expectTypeOf<InputOf<"Clause">["symmetric"]>().toEqualTypeOf<boolean>();
expectTypeOf<InputOf<"Clause">["binds"]>().toEqualTypeOf<readonly Ref<SubclassesOf<"Party">>[]>();
expectTypeOf<InputOf<"Agreement">["signed"]>().toEqualTypeOf<PartialDate | undefined>();
expectTypeOf<InputOf<"State">["wikidata"]>().toEqualTypeOf<WikidataId | undefined>();
expectTypeOf<ConceptKey<"EpistemicStatusScheme">>().toEqualTypeOf<
  "Confirmed" | "Reported" | "Expected" | "AnalystAssessment" | "Speculative"
>();

// A person where a party is expected.
// @ts-expect-error Ref<"Person"> is not a party
g.add("Clause", "c1", { label: "c", agreement: pact, clauseTypes: ["Defence"], binds: [erdogan], symmetric: true });

// An unknown clause kind (the American spelling is the ATOP notation, not the concept).
// @ts-expect-error "Defense" is not in ClauseTypeScheme
g.add("Clause", "c2", { label: "c", agreement: pact, clauseTypes: ["Defense"], binds: [turkey], symmetric: true });

// @ts-expect-error a malformed Wikidata ID
g.add("State", "s1", { label: "S", wikidata: "43" });
// @ts-expect-error a Wikidata ID must start with Q
g.add("State", "s2", { label: "S", wikidata: "P31" });

// @ts-expect-error month 13
g.add("Alliance", "a1", { label: "A", status: "Proposed", signed: "2025-13" });
// @ts-expect-error not an ISO date at all
g.add("Alliance", "a2", { label: "A", status: "Proposed", signed: "September 2025" });
// @ts-expect-error slashes are not a date
g.add("Alliance", "a3", { label: "A", status: "Proposed", signed: "2025/09" });

// @ts-expect-error abstract classes cannot be instantiated
g.add("Party", "p", { label: "P" });
// @ts-expect-error a required field is missing (status)
g.add("Alliance", "a4", { label: "A" });
// @ts-expect-error a field from another class
g.add("State", "s3", { label: "S", status: "Proposed" });
// @ts-expect-error unknown epistemic status
g.claim("x", { supports: [pact], epistemicStatus: "Rumour", attributedTo: [turkey], source: g.source("s", { title: "t", sourceKind: "NewsArticle", notGiven: ["Publisher", "PublicationDate", "SourceUrl"], text: "q" }), quote: "q" });
