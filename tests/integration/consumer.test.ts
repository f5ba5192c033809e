/**
 * The installed package is the product: pack the repository, install the tarball with
 * `--omit=dev` into a fresh folder, and do there exactly what README's "Using pactgraph in your own
 * project" says — `npm install pactgraph`, `npx pactgraph init`, build, query — then every other
 * command a user meets: validate, queries, a plain .rq, export in every format, serve answered by
 * a request, `query --endpoint` against that serve (the Comunica path), and a TypeScript file that
 * imports the public API and type-checks with skipLibCheck false. The tarball is built from the
 * compiled tree (`npm test`/`test:integration` compile first).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import { startFixtureEndpoint, STATEMENTS_TTL } from "../link/helpers/endpoint.js";

const work = mkdtempSync(join(tmpdir(), "pactgraph-consumer-"));
const project = join(work, "my-corpus");
let tarball = "";
let server: ChildProcess | undefined;

afterAll(() => {
  server?.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

/** Runs a command in the consumer project; returns stdout, throws with stderr on failure. */
function run(command: string, args: readonly string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): string {
  try {
    return execFileSync(command, [...args], {
      cwd: options.cwd ?? project,
      encoding: "utf8",
      input: options.input,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false", npm_config_update_notifier: "false", ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${failed.stdout ?? ""}\n${failed.stderr ?? ""}`, { cause: error });
  }
}

const pactgraph = (...args: string[]) => run("npx", ["--no-install", "pactgraph", ...args]);

/** The installed CLI in a child process, awaited without blocking this process's event loop. */
function runAsync(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no-install", "pactgraph", ...args], { cwd: project });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`pactgraph ${args.join(" ")}: exit ${code}: ${err}${out}`))));
  });
}

beforeAll(() => {
  const packed = JSON.parse(run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], { cwd: ROOT })) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  mkdirSync(project);
}, 120_000);

