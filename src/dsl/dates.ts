/**
 * Partial dates: parsed into their XSD datatype and the interval of days they may stand for,
 * so that "end before start" can be decided without padding a month or year with invented days.
 */
import type { PartialDate } from "../schema/index.js";

export interface ParsedDate {
  readonly lexical: string;
  readonly datatype: "xsd:date" | "xsd:gYearMonth" | "xsd:gYear" | "xsd:gMonth";
  /** First and last day the value may stand for, as YYYYMMDD numbers; undefined for a bare month. */
  readonly earliest?: number;
  readonly latest?: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Parses a partial date, or returns an error message saying what form is expected. */
export function parsePartialDate(value: string): ParsedDate | string {
  const hint = `expected "YYYY", "YYYY-MM", "YYYY-MM-DD" or "--MM", got "${value}"`;
  const monthOnly = /^--(\d{2})$/.exec(value);
  if (monthOnly) {
    const month = Number(monthOnly[1]);
    return month >= 1 && month <= 12 ? { lexical: value, datatype: "xsd:gMonth" } : `month out of range: ${hint}`;
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return hint;
  const year = Number(match[1]);
  if (match[2] === undefined) return { lexical: value, datatype: "xsd:gYear", earliest: year * 1e4 + 101, latest: year * 1e4 + 1231 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month out of range: ${hint}`;
  const last = daysIn(year, month);
  const base = year * 1e4 + month * 100;
  if (match[3] === undefined) return { lexical: value, datatype: "xsd:gYearMonth", earliest: base + 1, latest: base + last };
  const day = Number(match[3]);
  if (day < 1 || day > last) return `no day ${day} in ${match[1]}-${match[2]}: ${hint}`;
  return { lexical: value, datatype: "xsd:date", earliest: base + day, latest: base + day };
}

/** True only when `end` certainly lies before `start` (their intervals do not overlap). */
export function certainlyBefore(end: ParsedDate, start: ParsedDate): boolean {
  return end.latest !== undefined && start.earliest !== undefined && end.latest < start.earliest;
}

/** Type guard for values the DSL receives at run time from untyped callers. */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "string" && typeof parsePartialDate(value) !== "string";
}
