/**
 * The rows of the README's "What happens when…" table that need a big file or a real process: a
 * 50 MB input stays within its memory bound, and a killed export never truncates or replaces the
 * file it was writing.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-large-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes about `megabytes` of distinct N-Triples: parties with labels, codes and links. */
function writeBigNTriples(path: string, megabytes: number): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  let lines = 0;
  while (bytes < megabytes * 1024 * 1024) {
    const chunk: string[] = [];
    for (let i = 0; i < 1000; i++, lines++) {
      const s = `<https://w3id.org/pactgraph/id/party/p${lines}>`;
      chunk.push(
        lines % 3 === 0
          ? `${s} <http://www.w3.org/2000/01/rdf-schema#label> "Party number ${lines} of the big test graph"@en .\n`
          : lines % 3 === 1
            ? `${s} <https://w3id.org/pactgraph/ontology#cowCode> "${lines}"^^<http://www.w3.org/2001/XMLSchema#integer> .\n`
            : `${s} <https://w3id.org/pactgraph/ontology#associatedWith> <https://w3id.org/pactgraph/id/party/p${lines - 1}> .\n`,
      );
    }
    const text = chunk.join("");
    writeSync(fd, text);
    bytes += Buffer.byteLength(text);
  }
  closeSync(fd);
  return lines;
}

// Peak resident memory of the CLI process itself, reported by a preloaded hook as it exits.
const MAX_RSS_HOOK = 'data:text/javascript,process.on("exit",()=>process.stderr.write(`maxrss-kb=${process.resourceUsage().maxRSS}\\n`))';
/**
 * The memory bound for a 50 MB input: 1 GiB. Loading keeps every quad in memory (n3 terms,
 * about 700 bytes a triple, ~250 MB here); sorting and serialising add the output text and the
 * sort keys; SHACL adds its own index. Measured here: export ~600 MB, validate ~730 MB peak RSS.
 */
const MEMORY_BOUND_KB = 1024 * 1024;

describe("a 50 MB input", () => {
  const big = join(dir, "big.nt");
  let triples = 0;
  beforeAll(() => {
    triples = writeBigNTriples(big, 50);
  });

  function measured(args: string[]) {
    const result = spawnSync(process.execPath, ["--import", MAX_RSS_HOOK, CLI, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const rss = Number(/maxrss-kb=(\d+)/.exec(result.stderr)?.[1]);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, rssKb: rss };
  }

  it("is exported, streaming in, within the memory bound", () => {
    const output = join(dir, "big-out.nt");
    const run = measured(["export", "--data", big, "-o", output]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.rssKb).toBeLessThan(MEMORY_BOUND_KB);
    expect(statSync(big).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const text = readFileSync(output, "utf8");
    expect(text.split("\n").length - 1).toBe(triples);
  }, 60_000);

  it("is validated within the memory bound", () => {
    const run = measured(["validate", "--data", big]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(`conforms: no violations in ${triples} triples from 1 input(s)\n`);
    expect(run.rssKb).toBeLessThan(MEMORY_BOUND_KB);
  }, 60_000);

  describe("an interrupted or failed export", () => {
    const outDir = join(dir, "out");
    const target = join(outDir, "graph.nt");
    let previous = "";
    beforeAll(async () => {
      mkdirSync(outDir);
      expect((await runCli(["export", "-o", target])).status).toBe(0);
      previous = readFileSync(target, "utf8");
    });
    const strays = () => readdirSync(outDir).filter((f) => f !== "graph.nt");

    /** Starts an export of the big file to the target and kills it once its temporary file appears. */
    async function killWhileWriting(signal: NodeJS.Signals): Promise<string | undefined> {
      for (const stray of strays()) rmSync(join(outDir, stray));
      const child = spawn(process.execPath, [CLI, "export", "--data", big, "-o", target], { cwd: ROOT, stdio: "ignore" });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, received) => resolve(received)));
      let temporary: string | undefined;
      const started = Date.now();
      while (temporary === undefined && Date.now() - started < 25_000 && child.exitCode === null) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        temporary = strays()[0];
      }
      child.kill(signal);
      expect(await exited).toBe(signal);
      return temporary;
    }

    it("killed with SIGKILL while writing: the previous file is intact (the temporary file may stay)", async () => {
      const temporary = await killWhileWriting("SIGKILL");
      expect(temporary, "the export was killed after it started writing").toMatch(/^graph\.nt\.\d+$/);
      expect(readFileSync(target, "utf8")).toBe(previous);
    }, 30_000);

    it("stopped with SIGTERM while writing: the previous file is intact and the temporary file removed", async () => {
      const temporary = await killWhileWriting("SIGTERM");
      expect(temporary).toMatch(/^graph\.nt\.\d+$/);
      expect(readFileSync(target, "utf8")).toBe(previous);
      expect(strays()).toEqual([]);
    }, 30_000);

    it("failing on bad input: the previous file is intact", async () => {
      writeFileSync(join(dir, "half.nt"), readFileSync(big, "utf8").slice(0, 1_000_000));
      const { status, stderr } = await runCli(["export", "--data", join(dir, "half.nt"), "-o", target]);
      expect(status).toBe(1);
      expect(stderr).toMatch(/half\.nt:\d+:\d+: /);
      expect(readFileSync(target, "utf8")).toBe(previous);
    });
  });
});
