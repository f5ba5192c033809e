/**
 * Lexical forms of the XSD datatypes RDF data uses, checked the way RDF 1.1 asks: a literal whose
 * lexical form is not in its datatype's lexical space (`"2025-13-40"^^xsd:date`, `"ten"^^xsd:integer`)
 * is ill-typed, and pactgraph rejects it on load rather than carry a value no tool can compare.
 * Datatypes not listed here (xsd:string, rdf:langString, anything outside XSD) accept any form.
 */

const XSD = "http://www.w3.org/2001/XMLSchema#";

/** Returns a short reason when `value` is not a lexical form of the datatype, else undefined. */
type Check = (value: string) => string | undefined;

const TIMEZONE = "(?:Z|[+-]\\d{2}:\\d{2})";
const YEAR = "-?(?:[1-9]\\d{4,}|\\d{4})";
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function timezoneProblem(zone: string | undefined): string | undefined {
  if (zone === undefined || zone === "Z") return undefined;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  if (minutes > 59 || hours > 14 || (hours === 14 && minutes > 0)) return `time zone ${zone} is out of range (-14:00 to +14:00)`;
  return undefined;
}

function monthProblem(month: number): string | undefined {
  return month >= 1 && month <= 12 ? undefined : `month ${String(month).padStart(2, "0")} is out of range (01-12)`;
}

/** Day of month, checked against the year when one is known (29 February only in leap years). */
function dayProblem(day: number, month: number, year?: number): string | undefined {
  const last = month === 2 && year !== undefined && !isLeap(year) ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day < 1 || day > last) return `day ${String(day).padStart(2, "0")} does not exist in month ${String(month).padStart(2, "0")}`;
  return undefined;
}

function timeProblem(hours: number, minutes: number, seconds: number): string | undefined {
  if (hours === 24) return minutes === 0 && seconds === 0 ? undefined : "hour 24 is only allowed as 24:00:00";
  if (hours > 23 || minutes > 59 || seconds >= 60) return "time of day is out of range";
  return undefined;
}

/** Builds a checker from a regular expression and an optional range check of its groups. */
function pattern(expected: string, regex: RegExp, range?: (groups: string[]) => string | undefined): Check {
  return (value) => {
    const match = regex.exec(value);
    if (!match) return `expected ${expected}`;
    return range?.(match.slice(1).map((g) => g ?? ""));
  };
}

const first = (...problems: (string | undefined)[]): string | undefined => problems.find((p) => p !== undefined);
const zoneOf = (group: string): string | undefined => (group === "" ? undefined : group);

const dateCheck = pattern("YYYY-MM-DD", new RegExp(`^(${YEAR})-(\\d{2})-(\\d{2})(${TIMEZONE})?$`), ([y, m, d, z]) =>
  first(monthProblem(Number(m)), dayProblem(Number(d), Number(m), Number(y)), timezoneProblem(zoneOf(z ?? ""))),
);

const dateTimeCheck = pattern(
  "YYYY-MM-DDThh:mm:ss",
  new RegExp(`^(${YEAR})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)(${TIMEZONE})?$`),
  ([y, mo, d, h, mi, s, z]) =>
    first(
      monthProblem(Number(mo)),
      dayProblem(Number(d), Number(mo), Number(y)),
      timeProblem(Number(h), Number(mi), Number(s)),
      timezoneProblem(zoneOf(z ?? "")),
    ),
);

const timeCheck = pattern("hh:mm:ss", new RegExp(`^(\\d{2}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)(${TIMEZONE})?$`), ([h, mi, s, z]) =>
  first(timeProblem(Number(h), Number(mi), Number(s)), timezoneProblem(zoneOf(z ?? ""))),
);

const INTEGER = /^[+-]?\d+$/;

