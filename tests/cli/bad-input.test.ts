/**
 * The README's "What happens when…" table, row by row: each bad input gives one clear line on
 * stderr (the stack only with --verbose), the documented exit code, and no partial output: nothing
 * on stdout, no file at the -o path. The rows that need a big file or a real process (a 50 MB
 * input, a killed export) are in tests/integration/large-input.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/project.js";

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
  { input: "unknown format name", args: ["export", "--format", "xyz"], exit: 2, message: /^unknown RDF format "xyz"; use one of ttl, nt, nq, trig, jsonld, rdf / },
  { input: "unknown file extension", args: ["export", "--data", "tests/fixtures/shapes/source.txt"], exit: 2, message: "cannot tell the RDF format of tests/fixtures/shapes/source.txt from its extension; pass --input-format (ttl, nt, nq, trig, jsonld, rdf, or a media type)" },
  { input: "unknown report format", args: ["validate", "--report", "xyz"], exit: 2, message: 'unknown report format "xyz"; use text, or an RDF format: ttl, nt, nq, trig, jsonld, rdf' },
  { input: "missing file", args: ["export", "--data", `${BAD}/no-such-file.ttl`], exit: 2, message: `cannot read ${BAD}/no-such-file.ttl: no such file` },
  { input: "unreadable file (a directory)", args: ["validate", "--data", FOLDER], exit: 2, message: `cannot read ${FOLDER}: it is a directory, not a file` },
  { input: "IRI with spaces (Turtle)", args: ["export", "--data", `${BAD}/iri-with-space.ttl`], exit: 1, message: `${BAD}/iri-with-space.ttl:3:23: invalid IRI <https://example.org/party/ruritania republic>: an IRI cannot contain a space; percent-encode it (a space is %20)` },
  { input: "IRI with spaces (JSON-LD)", args: ["export", "--data", `${BAD}/iri-with-space.jsonld`], exit: 1, message: `${BAD}/iri-with-space.jsonld:4:27: invalid IRI <https://example.org/party/ruritania republic>: an IRI cannot contain a space; percent-encode it (a space is %20)` },
  { input: "lone UTF-16 surrogate (N-Triples)", args: ["export", "--data", `${BAD}/lone-surrogate.nt`], exit: 1, message: `${BAD}/lone-surrogate.nt:2:71: \\uD800 is a lone UTF-16 surrogate, which is not a Unicode character, so RDF text cannot hold it; remove the escape or write the character it stands for` },
  { input: "lone UTF-16 surrogate (JSON-LD)", args: ["export", "--data", `${BAD}/lone-surrogate.jsonld`], exit: 1, message: `${BAD}/lone-surrogate.jsonld:4:45: the literal "half a pair: \\ud83d alone" holds a lone UTF-16 surrogate, U+D83D, which is not a Unicode character, so RDF text cannot hold it; remove the escape or write the character it stands for` },
  { input: "RDF/XML entities that multiply (billion laughs)", args: ["export", "--data", `${BAD}/billion-laughs.rdf`], exit: 1, message: `${BAD}/billion-laughs.rdf:16:20: RDF/XML: the entity &lol6; expands to more than 1 MiB of text (entities that repeat other entities, a "billion laughs" document); pactgraph refuses to expand it` },
  { input: "named graphs into a one-graph format", args: ["export", "--data", `${BAD}/named-graph.trig`, "--format", "ttl"], exit: 2, message: "Turtle holds a single graph, but the data has quads in the named graph <https://example.org/graph1>; export as TriG, N-Quads or JSON-LD" },
];

describe("bad input gives one line, the documented exit code and no output", () => {
  it.each(ROWS.map((row) => [row.input, row] as const))("%s", async (_, row) => {
    const output = join(dir, `${row.input.replace(/\W+/g, "-")}.out`);
    const args = row.args[0] === "export" && !row.args.includes("--format") ? [...row.args, "--format", "nt"] : [...row.args];
    for (const extra of [[], ["-o", output]]) {
      const { status, stdout, stderr } = await runCli([...args, ...extra]);
      expect(status).toBe(row.exit);
      expect(stdout).toBe("");
      expect(stderr.endsWith("\n") && stderr.split("\n").length).toBe(2);
      const message = stderr.replace(/^pactgraph: /, "").trimEnd();
      if (typeof row.message === "string") expect(message).toBe(row.message);
      else expect(message).toMatch(row.message);
      expect(existsSync(output)).toBe(false);
    }
  });

  it("an output path in a missing directory: exit 2, nothing created", async () => {
    const missing = join(dir, "no-such-dir", "graph.ttl");
    const { status, stdout, stderr } = await runCli(["export", "-o", missing]);
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toBe(`pactgraph: cannot write ${missing}: directory ${join(dir, "no-such-dir")} does not exist; create it first\n`);
    expect(existsSync(join(dir, "no-such-dir"))).toBe(false);
  });

  it("data that violates the shapes: each violation reported, exit 1", async () => {
    const { status, stdout, stderr } = await runCli(["validate", "--data", "tests/fixtures/shapes/invalid-agreement-without-status.ttl"]);
    expect([status, stderr]).toEqual([1, ""]);
    expect(stdout).toContain("Violation agreement:ruritania-freedonia-treaty pact:agreementStatus: Less than 1 values");
  });

  it("--verbose adds the stack trace", async () => {
    const { status, stderr } = await runCli(["export", "--verbose", "--data", `${BAD}/malformed.ttl`]);
    expect(status).toBe(1);
    expect(stderr.split("\n")[0]).toBe(`pactgraph: ${BAD}/malformed.ttl:5:1: expected ".", ";" or "," after \`"Treaty"@en\``);
    expect(stderr).toMatch(/\n {4}at /);
  });
});

