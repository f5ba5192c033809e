import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isomorphic } from "rdf-isomorphic";
import { afterAll, describe, expect, it } from "vitest";
import { loadRdfFile, loadRdfFiles } from "../../src/rdf/load.js";
import { builtGraphFiles } from "../../src/build/index.js";
import { mergeGraphs } from "../../src/export/index.js";
import { ROOT, runCli } from "../helpers/project.js";

const dir = mkdtempSync(join(tmpdir(), "pactgraph-cli-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The corpus keeps each source's claims in its named graph; one-graph formats merge them.
const built = await loadRdfFiles(await builtGraphFiles(join(ROOT, "data")));
const merged = mergeGraphs(built);
const expected = (path: string) => (/\.(nq|trig|jsonld)$/.test(path) ? built : merged);

describe("pactgraph export", () => {
  it("writes the built graph as Turtle to stdout by default, exit 0, nothing on stderr", async () => {
    const { status, stdout, stderr } = await runCli(["export"]);
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.startsWith("@prefix ")).toBe(true);
    const path = join(dir, "stdout.ttl");
    spawnSync("sh", ["-c", `cat > ${path}`], { input: stdout });
    expect(isomorphic(await loadRdfFile(path), merged)).toBe(true);
  });

  it.each([
    ["graph.jsonld", '"@context"'],
    ["graph.nt", "<https://w3id.org/pactgraph/id/"],
    ["graph.nq", "<https://w3id.org/pactgraph/id/"],
    ["graph.trig", "@prefix pact: <https://w3id.org/pactgraph/ontology#>."],
    ["graph.rdf", "<rdf:RDF"],
    ["graph.owl", "<rdf:RDF"],
  ])("infers the format of -o %s from its extension", async (name, marker) => {
    const path = join(dir, name);
    const { status, stdout } = await runCli(["export", "-o", path]);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`^wrote ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ triples as `));
    expect(readFileSync(path, "utf8")).toContain(marker);
    expect(isomorphic(await loadRdfFile(path), expected(path))).toBe(true);
  });

  it("--format wins over the extension", async () => {
    const path = join(dir, "graph.txt");
    expect((await runCli(["export", "--format", "nt", "-o", path])).status).toBe(0);
    expect(readFileSync(path, "utf8").split("\n")[0]).toMatch(/^<https:\/\/w3id\.org\/pactgraph\/id\/\S+> <\S+> .+ \.$/);
  });

  it("gives the same bytes every time, in a new process", async () => {
    for (const format of ["ttl", "jsonld", "rdfxml"]) {
      expect((await runCli(["export", "--format", format])).stdout, format).toBe((await runCli(["export", "--format", format])).stdout);
    }
  });

  it("--ontology adds classes and shapes, in a file Protégé and rapper read", async () => {
    const path = join(dir, "pactgraph.owl");
    expect((await runCli(["export", "--ontology", "-o", path])).status).toBe(0);
    const quads = await loadRdfFile(path);
    const types = new Set(quads.filter((q) => q.predicate.value.endsWith("#type")).map((q) => q.object.value));
    expect(types).toContain("http://www.w3.org/2002/07/owl#Class");
    expect(types).toContain("http://www.w3.org/2002/07/owl#Ontology");
    expect(types).toContain("http://www.w3.org/ns/shacl#NodeShape");
    expect(types).toContain("https://w3id.org/pactgraph/ontology#MutualDefencePact");
    const rapper = spawnSync("rapper", ["-c", "-i", "rdfxml", path], { encoding: "utf8" });
    expect(rapper.stderr).toContain(`returned ${quads.length} triples`);
  });

  it("reads --data in any format and converts it", async () => {
    const jsonld = join(dir, "in.jsonld");
    expect((await runCli(["export", "-o", jsonld])).status).toBe(0);
    const { status, stdout } = await runCli(["export", "--data", jsonld, "--format", "nq"]);
    expect(status).toBe(0);
    expect(stdout).toBe((await runCli(["export", "--format", "nq"])).stdout);
  });

  it("has help with examples", async () => {
    const { status, stdout } = await runCli(["export", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("--ontology");
  });
});
