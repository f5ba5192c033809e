/** The package entry point, as a user imports it: `import { … } from "pactgraph"` (built dist/). */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/project.js";

const run = (code: string) => execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8" }).trim();

describe('import … from "pactgraph"', () => {
  it("exposes exactly the documented API: a change to it is a decision, made here", () => {
    const names = JSON.parse(run("const api = await import('pactgraph'); console.log(JSON.stringify(Object.keys(api).sort()))")) as string[];
    expect(names).toEqual(
      [
        "DslError", "ERROR_CODES", "ExitCode", "IoError", "isPactgraphError", "PactgraphError", "ParseError", "UsageError",
        "createGraph", "GraphBuilder", "generateContext", "generateOwl", "generateShapes",
        "bytesInput", "fileInput", "forEachRdfQuad", "formatOfPath", "loadRdfFile", "loadRdfFiles", "parseFormatName", "PREFIXES", "RDF_FORMATS", "serializeRdf", "writeTurtle",
        "findProject", "scaffoldFiles", "build", "builtGraphFiles", "watchBuild",
        "formatResults", "validateGraph", "exportGraph", "mergeGraphs", "formatSummary", "summarizeGraph",
        "findSavedQuery", "formatResult", "inlineQuery", "listSavedQueries", "loadLocalSource", "prepareQuery", "prepareSavedQuery", "QueryPool", "runQueryBounded", "runSavedQuery",
        "checkLinks", "linkEntities", "HttpClient", "endpointSource", "pushGraph", "createEndpointServer", "main",
      ].sort(),
    );
  });

  it("builds a graph and writes Turtle without loading the query engine", () => {
    const code = `
      import { createGraph, writeTurtle, PREFIXES } from "pactgraph";
      const g = createGraph();
      const src = g.source("note", { title: "A note", sourceKind: "NewsArticle", notGiven: ["Publisher", "PublicationDate", "SourceUrl"], text: "Alpha and Beta agreed." });
      g.add("State", "alpha", { label: "Alpha" });
      const pact = g.add("Alliance", "ab", { label: "Alpha–Beta alliance", status: "Concluded" });
      const voice = g.add("SourceAuthor", "note-author", { label: "Author", authorOf: src });
      g.claim("agreed", { supports: [pact], epistemicStatus: "Confirmed", attributedTo: [voice], source: src, quote: "Alpha and Beta agreed" });
      const ttl = writeTurtle(g.build(), { prefixes: PREFIXES });
      // Comunica is CommonJS, so anything of it that loaded sits in the CommonJS module cache.
      const { default: Module } = await import("node:module");
      const comunica = Object.keys(Module._cache).some((path) => path.includes("@comunica"));
      console.log(JSON.stringify({ ok: ttl.includes("agreement:ab a pact:Alliance"), comunica }));`;
    expect(JSON.parse(run(code))).toEqual({ ok: true, comunica: false });
  });
});
