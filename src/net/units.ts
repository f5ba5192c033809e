/** Durations and sizes as messages print them: `300 ms`, `1.5 s`, `8 MiB`, `1000 bytes`. */

/** `300 ms` below a second, else seconds: `1 s`, `2.5 s`. */
export function describeMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}

/** Binary multiples, as `--max-response 8M` means them: `8 MiB`, `512 KiB`, `1000 bytes`. */
export function describeBytes(bytes: number): string {
  for (const [unit, size] of [["GiB", 1024 ** 3], ["MiB", 1024 ** 2], ["KiB", 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
