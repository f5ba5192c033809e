/** Shapes files are read once while unchanged, and read again when they change. */
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadShapesFile } from "../../src/validate/index.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-shapes-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadShapesFile", () => {
  it("gives the same quads for an unchanged file and reads a changed one again", async () => {
    const path = join(dir, "shapes.ttl");
    writeFileSync(path, "<http://e/s> a <http://www.w3.org/ns/shacl#NodeShape> .\n");
    const first = await loadShapesFile(path);
    expect(await loadShapesFile(path)).toBe(first);
    writeFileSync(path, "<http://e/s> a <http://www.w3.org/ns/shacl#NodeShape> .\n<http://e/t> a <http://www.w3.org/ns/shacl#NodeShape> .\n");
    utimesSync(path, new Date(), new Date(Date.now() + 5_000));
    const second = await loadShapesFile(path);
    expect(second).not.toBe(first);
    expect(second.length).toBe(2);
  });

  it("reports a missing or broken file on every call, keeping nothing", async () => {
    await expect(loadShapesFile(join(dir, "none.ttl"))).rejects.toMatchObject({ code: "E_IO" });
    const broken = join(dir, "broken.ttl");
    writeFileSync(broken, "<http://e/s> a .\n");
    await expect(loadShapesFile(broken)).rejects.toMatchObject({ code: "E_PARSE" });
    await expect(loadShapesFile(broken)).rejects.toMatchObject({ code: "E_PARSE" });
  });
});
