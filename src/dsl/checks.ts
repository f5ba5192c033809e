/**
 * Checks across fields and entities that types cannot express: mutual-defence clauses need two
 * parties, dates must not end before they start, and every sourced entity needs a claim.
 */
import type { DslIssue } from "../errors.js";
import { isSubclassOf, propertiesOf, propertyDeclaration } from "../schema/index.js";
import { certainlyBefore, parsePartialDate } from "./dates.js";
import type { EntityRecord } from "./emit.js";

/** Pairs of date fields that must come in this order, per class. */
const DATE_ORDER = [
  { className: "Agreement", before: "established", after: "ended" },
  { className: "Agreement", before: "signed", after: "inForce" },
  { className: "Agreement", before: "signed", after: "ended" },
  { className: "Agreement", before: "inForce", after: "ended" },
  { className: "Membership", before: "startDate", after: "endDate" },
  { className: "Membership", before: "signed", after: "ratified" },
  { className: "Membership", before: "ratified", after: "inForce" },
  { className: "Membership", before: "acceded", after: "inForce" },
  { className: "Membership", before: "signed", after: "inForce" },
  { className: "Membership", before: "inForce", after: "endDate" },
  { className: "Clause", before: "validFrom", after: "validUntil" },
  { className: "RoleAssignment", before: "startDate", after: "endDate" },
] as const;

const label = (record: EntityRecord) => `${record.ref.className} "${record.ref.slug}"`;

/** Problems of single entities that span several of their fields. */
export function checkEntity(record: EntityRecord): DslIssue[] {
  const issues: DslIssue[] = [];
  const { ref, input } = record;
  if (isSubclassOf(ref.className, "Clause")) issues.push(...checkClause(record));
  issues.push(...checkGivenOrNot(record));
  for (const rule of DATE_ORDER) {
    if (!isSubclassOf(ref.className, rule.className)) continue;
    const before = dateOf(input[rule.before]);
    const after = dateOf(input[rule.after]);
    if (before && after && certainlyBefore(after, before)) {
      issues.push({
        entity: label(record),
        field: rule.after,
        message: `${rule.after} ${String(input[rule.after])} is before ${rule.before} ${String(input[rule.before])}`,
      });
    }
  }
  return issues;
}

function dateOf(value: unknown) {
  if (typeof value !== "string") return undefined;
  const parsed = parsePartialDate(value);
  return typeof parsed === "string" ? undefined : parsed;
}

function checkClause(record: EntityRecord): DslIssue[] {
  const { input } = record;
  const types = Array.isArray(input.clauseTypes) ? input.clauseTypes : [];
  const binds = Array.isArray(input.binds) ? input.binds : [];
  const beneficiaries = Array.isArray(input.beneficiaries) ? input.beneficiaries : [];
  const issues: DslIssue[] = [];
  if (types.includes("Defence") && input.symmetric === true && binds.length < 2) {
    issues.push({
      entity: label(record),
      field: "binds",
      message: `a mutual-defence clause must bind at least two parties, it binds ${binds.length}`,
    });
  }
  if (input.symmetric === false && beneficiaries.length === 0) {
    issues.push({
      entity: label(record),
      field: "beneficiaries",
      message: "an asymmetric clause must name its beneficiaries (or set symmetric: true)",
    });
  }
  return issues;
}

/**
 * Source metadata is given or recorded as not given: a source without a publisher, date or URL
 * must say so in notGiven, so nothing is left out by accident (and nothing is invented).
 */
function checkGivenOrNot(record: EntityRecord): DslIssue[] {
  const notGiven = Array.isArray(record.input.notGiven) ? (record.input.notGiven as string[]) : [];
  const issues: DslIssue[] = [];
  for (const property of propertiesOf(record.ref.className)) {
    const field = propertyDeclaration(property).orNotGiven;
    if (!field) continue;
    const value = record.input[property];
    const given = value !== undefined && !(Array.isArray(value) && value.length === 0);
    if (given && notGiven.includes(field)) issues.push({ entity: label(record), field: property, message: `is given, yet notGiven lists "${field}"; keep one` });
    if (!given && !notGiven.includes(field)) {
      issues.push({ entity: label(record), field: property, message: `give it, or add "${field}" to notGiven if the source does not say (never guess)` });
    }
  }
  return issues;
}

/** Every sourced entity (agreement, membership, clause, event…) must be supported by a claim. */
export function checkSupported(records: readonly EntityRecord[], supported: ReadonlySet<string>): DslIssue[] {
  return records
    .filter((r) => isSubclassOf(r.ref.className, "SourcedEntity") && !supported.has(r.ref.iri))
    .map((r) => ({
      entity: label(r),
      message: "no claim supports it; add graph.claim(…, { supports: [it], quote: … }) with its source passage",
    }));
}

/** Hedges must be words of the quote, and a speculative claim must say which words hedge it. */
export function checkHedges(entity: string, quote: string, status: unknown, hedges: readonly string[]): DslIssue[] {
  const issues: DslIssue[] = [];
  const lowerQuote = quote.toLowerCase();
  for (const hedge of hedges) {
    if (!lowerQuote.includes(hedge.toLowerCase())) {
      issues.push({ entity, field: "hedges", message: `hedge "${hedge}" does not occur in the quote` });
    }
  }
  if (status === "Speculative" && hedges.length === 0) {
    issues.push({ entity, field: "hedges", message: "a Speculative claim must name the hedging words of its quote" });
  }
  return issues;
}
