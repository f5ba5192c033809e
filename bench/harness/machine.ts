/** The machine a benchmark ran on, as RESULTS.md reports it. */
import { readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem } from "node:os";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGb: number;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** 1-, 5- and 15-minute load averages when the run started: above the core count means noisy timings. */
  readonly loadAverage: readonly number[];
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    date: new Date().toISOString(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

function cpuModel(): string {
  try {
    const found = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1];
    if (found) return found.trim();
  } catch {
    // no /proc/cpuinfo (not Linux): fall back to what Node reports
  }
  return cpus()[0]?.model ?? "unknown";
}
