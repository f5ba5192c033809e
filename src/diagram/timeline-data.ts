/**
 * What the timeline shows, as plain data: each agreement's life (established, signed, in force,
 * ended), its members' dates, and the events, each date kept at the precision the source gives.
 * A date is an interval of days: a day is one day, a month its whole month, a year its year; a
 * month without its year (xsd:gMonth) and an undated event cannot be placed, and say so.
 */
import type { Term } from "@rdfjs/types";
import { parsePartialDate } from "../dsl/index.js";
import { PACT, VOCABULARIES } from "../rdf/prefixes.js";
import { classIri, classNames, isSubclassOf, propertyIri, type ClassName, type PropertyName } from "../schema/index.js";
import { describeInstances, type NodeTable, type QueryRunner } from "./node-table.js";
import { conceptLabel, standingOfStatus, type Standing } from "./style.js";

export type Precision = "day" | "month" | "year" | "month, year unknown";

export interface TimelineDate {
  readonly lexical: string;
  readonly precision: Precision;
  /** First day and the day after the last, as days since 1970-01-01; absent when the year is unknown. */
  readonly from?: number;
  readonly until?: number;
}

export interface Milestone {
  readonly what: string;
  readonly date: TimelineDate;
}

export interface TimelineRow {
  readonly iri: string;
  readonly label: string;
  readonly kind: "agreement" | "membership" | "event";
  /** Agreements: their standing; events: planned ones are prospective. */
  readonly standing: Standing;
  readonly milestones: readonly Milestone[];
  /** The row's span: an agreement's or membership's life, open-ended while it lasts. */
  readonly span?: { readonly from: number; readonly until?: number };
  readonly disputed: boolean;
}

export interface TimelineGroup {
  /** The agreement the rows belong to, or undefined for events about no agreement. */
  readonly agreement?: string;
  readonly label: string;
  readonly rows: readonly TimelineRow[];
}

export interface TimelineData {
  readonly groups: readonly TimelineGroup[];
  /** Rows that have no date on the axis (undated, or a month without its year). */
  readonly unplaced: readonly TimelineRow[];
}

const subclasses = (ancestor: ClassName) => classNames.filter((c) => isSubclassOf(c, ancestor));
const XSD = VOCABULARIES.xsd;
const PRECISION: Readonly<Record<string, Precision>> = { [`${XSD}date`]: "day", [`${XSD}gYearMonth`]: "month", [`${XSD}gYear`]: "year", [`${XSD}gMonth`]: "month, year unknown" };
const AGREEMENT_DATES: readonly [PropertyName, string][] = [["established", "established"], ["signed", "signed"], ["inForce", "in force"], ["ended", "ended"]];
const MEMBERSHIP_DATES: readonly [PropertyName, string][] = [
  ["signed", "signed"],
  ["ratified", "ratified"],
  ["acceded", "acceded"],
  ["inForce", "in force"],
  ["startDate", "from"],
  ["endDate", "until"],
];

/** The interval of days a date literal stands for. */
export function timelineDate(term: Term): TimelineDate | undefined {
  if (term.termType !== "Literal") return undefined;
  const precision = PRECISION[term.datatype.value];
  const parsed = parsePartialDate(term.value);
  if (!precision || typeof parsed === "string") return undefined;
  if (parsed.earliest === undefined || parsed.latest === undefined) return { lexical: term.value, precision };
  return { lexical: term.value, precision, from: dayNumber(parsed.earliest), until: dayNumber(parsed.latest) + 1 };
}

/** YYYYMMDD → days since 1970-01-01 (UTC). */
function dayNumber(yyyymmdd: number): number {
  const year = Math.floor(yyyymmdd / 1e4);
  const month = Math.floor(yyyymmdd / 100) % 100;
  return Date.UTC(year, month - 1, yyyymmdd % 100) / 86_400_000;
}

/** Reads the timeline of the graph `run` queries. */
export async function readTimeline(run: QueryRunner): Promise<TimelineData> {
  const classes = [...subclasses("Agreement"), ...subclasses("Event"), "Membership" as const];
  return timelineOf(await describeInstances(run, classes.map(classIri)));
}

