/**
 * W3C RDF 1.1 syntax conformance of pactgraph's loader and writers:
 *   npm run test:w3c -- [suites dir] [--oxigraph]    (default ../shared/w3c-rdf-tests)
 *
 * Every test of every manifest (N-Triples, N-Quads, Turtle, TriG, RDF/XML) goes through the same
 * `loadRdfFiles` / `RdfInput` path the CLI uses, with the manifest's base: positive syntax tests
 * must load, negative syntax and negative evaluation tests must be refused (with a pactgraph
 * parse error, not a crash), evaluation tests must give a graph isomorphic to mf:result. Then
 * every graph that loads goes out through each of the six writers and back in (see round-trip.ts);
 * combinations a format cannot hold are reported as "n/a", never as passes. Prints a table per
 * suite and the total, every failure with its test and reason, and exits 1 unless all pass.
 *
 * With --oxigraph, each input is loaded the way `query` loads it (`loadLocalSource`: parsed once,
 * natively by Oxigraph where it can, the loader reporting what it refuses) and read back with a
 * query, so the same verdicts hold for that path too.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Quad } from "@rdfjs/types";
import { isomorphic } from "rdf-isomorphic";
import { isPactgraphError } from "../src/errors.js";
import { DataFactory } from "n3";
import { loadLocalSource, prepareQuery } from "../src/query/index.js";
import { runQuery } from "../src/query/engine.js";
import { fileInput, loadRdfFiles, type RdfInput } from "../src/rdf/index.js";
import { readManifest, type ManifestTest } from "./w3c/manifest.js";
import { distinct, messageOf, roundTrip, WRITER_FORMATS } from "./w3c/round-trip.js";

const SUITES = ["rdf-n-triples", "rdf-n-quads", "rdf-turtle", "rdf-trig", "rdf-xml"] as const;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Tally {
  pass: number;
  fail: number;
  notApplicable: number;
}

const failures: string[] = [];
const notApplicableReasons = new Map<string, number>();

function suitesRoot(argument: string | undefined): string {
  const given = resolve(argument ?? join(ROOT, "..", "shared", "w3c-rdf-tests"));
  const root = existsSync(join(given, "rdf11")) ? join(given, "rdf11") : given;
  const missing = SUITES.filter((suite) => !existsSync(join(root, suite, "manifest.ttl")));
  if (missing.length > 0) throw new Error(`${given}: no ${missing.join(", ")} manifest (expected <dir>/rdf11/<suite>/manifest.ttl)`);
  return root;
}

const THROUGH_OXIGRAPH = process.argv.includes("--oxigraph");
const EVERY_QUAD = prepareQuery("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }", { file: "every-quad.rq" });

async function load(file: string, base: string | undefined): Promise<Quad[]> {
  const input: RdfInput = fileInput(file, base === undefined ? {} : { base });
  if (!THROUGH_OXIGRAPH) return loadRdfFiles([input], { onWarning: () => undefined });
  const { source } = await loadLocalSource([input], { load: { onWarning: () => undefined } });
  const result = await runQuery(EVERY_QUAD, source);
  if (result.kind !== "bindings") throw new Error("expected bindings");
  return result.rows.map((row) => DataFactory.quad(row.get("s") as Quad["subject"], row.get("p") as Quad["predicate"], row.get("o") as Quad["object"], (row.get("g") ?? DataFactory.defaultGraph()) as Quad["graph"]));
}

/** Runs one test; returns the graph when the input loaded (for the writer round trips). */
async function runTest(test: ManifestTest, suite: string, tally: Tally): Promise<Quad[] | undefined> {
  const fail = (reason: string) => {
    tally.fail += 1;
    failures.push(`${suite} ${test.id} (${test.type}): ${reason}`);
  };
  let quads: Quad[] | undefined;
  let refusal: unknown;
  try {
    quads = await load(test.action, test.base);
  } catch (error) {
    refusal = error;
  }
  if (test.kind === "negative-syntax" || test.kind === "negative-eval") {
    if (quads !== undefined) fail(`loaded ${quads.length} quad(s), but the input is not valid and must be refused`);
    else if (!isPactgraphError(refusal) || refusal.code !== "E_PARSE") fail(`refused, but with an unexpected error: ${messageOf(refusal)}`);
    else tally.pass += 1;
    return undefined;
  }
  if (quads === undefined) {
    fail(`refused a valid input: ${messageOf(refusal)}`);
    return undefined;
  }
  if (test.kind === "eval") {
    if (test.result === undefined) {
      fail("an evaluation test without mf:result");
      return quads;
    }
    const expected = await load(test.result, test.base);
    if (!isomorphic(distinct(quads), distinct(expected))) {
      fail(`the graph (${distinct(quads).length} quads) is not isomorphic to ${test.result} (${distinct(expected).length} quads)`);
      return quads;
    }
  }
  tally.pass += 1;
  return quads;
}

