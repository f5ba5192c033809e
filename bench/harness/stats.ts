/** Small statistics and formatting helpers for benchmark numbers. */

/** The median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds for a table: "0.42", "12.3", "1 234". */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "–";
  if (value < 1) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toLocaleString("en-GB").replace(/,/g, " ");
}

/** A ratio such as "2.31×". */
export function ratio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "–" : `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}

/** A count with thin grouping: "1 048 576". */
export function count(value: number): string {
  return Math.round(value).toLocaleString("en-GB").replace(/,/g, " ");
}

/** Rounds to `digits` decimals, for JSON. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
