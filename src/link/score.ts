/**
 * The scoring rule. Each candidate gets a score from 0 to 100, the sum of three features:
 *
 * - **name** (the best of its matches): the candidate's label equals one of the entity's names in
 *   one of the entity's own languages (its names' language tags, or Wikidata's `mul`) 60; an alias
 *   there 45; a label in another searched language 30; an alias in another language 25. A match on
 *   the entity's alternative label rather than its label costs 5.
 * - **type**: an instance (P31/P279*) of a Wikidata class the entity's class is aligned with
 *   +30; no verified class to check for this kind +10; checkable but not an instance 0; an
 *   instance of a class that rules it out (a human for a state) −40, and never accepted.
 * - **evidence**: tied by member of (P463), participant (P710) or signatory (P1891), either way,
 *   to the item of an entity the graph relates this one to +10.
 *
 * A candidate is accepted only when its score is at least 70 **and** it leads the runner-up by at
 * least 15; otherwise the entity needs review and keeps its five best candidates. So an exact
 * English label of the right type (90) is accepted unless a second item scores above 75; an alias
 * only with a fitting type (75); an exact label whose type cannot be checked (70) only when nothing
 * else comes close; an alias whose type cannot be checked (55) never without evidence.
 */
import type { LinkableEntity } from "./entities.js";
import type { CandidateEvidence, NameMatch, TaggedText } from "./candidates.js";
import { compareQids } from "./candidates.js";
import type { Qid } from "./kinds.js";
import { ownLanguages } from "./queries.js";

/** The weights, threshold and margin of the rule, in one place. */
export const SCORING_RULE = {
  name: { labelOwnLanguage: 60, aliasOwnLanguage: 45, labelOtherLanguage: 30, aliasOtherLanguage: 25, entityAltLabel: -5 },
  type: { fits: 30, unchecked: 10, doesNotFit: 0, conflict: -40 },
  evidence: 10,
  threshold: 70,
  margin: 15,
  keptCandidates: 5,
} as const;

/** A candidate with its score and the features the score rests on. */
export interface ScoredCandidate {
  readonly item: Qid;
  readonly score: number;
  readonly features: readonly string[];
  readonly matchedLabel: TaggedText;
  /** Ruled out by its type: never accepted, whatever its score. */
  readonly conflict: boolean;
  readonly label?: TaggedText | undefined;
  readonly description?: string | undefined;
}

/** The outcome for one entity. */
export type MatchDecision =
  | { readonly status: "Linked"; readonly best: ScoredCandidate; readonly candidates: readonly ScoredCandidate[] }
  | { readonly status: "NeedsReview"; readonly reason: string; readonly candidates: readonly ScoredCandidate[] };

/** Scores one candidate for `entity` by {@link SCORING_RULE}. */
export function scoreCandidate(entity: LinkableEntity, candidate: CandidateEvidence): ScoredCandidate {
  const own = ownLanguages(entity);
  const features: string[] = [];

  const named = candidate.matches
    .map((m) => ({ match: m, points: namePoints(entity, m, own) }))
    .sort((a, b) => b.points - a.points || a.match.language.localeCompare(b.match.language));
  const best = named[0];
  const namePart = best?.points ?? 0;
  if (best) {
    const kind = best.match.via === "label" ? "exact label" : "alias";
    features.push(`${kind} (${best.match.language})${own.has(best.match.language) ? "" : ", another language"}`);
    if (!entity.names.some((n) => n.source === "label" && n.value === best.match.value)) features.push("matched an alternative name of the entity");
  }

  const { accept, conflicts, kind } = entity.expectation;
  const conflicting = candidate.classes.filter((c) => conflicts.includes(c));
  let typePart: number;
  if (conflicting.length > 0) {
    typePart = SCORING_RULE.type.conflict;
    features.push(`ruled out: instance of ${conflicting.map((q) => `wd:${q}`).join(", ")}`);
  } else if (accept.length === 0) {
    typePart = SCORING_RULE.type.unchecked;
    features.push(`type not checked (no verified Wikidata class for ${kind})`);
  } else {
    const fitting = candidate.classes.filter((c) => accept.includes(c));
    typePart = fitting.length > 0 ? SCORING_RULE.type.fits : SCORING_RULE.type.doesNotFit;
    features.push(
      fitting.length > 0
        ? `instance of ${fitting.map((q) => `wd:${q}`).join(", ")}`
        : `not an instance of ${accept.map((q) => `wd:${q}`).join(" or ")}`,
    );
  }

  const evidencePart = candidate.related.length > 0 ? SCORING_RULE.evidence : 0;
  if (evidencePart > 0) features.push(`tied to ${candidate.related.map((q) => `wd:${q}`).join(", ")} (P463/P710/P1891)`);

  return {
    item: candidate.item,
    score: Math.max(0, Math.min(100, namePart + typePart + evidencePart)),
    features,
    matchedLabel: best ? { value: best.match.value, language: best.match.language } : { value: "", language: "" },
    conflict: conflicting.length > 0,
    label: candidate.label,
    description: candidate.description,
  };
}

function namePoints(entity: LinkableEntity, match: NameMatch, own: ReadonlySet<string>): number {
  const w = SCORING_RULE.name;
  const ownLanguage = own.has(match.language);
  const base =
    match.via === "label"
      ? ownLanguage ? w.labelOwnLanguage : w.labelOtherLanguage
      : ownLanguage ? w.aliasOwnLanguage : w.aliasOtherLanguage;
  const onLabel = entity.names.some((n) => n.source === "label" && n.value === match.value);
  return base + (onLabel ? 0 : w.entityAltLabel);
}

/** Best first; ties broken by item number so the order never depends on the endpoint's. */
export function rankCandidates(scored: readonly ScoredCandidate[]): ScoredCandidate[] {
  return [...scored].sort((a, b) => b.score - a.score || compareQids(a.item, b.item));
}

/** Accepts the best candidate if it clears the threshold and the margin; otherwise needs review. */
export function decide(scored: readonly ScoredCandidate[]): MatchDecision {
  const ranked = rankCandidates(scored);
  const kept = ranked.slice(0, SCORING_RULE.keptCandidates);
  const [best, runnerUp] = ranked;
  if (!best) return { status: "NeedsReview", reason: "no candidates found", candidates: [] };
  if (best.conflict) return { status: "NeedsReview", reason: `every candidate is ruled out by its type`, candidates: kept };
  if (best.score < SCORING_RULE.threshold) {
    return { status: "NeedsReview", reason: `best score ${best.score} is below the threshold ${SCORING_RULE.threshold}`, candidates: kept };
  }
  if (runnerUp && best.score - runnerUp.score < SCORING_RULE.margin) {
    return {
      status: "NeedsReview",
      reason: `wd:${best.item} (${best.score}) leads wd:${runnerUp.item} (${runnerUp.score}) by less than ${SCORING_RULE.margin}`,
      candidates: kept,
    };
  }
  return { status: "Linked", best, candidates: kept };
}
