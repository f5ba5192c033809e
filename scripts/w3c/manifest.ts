/**
 * Reading a W3C RDF test manifest (manifest.ttl) through pactgraph's own loader: the entries of
 * its mf:entries list, in order, each with its type, name, input, expected result and the base
 * IRI the input is parsed against (mf:assumedTestBase plus the input's path, i.e. its retrieval
 * IRI; without an assumed base, the file's own `file:` URL, as the loader defaults to).
 */
import { dirname, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Quad, Term } from "@rdfjs/types";
import { fileInput, loadRdfFile } from "../../src/rdf/index.js";

const MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFT = "http://www.w3.org/ns/rdftest#";

/** What a test expects of the loader. */
export type TestKind = "positive-syntax" | "negative-syntax" | "eval" | "negative-eval";

export interface ManifestTest {
  /** The entry's local name in its manifest (`turtle-syntax-bad-num-01`). */
  readonly id: string;
  readonly name: string;
  readonly kind: TestKind;
  /** rdft:TestTurtleEval, rdft:TestXMLNegativeSyntax… (local name). */
  readonly type: string;
  readonly action: string;
  readonly result?: string | undefined;
  /** The base IRI to parse the input against. */
  readonly base: string;
}

function kindOf(type: string): TestKind | undefined {
  if (type.endsWith("PositiveSyntax")) return "positive-syntax";
  if (type.endsWith("NegativeSyntax")) return "negative-syntax";
  if (type.endsWith("NegativeEval")) return "negative-eval";
  if (type.endsWith("Eval")) return "eval";
  return undefined;
}

/** Reads the tests listed in one manifest file. */
export async function readManifest(path: string): Promise<ManifestTest[]> {
  const folder = dirname(path);
  const manifestUrl = pathToFileURL(path).href;
  const quads = await loadRdfFile(fileInput(path, { base: manifestUrl }));
  const objects = (subject: Term, predicate: string): Term[] =>
    quads.filter((q) => q.subject.equals(subject) && q.predicate.value === predicate).map((q) => q.object);
  const one = (subject: Term, predicate: string): Term | undefined => objects(subject, predicate)[0];

  const manifest = quads.find((q) => q.predicate.value === `${RDF}type` && q.object.value === `${MF}Manifest`)?.subject;
  if (manifest === undefined) throw new Error(`${path}: no mf:Manifest`);
  const assumedBase = one(manifest, `${MF}assumedTestBase`)?.value;
  /** The local path of a file IRI in the manifest, and the IRI the suite says it is retrieved from. */
  const locate = (iri: string): { file: string; base: string } => {
    const file = fileURLToPath(iri);
    const base = assumedBase === undefined ? iri : new URL(relative(folder, file).split("\\").join("/"), assumedBase).href;
    return { file, base };
  };

  const tests: ManifestTest[] = [];
  for (const entry of listItems(quads, one(manifest, `${MF}entries`))) {
    const types = objects(entry, `${RDF}type`).map((t) => t.value).filter((t) => t.startsWith(RDFT));
    const type = types[0]?.slice(RDFT.length) ?? "(untyped)";
    const kind = kindOf(type);
    const action = one(entry, `${MF}action`)?.value;
    if (kind === undefined || action === undefined) throw new Error(`${path}: entry ${entry.value} has no known test type or no mf:action`);
    const { file, base } = locate(action);
    const result = one(entry, `${MF}result`)?.value;
    tests.push({
      id: entry.value.slice(entry.value.lastIndexOf("#") + 1),
      name: one(entry, `${MF}name`)?.value ?? entry.value,
      kind,
      type,
      action: file,
      result: result === undefined ? undefined : locate(result).file,
      base,
    });
  }
  return tests;
}

/** The items of an RDF list, head to rdf:nil. */
function listItems(quads: readonly Quad[], head: Term | undefined): Term[] {
  const items: Term[] = [];
  for (let node = head; node !== undefined && node.value !== `${RDF}nil`; ) {
    const cell = node;
    const first = quads.find((q) => q.subject.equals(cell) && q.predicate.value === `${RDF}first`)?.object;
    if (first !== undefined) items.push(first);
    node = quads.find((q) => q.subject.equals(cell) && q.predicate.value === `${RDF}rest`)?.object;
  }
  return items;
}
