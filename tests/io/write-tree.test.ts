/**
 * Writing a generated tree (the site): files land atomically under the root; with a manifest, the
 * next write removes what the previous one wrote and this one does not, and only that — a file
 * the writer did not make, or a manifest line that leads outside the root, is never touched.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFilesUnder } from "../../src/io/index.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-tree-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeFilesUnder", () => {
  it("removes the previous write's files this one lacks, and the folders they leave empty, nothing else", async () => {
    const root = join(dir, "site");
    const first = new Map([["index.html", "a"], ["party/old.html", "b"], ["party/kept.html", "c"], ["gone/only.html", "d"]]);
    expect((await writeFilesUnder(root, first, { manifest: ".manifest" })).removed).toEqual([]);
    writeFileSync(join(root, "party", "notes.txt"), "the user's own file");
    const second = new Map([["index.html", "A"], ["party/kept.html", "C"]]);
    const { removed } = await writeFilesUnder(root, second, { manifest: ".manifest" });
    expect([...removed].sort()).toEqual(["gone/only.html", "party/old.html"]);
    expect(existsSync(join(root, "party", "old.html"))).toBe(false);
    expect(existsSync(join(root, "gone"))).toBe(false);
    expect(readFileSync(join(root, "party", "notes.txt"), "utf8")).toBe("the user's own file");
    expect(readFileSync(join(root, "index.html"), "utf8")).toBe("A");
    expect(readFileSync(join(root, ".manifest"), "utf8")).toBe("index.html\nparty/kept.html\n");
  });

  it("ignores a manifest line that leads outside the root", async () => {
    const root = join(dir, "hostile");
    mkdirSync(root);
    writeFileSync(join(dir, "outside.txt"), "keep me");
    writeFileSync(join(root, ".manifest"), "../outside.txt\n/etc/hostname\n");
    expect((await writeFilesUnder(root, new Map([["index.html", "x"]]), { manifest: ".manifest" })).removed).toEqual([]);
    expect(readFileSync(join(dir, "outside.txt"), "utf8")).toBe("keep me");
  });

  it("without a manifest, writes and removes nothing else", async () => {
    const root = join(dir, "plain");
    await writeFilesUnder(root, new Map([["a.html", "1"]]));
    expect((await writeFilesUnder(root, new Map([["b.html", "2"]]))).removed).toEqual([]);
    expect(existsSync(join(root, "a.html"))).toBe(true);
  });

  it("refuses a path outside the root", async () => {
    await expect(writeFilesUnder(join(dir, "x"), new Map([["../evil.html", "x"]]))).rejects.toThrow(/refusing to write \.\.\/evil\.html outside/);
  });
});