describe("the packed package, installed with --omit=dev in a fresh project", () => {
  it("ships no sources, no source maps, no dev files; has the licence and the vendored engine", () => {
    const files = run("tar", ["-tzf", tarball]).split("\n").filter(Boolean);
    expect(files).toContain("package/LICENSE");
    expect(files).toContain("package/dist/vendor/comunica.js");
    expect(files).toContain("package/dist/vendor/THIRD-PARTY-LICENSES.txt");
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files.filter((f) => /^package\/(src|tests|bench|data|scripts)\//.test(f))).toEqual([]);
  });

  it("installs as README says (npm install pactgraph), without dev dependencies or overrides", () => {
    run("npm", ["install", "--omit=dev", "--no-package-lock", tarball]);
    const manifest = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as { dependencies: Record<string, string>; overrides?: unknown };
    expect(Object.keys(manifest.dependencies)).toEqual(["pactgraph"]);
    expect(manifest.overrides).toBeUndefined();
    const installed = run("npm", ["ls", "--all", "--parseable"]).split("\n").filter(Boolean);
    // Comunica reaches users only as the vendored bundle (shacl-engine brings its own HTTP-less engine).
    expect(installed.some((path) => /node_modules\/@comunica\/query-sparql$/.test(path))).toBe(false);
    expect(installed.some((path) => path.endsWith("node_modules/oxigraph"))).toBe(true);
  }, 180_000);

  it("answers --version and --help, naming the default engine", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(pactgraph("--version").trim()).toBe(manifest.version);
    expect(pactgraph("--help")).toContain("Local data is queried with Oxigraph (the default engine)");
    expect(pactgraph("query", "--help")).toContain("Engines: local data");
  });

  it("scaffolds a project with init, keeping the package.json npm wrote", () => {
    const before = readFileSync(join(project, "package.json"), "utf8");
    const out = pactgraph("init");
    expect(out).toContain("kept     package.json");
    expect(out).toContain("created  data/example.ts");
    expect(readFileSync(join(project, "package.json"), "utf8")).toBe(before);
    expect(() => pactgraph("init")).toThrow(/already has .*data\/example\.ts/s);
  });

  it("builds the example module in a CommonJS project, writing only the project's files", () => {
    const out = pactgraph("build");
    expect(out).toMatch(/written\s+data\/example\.ttl \(\d+ triples\)/);
    expect(out).not.toContain("ontology/");
    expect(run("ls", ["-a"]).split("\n")).not.toContain("ontology");
  }, 60_000);

  it("builds the same module in an ES module project", () => {
    const esm = join(work, "esm-corpus");
    mkdirSync(esm);
    run("npx", ["--no-install", "pactgraph", "init", esm]);
    writeFileSync(join(esm, "package.json"), JSON.stringify({ name: "esm-corpus", type: "module", dependencies: { pactgraph: `file:${tarball}` } }));
    run("npm", ["install", "--omit=dev", "--no-package-lock"], { cwd: esm });
    expect(run("npx", ["--no-install", "pactgraph", "build"], { cwd: esm })).toMatch(/written\s+data\/example\.ttl/);
  }, 180_000);

  it("validates the built graph against the installed shapes and the source text", () => {
    expect(pactgraph("validate").trim()).toMatch(/^conforms: no violations in \d+ triples from 1 input\(s\)$/);
  });

  it("lists the package's queries and the project's, and runs both", () => {
    const list = pactgraph("queries");
    expect(list).toMatch(/^defence-obligations\s/m);
    expect(list).toMatch(/^project-memberships\s.*\(project's\)$/m);
    const rows = JSON.parse(pactgraph("query", "project-memberships", "-f", "json")) as Record<string, string>[];
    expect(rows.map((r) => r.party).sort()).toEqual(["Freedonia", "Graustark", "Ruritania"]);
    const defence = JSON.parse(pactgraph("query", "defence-obligations", "-f", "json")) as Record<string, string>[];
    expect(defence).toHaveLength(2);
  });

  it("runs a plain .rq file with no header, and a query from standard input", () => {
    writeFileSync(join(project, "count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n");
    const [count] = JSON.parse(pactgraph("query", "count.rq", "-f", "json")) as { n: number }[];
    expect(count!.n).toBeGreaterThan(50);
    const ask = run("npx", ["--no-install", "pactgraph", "query", "-q", "-", "-f", "srj"], { input: "ASK { ?s a <https://w3id.org/pactgraph/ontology#Claim> }" });
    expect(JSON.parse(ask)).toEqual({ head: {}, boolean: true });
  });

  it.each(["ttl", "nt", "nq", "trig", "jsonld", "rdf"])("exports the graph as %s", (format) => {
    const path = join(project, `graph.${format}`);
    expect(pactgraph("export", "-f", format, "-o", path)).toMatch(/^wrote .* \d+ triples as /);
    expect(pactgraph("summary", "--data", path)).toMatch(/triples\s+\d+/);
  });

  it("draws the network diagram and writes the static site, offline", () => {
    pactgraph("diagram", "-o", "network.svg");
    const svg = readFileSync(join(project, "network.svg"), "utf8");
    expect(svg).toMatch(/^<\?xml|^<svg/);
    expect(svg).toContain("</svg>");
    expect(pactgraph("diagram", "-f", "mermaid")).toMatch(/^(graph|flowchart) /m);
    pactgraph("site", "-o", "site");
    const index = readFileSync(join(project, "site", "index.html"), "utf8");
    expect(index).toContain("<html");
    expect(index).not.toMatch(/(src|href)="https?:\/\/(?!www\.wikidata\.org)/);
  });

  it("serves the graph, and queries that endpoint through Comunica (query --endpoint)", async () => {
    // The installed bin run by node itself (not through npx, whose child would outlive a kill).
    server = spawn(process.execPath, [join(project, "node_modules", "pactgraph", "bin", "pactgraph.js"), "serve", "--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
    const endpoint = await new Promise<string>((resolve, reject) => {
      let seen = "";
      server!.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
        seen += chunk;
        const url = /(http:\/\/127\.0\.0\.1:\d+\/sparql)/.exec(seen)?.[1];
        if (url) resolve(url);
      });
      server!.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const response = await fetch(`${endpoint}?query=${encodeURIComponent("SELECT ?s WHERE { ?s a <https://w3id.org/pactgraph/ontology#State> }")}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: { bindings: unknown[] } }).results.bindings).toHaveLength(3);
    const remote = await new Promise<string>((resolve, reject) => {
      const child = spawn("npx", ["--no-install", "pactgraph", "query", "defence-obligations", "-f", "json", "--endpoint", endpoint], { cwd: project });
      let out = "";
      let err = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
      child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
      child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
    });
    expect(JSON.parse(remote)).toEqual(JSON.parse(pactgraph("query", "defence-obligations", "-f", "json")));
    // The site at / and YASGUI at /query, from the installed package's own files.
    const base = endpoint.replace(/\/sparql$/, "");
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("<html");
    const queryPage = await fetch(`${base}/query`);
    expect(queryPage.status).toBe(200);
    const page = await queryPage.text();
    const scripts = [...page.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect((await fetch(new URL(script, `${base}/query`))).status, script).toBe(200);
    server.kill("SIGTERM");
  }, 120_000);

  it("enriches the linked items and runs a federated query against a Wikidata-shaped endpoint, by SERVICE and over the saved facts", async () => {
    // The scaffolded states are fictional; so is the fixture item they are linked to (FIXTURE DATA).
    mkdirSync(join(project, "data", "links"), { recursive: true });
    writeFileSync(
      join(project, "data", "links", "wikidata.ttl"),
      "<https://w3id.org/pactgraph/id/party/ruritania> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q9000000311> .\n",
    );
    const fixture = await startFixtureEndpoint([STATEMENTS_TTL]);
    try {
      // Asynchronously: the fixture's proxy runs in this process and must keep answering.
      const enrich = await runAsync(["enrich", "--endpoint", fixture.url, "--interval", "0"]);
      expect(enrich).toContain("items 1: 1 added");
      expect(readFileSync(join(project, "data", "links", "wikidata-facts.trig"), "utf8")).toContain("schema:version 211");
      const federated = await runAsync(["query", "wikidata-uncovered-memberships", "--wikidata-endpoint", fixture.url, "-f", "json"]);
      const rows = JSON.parse(federated) as Record<string, string>[];
      expect(rows.map((r) => [r.party, r.organisation_label, r.start])).toEqual([["https://w3id.org/pactgraph/id/party/ruritania", "Fixture Defence Organisation", "2001-05-14T00:00:00Z"]]);
      const requests = fixture.requests();
      expect(JSON.parse(await runAsync(["query", "wikidata-uncovered-memberships", "--wikidata-local", "-f", "json"]))).toEqual(rows);
      expect(fixture.requests()).toBe(requests);
    } finally {
      await fixture.close();
    }
  }, 180_000);

  it("type-checks a TypeScript file that imports the public API, with skipLibCheck false", () => {
    run("npm", ["install", "--no-save", "--no-package-lock", "typescript@^5.9", "@types/node@^20"]);
    writeFileSync(
      join(project, "data", "api-check.ts"),
      [
        'import { createGraph, loadRdfFiles, PactgraphError, serializeRdf, type Ref } from "pactgraph";',
        "const graph = createGraph();",
        'const turkey: Ref<"State"> = graph.add("State", "turkey", { label: "Turkey", cowCode: 640 });',
        "export async function roundTrip(): Promise<string> {",
        '  const quads = await loadRdfFiles(["data/example.ttl"]);',
        '  return serializeRdf(quads, "ntriples");',
        "}",
        "export const isError = (e: unknown): boolean => e instanceof PactgraphError;",
        "export { graph, turkey };",
        "",
      ].join("\n"),
    );
    run("npx", ["--no-install", "tsc", "-p", "tsconfig.json", "--noEmit"]);
    rmSync(join(project, "data", "api-check.ts"));
  }, 180_000);
});
