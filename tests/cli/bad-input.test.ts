/**
 * The README's "What happens when…" table, row by row: each bad input gives one clear line on
 * stderr (the stack only with --verbose), the documented exit code, and no partial output: nothing
 * on stdout, no file at the -o path. Then the two rows that need a big file: a 50 MB input stays
 * within its memory bound, and a killed export never truncates or replaces the file it was writing.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, runCli } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-bad-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const BAD = "tests/fixtures/bad-input";
// A directory where a file is expected (root, which CI runs as, can read any file, so a directory
// stands in for an unreadable path; a file without read permission gives "permission denied").
const FOLDER = join(dir, "folder.ttl");
mkdirSync(FOLDER);

interface Row {
  readonly input: string;
  readonly args: readonly string[];
  readonly exit: 1 | 2;
  /** The whole of stderr, less the "pactgraph: " prefix and the newline. */
  readonly message: string | RegExp;
}

const ROWS: Row[] = [
  { input: "malformed Turtle", args: ["export", "--data", `${BAD}/malformed.ttl`], exit: 1, message: `${BAD}/malformed.ttl:5:1: expected ".", ";" or "," after \`"Treaty"@en\`` },
  { input: "malformed N-Triples", args: ["export", "--data", `${BAD}/malformed.nt`], exit: 1, message: `${BAD}/malformed.nt:2:49: unexpected \`"two\`` },
  { input: "malformed JSON-LD (JSON syntax)", args: ["export", "--data", `${BAD}/malformed.jsonld`], exit: 1, message: `${BAD}/malformed.jsonld:5:1: malformed JSON: unexpected "}"; expected a property name in double quotes` },
  { input: "malformed RDF/XML", args: ["export", "--data", `${BAD}/malformed.rdf`], exit: 1, message: `${BAD}/malformed.rdf:5:19: RDF/XML: unexpected close tag` },
  { input: "JSON-LD with a remote @context", args: ["export", "--data", `${BAD}/remote-context.jsonld`], exit: 1, message: /^tests\/fixtures\/bad-input\/remote-context\.jsonld:2:15: the JSON-LD context https:\/\/example\.org\/context\.jsonld is remote, and pactgraph never loads documents from the network; / },
  { input: "unknown format name", args: ["export", "--format", "xyz"], exit: 2, message: /^unknown RDF format "xyz"; use one of ttl, turtle, nt, / },
  { input: "unknown file extension", args: ["export", "--data", "tests/fixtures/shapes/source.txt"], exit: 2, message: "cannot tell the RDF format of tests/fixtures/shapes/source.txt from its extension; pass --format (ttl, nt, nq, trig, jsonld, rdfxml)" },
  { input: "unknown report format", args: ["validate", "--report", "xyz"], exit: 2, message: 'unknown report format "xyz"; use text, or an RDF format: ttl, nt, nq, trig, jsonld, rdfxml' },
  { input: "missing file", args: ["export", "--data", `${BAD}/no-such-file.ttl`], exit: 2, message: `cannot read ${BAD}/no-such-file.ttl: no such file` },
  { input: "unreadable file (a directory)", args: ["validate", "--data", FOLDER], exit: 2, message: `cannot read ${FOLDER}: it is a directory, not a file` },
  { input: "IRI with spaces (Turtle)", args: ["export", "--data", `${BAD}/iri-with-space.ttl`], exit: 1, message: `${BAD}/iri-with-space.ttl:3:23: invalid IRI <https://example.org/party/ruritania republic>: an IRI cannot contain a space; percent-encode it (a space is %20)` },
  { input: "IRI with spaces (JSON-LD)", args: ["export", "--data", `${BAD}/iri-with-space.jsonld`], exit: 1, message: `${BAD}/iri-with-space.jsonld:4:27: invalid IRI <https://example.org/party/ruritania republic>: an IRI cannot contain a space; percent-encode it (a space is %20)` },
  { input: "literal with an invalid lexical form", args: ["export", "--data", `${BAD}/invalid-date.ttl`], exit: 1, message: `${BAD}/invalid-date.ttl:5:15: invalid xsd:date literal "2025-13-40": month 13 is out of range (01-12)` },
  { input: "the same literal, read by validate", args: ["validate", "--data", `${BAD}/invalid-date.ttl`], exit: 1, message: `${BAD}/invalid-date.ttl:5:15: invalid xsd:date literal "2025-13-40": month 13 is out of range (01-12)` },
  { input: "empty input file", args: ["export", "--data", `${BAD}/empty.ttl`], exit: 1, message: `${BAD}/empty.ttl: the file is empty, so there is nothing to load (truncated? an intentionally empty Turtle graph can be written as a comment line)` },
  { input: "named graphs into a one-graph format", args: ["export", "--data", `${BAD}/named-graph.trig`, "--format", "ttl"], exit: 2, message: "Turtle holds a single graph, but the data has quads in the named graph <https://example.org/graph1>; export as TriG, N-Quads or JSON-LD" },
];

