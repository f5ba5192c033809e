/**
 * The command-line conventions users of Jena and Comunica expect, one finding of the
 * "Installable" review per test: where data comes from (files, -, URLs, .gz), where output goes
 * (-, FIFOs, devices, read-only files), one table of format names, a query name before or after
 * options, plain .rq files and inline queries, durations and bad option values.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Parser } from "n3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { ROOT, SEED_TTL } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-conventions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = readFileSync(SEED_TTL);
const ok = async (args: string[], options: Parameters<typeof runCli>[1] = {}) => {
  const result = await runCli(args, options);
  expect(result.stderr, args.join(" ")).toBe("");
  expect(result.status, args.join(" ")).toBe(0);
  return result.stdout;
};
const rows = (json: string) => (JSON.parse(json) as unknown[]).length;

describe("where data comes from", () => {
  let server: Server;
  let base = "";
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/graph.ttl") response.writeHead(200, { "Content-Type": "text/turtle" }).end(seed);
      else if (request.url === "/graph") response.writeHead(200, { "Content-Type": "application/octet-stream" }).end(seed);
      else if (request.url === "/big") response.writeHead(200, { "Content-Type": "text/turtle" }).end(Buffer.alloc(3 * 1024 * 1024, 0x20));
      else response.writeHead(404).end("not here");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("--data - reads standard input, with --input-format", async () => {
    expect(rows(await ok(["query", "defence-obligations", "--data", "-", "--input-format", "ttl", "-f", "json"], { stdin: seed }))).toBe(2);
  });

  it("--data - without --input-format says which option to pass (not --format)", async () => {
    const { status, stderr } = await runCli(["export", "--data", "-"], { stdin: seed });
    expect(status).toBe(2);
    expect(stderr).toContain("pass --input-format");
  });

  it("--input-format takes a media type too, and /dev/stdin is standard input", async () => {
    expect(rows(await ok(["query", "defence-obligations", "--data", "-", "--input-format", "text/turtle", "-f", "json"], { stdin: seed }))).toBe(2);
    expect(rows(await ok(["query", "defence-obligations", "--data", "/dev/stdin", "--input-format", "ttl", "-f", "json"], { stdin: seed }))).toBe(2);
  });

  it("--data <http URL> downloads the graph; the format comes from Content-Type", async () => {
    expect(rows(await ok(["query", "defence-obligations", "--data", `${base}/graph.ttl`, "-f", "json"]))).toBe(2);
  });

  it("a URL whose Content-Type says nothing needs --input-format, and says so", async () => {
    const { status, stderr } = await runCli(["summary", "--data", `${base}/graph`]);
    expect(status).toBe(2);
    expect(stderr).toContain("pass --input-format");
    expect(await ok(["summary", "--data", `${base}/graph`, "--input-format", "ttl"])).toMatch(/triples\s+1291/);
  });

  it("a download over --max-download is refused with the limit named", async () => {
    const { status, stderr } = await runCli(["summary", "--data", `${base}/big`, "--max-download", "1M"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/larger than the limit of 1 MiB; raise it with --max-download/);
  });

  it("an HTTP error is named with its status", async () => {
    const { status, stderr } = await runCli(["summary", "--data", `${base}/missing.ttl`]);
    expect(status).toBe(1);
    expect(stderr).toContain("HTTP 404");
  });

  it("reads .gz files, telling the format through the compression suffix", async () => {
    const gz = join(dir, "seed.ttl.gz");
    writeFileSync(gz, gzipSync(seed));
    expect(await ok(["summary", "--data", gz])).toMatch(/triples\s+1291/);
  });

  it("the query name may come after --data (a repeatable option, not a list)", async () => {
    expect(rows(await ok(["query", "--data", "data/turkey-security-alliances.ttl", "--data", "data/links/wikidata.ttl", "defence-obligations", "-f", "json"]))).toBe(2);
  });
});

describe("where output goes", () => {
  it("-o - is standard output", async () => {
    expect(await ok(["query", "defence-network", "-f", "nt", "-o", "-"])).toMatch(/^<https:\/\/w3id\.org\/pactgraph\/id\/party\/\S+> /);
  });

  it("-o /dev/null writes to the device and leaves it a device", async () => {
    await ok(["export", "-f", "nt", "-o", "/dev/null"]);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("-o onto a FIFO writes into the pipe instead of replacing it", async () => {
    const fifo = join(dir, "out.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = new Promise<string>((resolve, reject) => {
      const cat = spawn("cat", [fifo]);
      let text = "";
      cat.stdout.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      cat.on("error", reject).on("close", () => resolve(text));
    });
    const writing = runCli(["query", "defence-network", "-f", "nt", "-o", fifo]);
    const [result, text] = await Promise.all([writing, reader]);
    expect(result.status).toBe(0);
    expect(new Parser({ format: "N-Triples" }).parse(text)).toHaveLength(4);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it("refuses to replace a read-only file unless --force", async () => {
    const target = join(dir, "locked.ttl");
    writeFileSync(target, "# keep me\n");
    chmodSync(target, 0o444);
    const refused = await runCli(["export", "-o", target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("the file is read-only; pass --force to replace it");
    expect(readFileSync(target, "utf8")).toBe("# keep me\n");
    await ok(["export", "-o", target, "--force"]);
    expect(readFileSync(target, "utf8")).toContain("pact:MutualDefencePact");
  });
});

describe("one table of format names", () => {
  it.each(["JSON", "Json", "application/json"])("-f %s is plain JSON rows", async (name) => {
    expect(rows(await ok(["query", "defence-obligations", "-f", name]))).toBe(2);
  });

  it("-f application/sparql-results+json is SPARQL JSON", async () => {
    const doc = JSON.parse(await ok(["query", "defence-obligations", "-f", "application/sparql-results+json"])) as { head: { vars: string[] } };
    expect(doc.head.vars[0]).toBe("obliged");
  });

  it.each([
    ["ttl", "text/turtle"],
    ["nt", "application/n-triples"],
    ["nq", "application/n-quads"],
    ["trig", "application/trig"],
    ["jsonld", "application/ld+json"],
    ["rdf", "application/rdf+xml"],
  ])("CONSTRUCT results as %s (and as %s), read back as the same four triples", async (name, mediaType) => {
    const { loadRdfFile, bytesInput, parseFormatName } = await import("../../src/rdf/index.js");
    for (const format of [name, mediaType]) {
      const text = await ok(["query", "defence-network", "-f", format]);
      const quads = await loadRdfFile(bytesInput(`result.${name}`, Buffer.from(text), { format: parseFormatName(name) }));
      expect(quads, format).toHaveLength(4);
    }
  });

  it.each([
    ["table", "true\n"],
    ["json", '{"boolean":true}\n'],
  ])("ASK as %s", async (format, expected) => {
    expect(await ok(["query", "obliged-to-defend", "-f", format])).toBe(expected);
  });

  it("ASK as CSV is refused: SPARQL CSV and TSV cannot carry a boolean", async () => {
    const { status, stderr } = await runCli(["query", "obliged-to-defend", "-f", "csv"]);
    expect(status).toBe(2);
    expect(stderr).toContain("SPARQL CSV and TSV cannot carry one");
  });

  it("export --format rdf is RDF/XML, and export takes media types", async () => {
    expect(await ok(["export", "--format", "rdf"])).toMatch(/^<\?xml/);
    expect(await ok(["export", "--format", "application/n-triples"])).toMatch(/^<https:/);
  });
});

describe("queries", () => {
  it("a plain .rq file runs with no header", async () => {
    const file = join(dir, "plain.rq");
    writeFileSync(file, "SELECT ?pact WHERE { ?pact a <https://w3id.org/pactgraph/ontology#MutualDefencePact> }\n");
    expect(rows(await ok(["query", file, "-f", "json"]))).toBe(1);
  });

  it("-q runs query text; -q - reads it from standard input", async () => {
    expect(rows(await ok(["query", "-q", "SELECT * WHERE { ?s a <https://w3id.org/pactgraph/ontology#State> }", "-f", "json"]))).toBe(12);
    expect(JSON.parse(await ok(["query", "-q", "-", "-f", "srj"], { stdin: "ASK { ?s ?p ?o }" }))).toEqual({ head: {}, boolean: true });
  });

  it("a saved query in the project's queries/ folder is found, and wins over the package's of the same name", async () => {
    const project = mkdtempSync(join(dir, "project-"));
    writeFileSync(join(project, "pactgraph.config.json"), "{}\n");
    execFileSync("mkdir", ["-p", join(project, "queries"), join(project, "data")]);
    writeFileSync(join(project, "data", "seed.ttl"), seed);
    writeFileSync(join(project, "queries", "timeline.rq"), "# title: Our own timeline\n# description: Replaces the package's.\n# returns: bindings (n)\nSELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n");
    const list = await ok(["queries"], { cwd: project });
    expect(list).toMatch(/^timeline\s+Our own timeline\s+\(project's; replaces pactgraph's\)$/m);
    expect(JSON.parse(await ok(["query", "timeline", "-f", "json"], { cwd: project }))).toEqual([{ n: 1291 }]);
  });
});

describe("the project and its data", () => {
  it("without a project and without --data, says how to get a graph (exit 2), never an empty table", async () => {
    const empty = mkdtempSync(join(dir, "nowhere-"));
    const { status, stdout, stderr } = await runCli(["query", "defence-obligations"], { cwd: empty });
    expect([status, stdout]).toEqual([2, ""]);
    expect(stderr).toMatch(/no pactgraph project found in .* run `pactgraph init` to start one, or pass --data/);
  });

  it("a project with nothing built says to run build (exit 2)", async () => {
    const project = mkdtempSync(join(dir, "unbuilt-"));
    writeFileSync(join(project, "pactgraph.config.json"), "{}\n");
    const { status, stderr } = await runCli(["report"], { cwd: project });
    expect(status).toBe(2);
    expect(stderr).toMatch(/has no built graph .* run `pactgraph build` first, or pass --data/);
  });

  it("is found from a subfolder, by walking up", async () => {
    expect(rows(await ok(["query", "defence-obligations", "-f", "json"], { cwd: join(ROOT, "data", "sources") }))).toBe(2);
  });

  it("init scaffolds a project and refuses to overwrite one", async () => {
    const target = join(dir, "new-corpus");
    const out = await ok(["init", target]);
    expect(out).toContain("created  data/example.ts");
    for (const file of ["package.json", "pactgraph.config.json", "tsconfig.json", ".gitignore", "README.md", "data/sources/example.txt", "queries/project-memberships.rq"]) {
      expect(existsSync(join(target, file)), file).toBe(true);
    }
    const again = await runCli(["init", target]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("init writes nothing over existing files");
  });
});

describe("option values", () => {
  it.each([
    [["serve", "--port", "99999"], "--port takes a whole number from 0 to 65535"],
    [["serve", "--timeout", "2500000"], "--timeout 2500000 is too long"],
    [["serve", "--timeout", "soon"], "--timeout takes a duration"],
    [["query", "timeline", "--endpoint", "http://127.0.0.1:1/sparql", "--timeout", "0"], "--timeout takes a duration"],
    [["report", "--rows", "-1"], "--rows takes a whole number"],
  ])("%j is a usage error, exit 2", async (args, message) => {
    const { status, stderr } = await runCli(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it("durations take units: 500ms, 2s, 1m", async () => {
    const { parseDuration } = await import("../../src/cli/values.js");
    expect([parseDuration("500ms", "--t"), parseDuration("2s", "--t"), parseDuration("1m", "--t"), parseDuration("30", "--t")]).toEqual([500, 2000, 60_000, 30_000]);
  });

  it("--version prints the package version", async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect((await ok(["--version"])).trim()).toBe(manifest.version);
  });
});

describe("a local query with limits", () => {
  it("--timeout stops a runaway query in its worker: exit 1, a clear message, nothing written", async () => {
    const { status, stdout, stderr } = await runCli(["query", "-q", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1s"]);
    expect([status, stdout]).toEqual([1, ""]);
    expect(stderr).toMatch(/time limit/);
  });

  it("--timeout lets a quick query answer as usual, on the project's whole corpus", async () => {
    expect(rows(await ok(["query", "claims-by-source", "--timeout", "30", "-f", "json"]))).toBeGreaterThan(0);
  });

  it("--strict refuses an ill-typed literal the default load accepts", async () => {
    const literal = '<http://e/a> <http://e/p> "many"^^<http://www.w3.org/2001/XMLSchema#integer> .\n';
    expect(await ok(["summary", "--data", "-", "--input-format", "nt"], { stdin: literal })).toMatch(/triples\s+1/);
    const strict = await runCli(["summary", "--data", "-", "--input-format", "nt", "--strict"], { stdin: literal });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('invalid xsd:integer literal "many"');
  });
});