/** An integer type with inclusive bounds (BigInt, so xsd:long and xsd:unsignedLong are exact). */
function integer(min?: bigint, max?: bigint): Check {
  return (value) => {
    if (!INTEGER.test(value)) return "expected an integer (digits with an optional sign)";
    const n = BigInt(value);
    if (min !== undefined && n < min) return `must be at least ${min}`;
    if (max !== undefined && n > max) return `must be at most ${max}`;
    return undefined;
  };
}

const BY_LOCAL_NAME: Readonly<Record<string, Check>> = {
    boolean: pattern("true, false, 1 or 0", /^(?:true|false|1|0)$/),
    decimal: pattern("a decimal number such as 12.5", /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/),
    integer: integer(),
    nonNegativeInteger: integer(0n),
    positiveInteger: integer(1n),
    nonPositiveInteger: integer(undefined, 0n),
    negativeInteger: integer(undefined, -1n),
    long: integer(-(2n ** 63n), 2n ** 63n - 1n),
    int: integer(-(2n ** 31n), 2n ** 31n - 1n),
    short: integer(-32768n, 32767n),
    byte: integer(-128n, 127n),
    unsignedLong: integer(0n, 2n ** 64n - 1n),
    unsignedInt: integer(0n, 2n ** 32n - 1n),
    unsignedShort: integer(0n, 65535n),
    unsignedByte: integer(0n, 255n),
    double: pattern("a floating-point number such as 1.5E3, INF or NaN", /^(?:[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF)|NaN)$/),
    float: pattern("a floating-point number such as 1.5E3, INF or NaN", /^(?:[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|INF)|NaN)$/),
    date: dateCheck,
    dateTime: dateTimeCheck,
    dateTimeStamp: (value) => (new RegExp(`${TIMEZONE}$`).test(value) ? dateTimeCheck(value) : "expected a dateTime with a time zone"),
    time: timeCheck,
    gYear: pattern("YYYY", new RegExp(`^${YEAR}(${TIMEZONE})?$`), ([z]) => timezoneProblem(zoneOf(z ?? ""))),
    gYearMonth: pattern("YYYY-MM", new RegExp(`^${YEAR}-(\\d{2})(${TIMEZONE})?$`), ([m, z]) =>
      first(monthProblem(Number(m)), timezoneProblem(zoneOf(z ?? ""))),
    ),
    gMonth: pattern("--MM", new RegExp(`^--(\\d{2})(${TIMEZONE})?$`), ([m, z]) => first(monthProblem(Number(m)), timezoneProblem(zoneOf(z ?? "")))),
    gDay: pattern("---DD", new RegExp(`^---(\\d{2})(${TIMEZONE})?$`), ([d, z]) => first(dayProblem(Number(d), 1), timezoneProblem(zoneOf(z ?? "")))),
    gMonthDay: pattern("--MM-DD", new RegExp(`^--(\\d{2})-(\\d{2})(${TIMEZONE})?$`), ([m, d, z]) =>
      first(monthProblem(Number(m)), dayProblem(Number(d), Number(m)), timezoneProblem(zoneOf(z ?? ""))),
    ),
    duration: pattern("a duration such as P1Y2M or PT5H", /^-?P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/),
    hexBinary: pattern("pairs of hexadecimal digits", /^(?:[0-9a-fA-F]{2})*$/),
    base64Binary: pattern("base64 text", /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/),
};

const CHECKS: ReadonlyMap<string, Check> = new Map(Object.entries(BY_LOCAL_NAME).map(([local, check]) => [XSD + local, check]));

/**
 * Checks a literal's lexical form against its datatype.
 * @returns undefined when the form is valid (or the datatype is not checked), else what was expected.
 * @example lexicalFormProblem("2025-13-40", "http://www.w3.org/2001/XMLSchema#date") // "month 13 is out of range (01-12)"
 */
export function lexicalFormProblem(value: string, datatype: string): string | undefined {
  return CHECKS.get(datatype)?.(value);
}

/** The datatypes whose lexical forms {@link lexicalFormProblem} checks. */
export function checkedDatatypes(): string[] {
  return [...CHECKS.keys()];
}
