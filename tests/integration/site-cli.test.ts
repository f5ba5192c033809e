/**
 * `pactgraph site` in-process: it writes the site and, on the next run into the same folder,
 * removes the pages the graph no longer has (listed in the folder's manifest), saying so.
 */
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { ROOT } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-site-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DATA = join(ROOT, "tests", "fixtures", "entanglement.ttl");

describe("pactgraph site", () => {
  it("writes the site, then removes a page of the previous run that the graph no longer has", async () => {
    const out = join(dir, "site");
    const first = await runCli(["site", "--data", DATA, "-o", out]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^wrote \d+ pages and \d+ other files \(\d+ KiB\) to .* in \d+ ms\n$/);
    // As if an earlier graph had a node this one lacks.
    writeFileSync(join(out, "ghost.html"), "<html></html>");
    appendFileSync(join(out, ".pactgraph-site"), "ghost.html\n");
    const second = await runCli(["site", "--data", DATA, "-o", out]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain("; removed 1 file(s) of the previous site the graph no longer has");
    expect(existsSync(join(out, "ghost.html"))).toBe(false);
    expect(existsSync(join(out, "index.html"))).toBe(true);
  });
});
