/** Reading an HTTP `Retry-After` header, for every client pactgraph has (store pushes, the Wikidata linker). */

/** `Retry-After` (delay in seconds, or an HTTP date) as milliseconds from `now`; undefined when absent or malformed. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