function row(cells: readonly (string | number)[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i] ?? 0) : String(cell).padStart(widths[i] ?? 0))).join("  ");
}

async function main(): Promise<number> {
  const root = suitesRoot(process.argv.slice(2).find((argument) => !argument.startsWith("--")));
  const loading = new Map<string, Tally>();
  const writing = new Map<string, Tally>();
  const total = (): Tally => ({ pass: 0, fail: 0, notApplicable: 0 });
  for (const suite of SUITES) {
    const tests = await readManifest(join(root, suite, "manifest.ttl"));
    const tally = total();
    loading.set(suite, tally);
    for (const format of WRITER_FORMATS) writing.set(`${suite} ${format}`, total());
    for (const test of tests) {
      const quads = await runTest(test, suite, tally);
      if (quads === undefined) continue;
      for (const format of WRITER_FORMATS) {
        const counts = writing.get(`${suite} ${format}`) ?? total();
        const result = await roundTrip(quads, format, test.id);
        if (result.outcome === "pass") counts.pass += 1;
        else if (result.outcome === "n/a") {
          counts.notApplicable += 1;
          const reason = `${format}: ${result.reason}`;
          notApplicableReasons.set(reason, (notApplicableReasons.get(reason) ?? 0) + 1);
        } else {
          counts.fail += 1;
          failures.push(`${suite} ${test.id} → ${format}: ${result.reason}`);
        }
      }
    }
  }

  const widths = [16, 6, 6, 6];
  console.log("Loading (syntax and evaluation tests)");
  console.log(row(["suite", "pass", "fail", "total"], widths));
  const sum = total();
  for (const [suite, t] of loading) {
    console.log(row([suite, t.pass, t.fail, t.pass + t.fail], widths));
    sum.pass += t.pass;
    sum.fail += t.fail;
  }
  console.log(row(["total", sum.pass, sum.fail, sum.pass + sum.fail], widths));

  const writeWidths = [16, ...WRITER_FORMATS.map((f) => Math.max(f.length, 13))];
  console.log("\nWriting (each loaded graph through every writer and back: pass/fail/n-a)");
  console.log(row(["suite", ...WRITER_FORMATS], writeWidths));
  const formatSums = new Map(WRITER_FORMATS.map((f) => [f, total()]));
  for (const suite of SUITES) {
    const cells = WRITER_FORMATS.map((format) => {
      const t = writing.get(`${suite} ${format}`) ?? total();
      const s = formatSums.get(format) ?? total();
      s.pass += t.pass;
      s.fail += t.fail;
      s.notApplicable += t.notApplicable;
      return `${t.pass}/${t.fail}/${t.notApplicable}`;
    });
    console.log(row([suite, ...cells], writeWidths));
  }
  console.log(row(["total", ...WRITER_FORMATS.map((f) => { const s = formatSums.get(f) ?? total(); return `${s.pass}/${s.fail}/${s.notApplicable}`; })], writeWidths));
  if (notApplicableReasons.size > 0) {
    console.log("\nNot applicable (the format cannot hold the graph):");
    for (const [reason, count] of [...notApplicableReasons].sort()) console.log(`  ${count}× ${reason}`);
  }
  const writeFailures = [...formatSums.values()].reduce((n, t) => n + t.fail, 0);
  if (failures.length > 0) {
    console.log(`\n${failures.length} failure(s):`);
    for (const failure of failures) console.log(`  ${failure}`);
  }
  console.log(`\n${sum.pass}/${sum.pass + sum.fail} syntax and evaluation tests pass; ${writeFailures} writer round trip(s) fail`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`w3c-conformance: ${messageOf(error)}`);
    process.exitCode = 2;
  },
);
