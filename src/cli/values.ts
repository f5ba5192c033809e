/**
 * Option values every command parses the same way. A bare number of seconds and `500ms`, `2s`,
 * `1m`, `1h` are durations everywhere; ports, counts and limits are whole numbers in range. A bad
 * value is a usage error (exit 2) naming the option.
 */
import { UsageError } from "../errors.js";

const UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Node's timers overflow past 2^31 - 1 ms (about 24.8 days); longer values would fire at once. */
export const MAX_DURATION_MS = 2_147_483_647;

/**
 * Milliseconds of a duration: `30` (seconds), `500ms`, `2s`, `1.5m`, `1h`, `30d`. `allowZero`
 * admits 0 (no pause, no caching); `unbounded` lifts the timer limit for values never given to a timer.
 */
export function parseDuration(value: string, option: string, options: { allowZero?: boolean; unbounded?: boolean } = {}): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(value.trim());
  const ms = match ? Number(match[1]) * UNITS[match[2] ?? "s"]! : Number.NaN;
  if (!(ms > 0 || (options.allowZero && ms === 0))) {
    throw new UsageError(`${option} takes a duration such as 30 (seconds), 500ms, 2s, 1m or 1d, not ${JSON.stringify(value)}`);
  }
  if (ms > MAX_DURATION_MS && !options.unbounded) throw new UsageError(`${option} ${value} is too long; the longest is ${Math.floor(MAX_DURATION_MS / 86_400_000)} days`);
  return Math.round(ms);
}

/** A whole number within [min, max]. */
export function parseInteger(value: string, option: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${option} takes a whole number ${range}, not ${JSON.stringify(value)}`);
  }
  return n;
}

/** A TCP port; 0 asks the system for a free one. */
export function parsePort(value: string, option = "--port"): number {
  return parseInteger(value, option, 0, 65_535);
}

/** A byte size: `1000000`, `512k`, `50M`, `1G` (binary multiples). */
export function parseByteSize(value: string, option: string): number {
  const match = /^(\d+)\s*([kmg])?i?b?$/i.exec(value.trim());
  const factor = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match?.[2] ?? "").toLowerCase() as "k" | "m" | "g"] ?? 1;
  const bytes = match ? Number(match[1]) * factor : Number.NaN;
  if (!(bytes > 0) || !Number.isSafeInteger(bytes)) throw new UsageError(`${option} takes a size such as 1000000, 512k or 50M, not ${JSON.stringify(value)}`);
  return bytes;
}

/** An absolute IRI (for --base, --graph, --default-graph). */
export function parseAbsoluteIri(value: string, option: string): string {
  if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(value)) throw new UsageError(`${option} takes an absolute IRI, not ${JSON.stringify(value)}`);
  return value;
}