export function timelineOf(table: NodeTable): TimelineData {
  const ofClass = (ancestor: ClassName) => {
    const iris = new Set(subclasses(ancestor).map(classIri));
    return table.subjects().filter((s) => table.types(s).some((t) => iris.has(t)));
  };
  const milestones = (iri: string, dates: readonly [PropertyName, string][]): Milestone[] =>
    dates.flatMap(([property, what]) => table.values(iri, propertyIri(property)).flatMap((term) => {
      const date = timelineDate(term);
      return date ? [{ what, date }] : [];
    }));
  const disputed = (iri: string) => table.first(iri, propertyIri("disputed")) === "true";
  const groups = new Map<string, TimelineRow[]>();
  const add = (agreement: string, row: TimelineRow) => groups.set(agreement, [...(groups.get(agreement) ?? []), row]);
  const agreements = ofClass("Agreement");
  for (const iri of agreements) {
    const status = table.first(iri, propertyIri("status"))?.replace(PACT, "");
    const standing = standingOfStatus(status);
    const own = milestones(iri, AGREEMENT_DATES);
    add(iri, { iri, label: `${table.label(iri)}${status ? ` (${conceptLabel(status)})` : ""}`, kind: "agreement", standing, milestones: own, ...spanOf(own, standing !== "ended"), disputed: disputed(iri) });
  }
  for (const iri of ofClass("Membership")) {
    const agreement = table.first(iri, propertyIri("agreement"));
    const own = milestones(iri, MEMBERSHIP_DATES);
    if (!agreement || own.length === 0) continue;
    add(agreement, { iri, label: table.label(iri), kind: "membership", standing: "binding", milestones: own, ...spanOf(own, true), disputed: disputed(iri) });
  }
  for (const iri of ofClass("Event")) {
    const status = table.first(iri, propertyIri("eventStatus"))?.replace(PACT, "");
    const own = milestones(iri, [["date", status === "Planned" ? "planned" : "on"]]);
    const row: TimelineRow = { iri, label: table.label(iri), kind: "event", standing: status === "Planned" ? "prospective" : "binding", milestones: own, disputed: disputed(iri) };
    const concerns = table.iris(iri, propertyIri("concerns")).filter((a) => agreements.includes(a));
    if (concerns.length === 0) add("", row);
    for (const agreement of concerns) add(agreement, row);
  }
  const placed = (row: TimelineRow) => row.milestones.some((m) => m.date.from !== undefined);
  const result: TimelineGroup[] = [];
  const unplaced: TimelineRow[] = [];
  for (const [agreement, rows] of [...groups].sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a < b ? -1 : 1))) {
    for (const row of rows) if (!placed(row) && row.kind === "event") unplaced.push(row);
    const kept = rows.filter((row) => placed(row) || row.kind === "agreement").sort((a, b) => order(a) - order(b) || (a.iri < b.iri ? -1 : 1));
    if (kept.some(placed)) result.push({ ...(agreement ? { agreement } : {}), label: agreement ? table.label(agreement) : "Other events", rows: kept });
  }
  return { groups: result, unplaced: [...new Map(unplaced.map((r) => [r.iri, r])).values()] };
}

function order(row: TimelineRow): number {
  const first = Math.min(...row.milestones.flatMap((m) => (m.date.from === undefined ? [] : [m.date.from])));
  return (row.kind === "agreement" ? -1e9 : 0) + (Number.isFinite(first) ? first : 1e9);
}

/** A life from its first dated milestone to its end ("ended", "until"), open while it lasts. */
function spanOf(milestones: readonly Milestone[], open: boolean): { span?: { from: number; until?: number } } {
  const starts = milestones.filter((m) => m.what !== "ended" && m.what !== "until" && m.date.from !== undefined).map((m) => m.date.from!);
  const end = milestones.find((m) => (m.what === "ended" || m.what === "until") && m.date.until !== undefined)?.date.until;
  if (starts.length === 0) return {};
  const from = Math.min(...starts);
  if (end !== undefined) return { span: { from, until: end } };
  return open ? { span: { from } } : {};
}
