import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser } from "n3";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-cli-query-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const python = (script: string, input: string) => execFileSync("/usr/bin/python3", ["-c", script], { input, encoding: "utf8" }).trim();
const ok = async (args: string[]) => {
  const result = await runCli(args);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
};

describe("pactgraph query: every output format parses in its own format", () => {
  it("table", async () => {
    const stdout = await ok(["query", "defence-obligations", "--format", "table"]);
    expect(stdout.split("\n")[0]).toMatch(/^obliged\s+protected\s+agreement\s+status\s+clause\s+summary$/);
    expect(stdout).toContain("(2 rows)");
  });

  it("json (plain rows)", async () => {
    const rows = JSON.parse(await ok(["query", "defence-obligations", "--format", "json"])) as Record<string, string>[];
    expect(rows.map((r) => r.obliged)).toEqual(["https://w3id.org/pactgraph/id/party/pakistan", "https://w3id.org/pactgraph/id/party/saudi-arabia"]);
  });

  it("SPARQL Results JSON", async () => {
    const doc = JSON.parse(await ok(["query", "timeline", "--format", "srj"])) as { head: { vars: string[] }; results: { bindings: Record<string, { type: string; datatype?: string }>[] } };
    expect(doc.head.vars).toEqual(["date", "precision", "status", "event", "kind", "participants", "hosts"]);
    expect(doc.results.bindings).toHaveLength(6);
    expect(doc.results.bindings[0]!.date).toEqual({ type: "literal", value: "2025-09", datatype: "http://www.w3.org/2001/XMLSchema#gYearMonth" });
    expect(doc.results.bindings[4]!.date).toBeUndefined();
  });

  it("SPARQL Results XML (read back by Python's XML parser)", async () => {
    const xml = await ok(["query", "timeline", "--format", "srx"]);
    const script = "import sys, xml.dom.minidom as m; d = m.parseString(sys.stdin.read()); print(len(d.getElementsByTagName('result')), len(d.getElementsByTagName('variable')))";
    expect(python(script, xml)).toBe("6 7");
  });

  it("CSV (read back by Python's csv module; CRLF line ends)", async () => {
    const csv = await ok(["query", "failed-initiatives", "--format", "csv"]);
    expect(csv).toContain("\r\n");
    const script = "import sys, csv, io; rows = list(csv.reader(io.StringIO(sys.stdin.read(), newline=''))); print(len(rows), rows[0][0], rows[1][4])";
    expect(python(script, csv)).toBe("3 agreement --09");
  });

  it("TSV with terms in Turtle syntax", async () => {
    const lines = (await ok(["query", "defence-obligations", "--format", "tsv"])).trimEnd().split("\n");
    expect(lines[0]).toBe("?obliged\t?protected\t?agreement\t?status\t?clause\t?summary");
    expect(lines[1]!.split("\t")[0]).toBe("<https://w3id.org/pactgraph/id/party/pakistan>");
    expect(lines[1]!.split("\t")[5]).toBe('"Any aggression against one nation is treated as aggression against both."@en');
  });

  it("Turtle and N-Triples for CONSTRUCT", async () => {
    const turtle = await ok(["query", "defence-network"]);
    expect(new Parser().parse(turtle)).toHaveLength(4);
    const ntriples = await ok(["query", "defence-network", "--format", "ntriples"]);
    expect(new Parser({ format: "N-Triples" }).parse(ntriples)).toHaveLength(4);
  });

  it("JSON-LD for CONSTRUCT, compacted with the pactgraph context", async () => {
    const text = await ok(["query", "defence-network", "--format", "jsonld"]);
    const doc = JSON.parse(text) as { "@context": unknown };
    expect(doc["@context"]).toBeDefined();
    expect(text).toContain('"obligedToDefend"');
    const jsonld = await import("jsonld");
    const quads = (await jsonld.default.toRDF(doc as object, { format: "application/n-quads" })) as unknown as string;
    expect(quads.trim().split("\n")).toHaveLength(4);
  });

  it("ASK answers true/false, and in SPARQL Results JSON", async () => {
    expect((await ok(["query", "obliged-to-defend", "--format", "table"])).trim()).toBe("true");
    expect(JSON.parse(await ok(["query", "obliged-to-defend", "--format", "srj", "--param", "obliged=party:turkey"]))).toEqual({ head: {}, boolean: false });
  });

  it("infers the format from -o and writes the file", async () => {
    await ok(["query", "timeline", "-o", join(dir, "timeline.csv")]);
    expect(readFileSync(join(dir, "timeline.csv"), "utf8").split("\r\n")[0]).toBe("date,precision,status,event,kind,participants,hosts");
  });
});

