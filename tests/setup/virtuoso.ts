/**
 * Global test setup: a real Virtuoso for the integration tests, started once per run. CI's
 * `.ci/run` starts one and passes PACTGRAPH_VIRTUOSO_URL; otherwise it is started here with
 * scripts/virtuoso.sh (throwaway ini and data directory, loopback, free ports) and stopped after.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    virtuosoUrl: string;
  }
}

const SCRIPT = join(import.meta.dirname, "..", "..", "scripts", "virtuoso.sh");
let startedIn: string | undefined;

export function setup(project: TestProject): void {
  let url = process.env.PACTGRAPH_VIRTUOSO_URL;
  if (!url) {
    startedIn = join(mkdtempSync(join(tmpdir(), "pactgraph-virtuoso-")), "db");
    const exports = execFileSync(SCRIPT, ["start", startedIn], { encoding: "utf8" });
    url = /PACTGRAPH_VIRTUOSO_URL=(\S+)/.exec(exports)?.[1];
    if (!url) throw new Error(`scripts/virtuoso.sh did not report a URL:\n${exports}`);
  }
  project.provide("virtuosoUrl", url);
}

export function teardown(): void {
  if (!startedIn) return;
  execFileSync(SCRIPT, ["stop", startedIn]);
  rmSync(dirname(startedIn), { recursive: true, force: true });
}