describe("bad input gives one line, the documented exit code and no output", () => {
  it.each(ROWS.map((row) => [row.input, row] as const))("%s", (_, row) => {
    const output = join(dir, `${row.input.replace(/\W+/g, "-")}.out`);
    const args = row.args[0] === "export" && !row.args.includes("--format") ? [...row.args, "--format", "nt"] : [...row.args];
    for (const extra of [[], ["-o", output]]) {
      const { status, stdout, stderr } = runCli([...args, ...extra]);
      expect(status).toBe(row.exit);
      expect(stdout).toBe("");
      expect(stderr.endsWith("\n") && stderr.split("\n").length).toBe(2);
      const message = stderr.replace(/^pactgraph: /, "").trimEnd();
      if (typeof row.message === "string") expect(message).toBe(row.message);
      else expect(message).toMatch(row.message);
      expect(existsSync(output)).toBe(false);
    }
  });

  it("an output path in a missing directory: exit 2, nothing created", () => {
    const missing = join(dir, "no-such-dir", "graph.ttl");
    const { status, stdout, stderr } = runCli(["export", "-o", missing]);
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`pactgraph: cannot write ${missing}: directory ${join(dir, "no-such-dir")} does not exist; create it first\n`);
    expect(existsSync(join(dir, "no-such-dir"))).toBe(false);
  });

  it("data that violates the shapes: each violation reported, exit 1", () => {
    const { status, stdout, stderr } = runCli(["validate", "--data", "tests/fixtures/shapes/invalid-agreement-without-status.ttl"]);
    expect([status, stderr]).toEqual([1, ""]);
    expect(stdout).toContain("Violation agreement:ruritania-freedonia-treaty pact:agreementStatus: Less than 1 values");
  });

  it("--verbose adds the stack trace", () => {
    const { status, stderr } = runCli(["export", "--verbose", "--data", `${BAD}/invalid-date.ttl`]);
    expect(status).toBe(1);
    expect(stderr.split("\n")[0]).toBe(`pactgraph: ${BAD}/invalid-date.ttl:5:15: invalid xsd:date literal "2025-13-40": month 13 is out of range (01-12)`);
    expect(stderr).toMatch(/\n {4}at /);
  });
});

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
    expect(run.stdout).toBe(`conforms: no violations in ${triples} triples from 1 file(s)\n`);
    expect(run.rssKb).toBeLessThan(MEMORY_BOUND_KB);
  }, 60_000);

  describe("an interrupted or failed export", () => {
    const outDir = join(dir, "out");
    const target = join(outDir, "graph.nt");
    let previous = "";
    beforeAll(() => {
      mkdirSync(outDir);
      expect(runCli(["export", "-o", target]).status).toBe(0);
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

    it("failing on bad input: the previous file is intact", () => {
      writeFileSync(join(dir, "half.nt"), readFileSync(big, "utf8").slice(0, 1_000_000));
      const { status, stderr } = runCli(["export", "--data", join(dir, "half.nt"), "-o", target]);
      expect(status).toBe(1);
      expect(stderr).toMatch(/half\.nt:\d+:\d+: /);
      expect(readFileSync(target, "utf8")).toBe(previous);
    });
  });
});
