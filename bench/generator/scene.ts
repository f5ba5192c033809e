/**
 * What the parts of the generator share while writing one document: the graph, the random
 * source, the world, the document, and helpers that turn a statement into a sentence with a
 * voice ("…, according to diplomatic sources.") and a claim quoting it.
 */
import type { ClaimInput, GraphBuilder, PartialDate, Ref } from "../../src/index.js";
import { AUTHOR, type DocumentWriter, type Voice } from "./document.js";
import { monthName } from "./names.js";
import type { Random } from "./random.js";
import type { Analyst, StateEntry, World } from "./world.js";

export interface Scene {
  readonly g: GraphBuilder;
  readonly random: Random;
  readonly world: World;
  readonly doc: DocumentWriter;
  /** Unique slug prefix of the agreement being written. */
  readonly key: string;
}

/** What a claim can support. */
export type Supported = ClaimInput["supports"][number];

/** How a statement is voiced, which fixes its epistemic status. */
export type Stance =
  | { readonly kind: "fact" }
  | { readonly kind: "report"; readonly state?: StateEntry }
  | { readonly kind: "plan"; readonly state?: StateEntry }
  | { readonly kind: "assessment"; readonly hedges?: readonly string[] }
  | { readonly kind: "speculation"; readonly hedges: readonly string[] };

/**
 * Writes `statement` (a sentence without its final full stop) as voiced by `stance` and declares
 * the claim that quotes it in support of `supports`.
 */
export function state(scene: Scene, statement: string, stance: Stance, supports: readonly Supported[]): void {
  const { doc, random, world } = scene;
  const slug = `${doc.slug}-claim-${doc.claims + 1}`;
  const core = capitalise(statement);
  switch (stance.kind) {
    case "fact":
      doc.claim(`${core}.`, { slug, supports, epistemicStatus: "Confirmed", attributedTo: [AUTHOR] });
      return;
    case "report":
    case "plan": {
      const epistemicStatus = stance.kind === "plan" ? "Expected" : "Reported";
      if (stance.state && random.chance(0.5)) {
        const voice = officials(scene, stance.state);
        doc.claim(`${core}, ${stance.state.name} officials said.`, { slug, supports, epistemicStatus, attributedTo: [voice], reportingVerb: "said" }, core);
      } else {
        const voice = random.pick(world.unnamedVoices);
        doc.claim(`${core}, according to ${voice.name}.`, { slug, supports, epistemicStatus, attributedTo: [voice.ref], reportingVerb: "according to" }, core);
      }
      return;
    }
    case "assessment":
    case "speculation": {
      const epistemicStatus = stance.kind === "speculation" ? "Speculative" : "AnalystAssessment";
      const hedges = stance.hedges ?? [];
      if (random.chance(0.3)) {
        doc.claim(`${core}.`, { slug, supports, epistemicStatus, attributedTo: [AUTHOR], hedges });
        return;
      }
      const analyst = random.pick(world.analysts);
      const role = analystRole(scene, analyst);
      const verb = random.pick(["said", "argues", "notes", "observes"]);
      // Some assessments are voiced by an analyst and an unnamed group together: one claim, two voices.
      const together = random.chance(0.15) ? random.pick(world.unnamedVoices) : undefined;
      const voices = together ? [analyst.ref, together.ref] : [analyst.ref];
      const sentence = together ? `${core}, ${verb} ${analyst.name} of ${analyst.thinkTank.name}, as do ${together.name}.` : `${core}, ${verb} ${analyst.name} of ${analyst.thinkTank.name}.`;
      doc.claim(sentence, { slug, supports: role ? [...supports, role] : supports, epistemicStatus, attributedTo: voices, reportingVerb: verb, hedges }, core);
    }
  }
}

/** The analyst's role, declared the first time they are quoted (that claim supports it). */
function analystRole(scene: Scene, analyst: Analyst): Ref<"RoleAssignment"> | undefined {
  if (analyst.role) return undefined;
  analyst.role = scene.g.add("RoleAssignment", `${analyst.slug}-analyst`, {
    label: `${analyst.name}, analyst at ${analyst.thinkTank.name.replace(/^the /, "")}`,
    holder: analyst.ref,
    roleType: "Analyst",
    roleIn: analyst.thinkTank.ref,
  });
  return analyst.role;
}

function officials(scene: Scene, entry: StateEntry): Voice {
  entry.officials ??= scene.g.add("UnnamedSourceGroup", `${entry.slug}-officials`, {
    label: `${entry.name} officials`,
    affiliatedWith: [entry.ref],
  });
  return entry.officials;
}

/** A date with its precision, and how a sentence says it. */
export interface DateText {
  readonly value: PartialDate;
  readonly text: string;
  readonly year?: number;
}

/** A random date in `year`, as precise as a source might give it: day, month, year or month alone. */
export function randomDate(random: Random, year: number, weights = { day: 4, month: 4, year: 2, monthOnly: 0 }): DateText {
  const month = random.int(1, 12);
  const pad = (n: number) => String(n).padStart(2, "0");
  switch (random.weighted(weights)) {
    case "day": {
      const day = random.int(1, 28);
      return { value: `${year}-${pad(month)}-${pad(day)}` as PartialDate, text: `on ${day} ${monthName(month)} ${year}`, year };
    }
    case "month":
      return { value: `${year}-${pad(month)}` as PartialDate, text: `in ${monthName(month)} ${year}`, year };
    case "year":
      return { value: `${year}` as PartialDate, text: `in ${year}`, year };
    default:
      return { value: `--${pad(month)}` as PartialDate, text: `in ${monthName(month)}` };
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