describe("pactgraph query: options", () => {
  it("--describe shows parameters and the result shape", async () => {
    const stdout = await ok(["query", "--describe", "defence-entanglement"]);
    expect(stdout).toContain("state (iri, default party:turkey): the state at the centre of the conflict");
    expect(stdout).toContain("returns: bindings (reached, hops, chains, via1, through1, via2, through2, via3, standing, conditional, conditions, weakestSupport)");
  });

  it("--stats reports load time, query time and result count on stderr", async () => {
    const result = await runCli(["query", "defence-obligations", "--format", "json", "--stats"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^loaded \d+ triples from \d+ input\(s\) in \d+ ms; query \d+ ms; 2 rows\n$/);
  });

  it("--explain prints the engine's plan", async () => {
    const stdout = await ok(["query", "obliged-to-defend", "--explain", "logical"]);
    expect(stdout).toMatch(/^ask\n {2}filter .*\n {4}join\n/);
    expect(stdout).toContain("pattern (?clause <https://w3id.org/pactgraph/ontology#binds> <https://w3id.org/pactgraph/id/party/pakistan>)");
  });

  it("--data queries other files instead of the built graph", async () => {
    const stdout = await ok(["query", "defence-obligations", "--format", "json", "--data", "data/turkey-security-alliances.ttl"]);
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it("pactgraph queries lists the library", async () => {
    const lines = (await ok(["queries"])).trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(lines.find((l) => l.startsWith("defence-entanglement"))).toContain("[state:iri=party:turkey as_of:string=today scenario:string=actual max_hops:integer=3]");
  });
});

describe("pactgraph query: bad input gets a clear message, the right exit code and no output", () => {
  const cases: [string, string[], number, RegExp][] = [
    ["syntax error in a .rq", ["query", "tests/fixtures/queries/broken.rq"], 1, /^pactgraph: tests\/fixtures\/queries\/broken\.rq:7:\d+: SPARQL syntax error: unexpected "}"/],
    ["unknown query name", ["query", "defence-obligation"], 2, /no saved query named "defence-obligation"; did you mean defence-obligations/],
    ["missing parameter", ["query", "tests/fixtures/queries/needs-param.rq"], 2, /needs --param label=<string> \(the label to look for\)/],
    ["ill-typed parameter", ["query", "defence-entanglement", "--param", "max_hops=many"], 2, /parameter max_hops must be an integer, got "many"/],
    ["unknown parameter", ["query", "timeline", "--param", "year=2025"], 2, /query timeline has no parameter "year" \(parameters: none\)/],
    ["hostile IRI parameter", ["query", "defence-entanglement", "--param", 'state="} ; DROP ALL ; #'], 2, /parameter state must be an IRI/],
    ["unreadable data file", ["query", "timeline", "--data", "no/such/file.ttl"], 2, /cannot read no\/such\/file\.ttl: no such file/],
    ["malformed Turtle data", ["query", "timeline", "--data", "tests/fixtures/bad-data/malformed.ttl"], 1, /^pactgraph: tests\/fixtures\/bad-data\/malformed\.ttl:3:\d+: /],
    ["an UPDATE", ["query", "tests/fixtures/queries/update.rq"], 2, /is a SPARQL UPDATE; `pactgraph query` is read-only/],
    ["a SERVICE call", ["query", "tests/fixtures/queries/service.rq"], 2, /remote calls are refused unless you pass --allow-service/],
    ["a format that does not fit", ["query", "defence-network", "--format", "csv"], 2, /format "csv" does not apply to a graph \(CONSTRUCT\/DESCRIBE\) result; use one of ttl, nt, nq, trig, jsonld, rdf/],
  ];

  it.each(cases)("%s", async (_name, args, code, message) => {
    const output = join(dir, "out.csv");
    const result = await runCli([...args, "-o", output]);
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(code);
    expect(result.stdout).toBe("");
    expect(existsSync(output)).toBe(false);
  });
});
