/** Reading an HTTP `Retry-After` header (RFC 9110, 10.2.3) for the one retry rule of every client. */

/** `Retry-After` (delay in seconds, or an HTTP date) as milliseconds from `now`; undefined when absent or malformed. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
