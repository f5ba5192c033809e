/**
 * SHACL validation. Shapes within the part of SHACL Core that core-shapes.ts reads (all of
 * pactgraph's own) are checked by core-validator.ts; any other shapes by shacl-engine, chosen over
 * rdf-validate-shacl by measurement (about twice as fast on the seed, the same violations on every
 * fixture of tests/fixtures/shapes). Either way the report is read back from the standard
 * sh:ValidationReport RDF, so nothing depends on an engine's own objects, and every engine's report
 * (Jena's too, in the integration suite) reads the same way.
 */
import type { DatasetCore, NamedNode, Quad, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { UsageError } from "../errors.js";
import { loadVendored } from "../project/vendored.js";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { IndexedDataset } from "./indexed-dataset.js";
import { coreShapesOf } from "./core-shapes.js";
import { validateCore } from "./core-validator.js";
import { TripleIndex } from "./triple-index.js";
import { compileOrOfClasses, type EngineCompile, type OrOfClassesEngine } from "./or-of-classes.js";
import { sortResults, type ValidationResult } from "./results.js";

const SH = VOCABULARIES.sh;
const RDF = VOCABULARIES.rdf;

/** One violation (or warning) in a SHACL report. */
export type ShaclResult = ValidationResult;

export interface ShaclReport {
  readonly conforms: boolean;
  readonly results: readonly ShaclResult[];
  /** The sh:ValidationReport quads, for `--report ttl`. */
  readonly quads: readonly Quad[];
}

/** The part of the vendored shacl-engine (dist/vendor/shacl.js) pactgraph uses. */
interface ShaclBundle {
  readonly rdf: { namedNode(iri: string): NamedNode };
  readonly Validator: new (shapes: DatasetCore, options: { factory: unknown; validations: ReadonlyMap<Term, EngineCompile> }) => { validate(data: { dataset: DatasetCore }): Promise<{ dataset: DatasetCore }> };
  readonly compileOr: EngineCompile;
  readonly resolveClasses: OrOfClassesEngine["resolveClasses"];
}

type CompiledShapes = InstanceType<ShaclBundle["Validator"]>;

/**
 * Compiled shapes by the array that holds them: a caller validating many graphs against one
 * loaded shapes array (validate over a corpus, the shape fixtures) compiles them once. The array
 * is readonly; a new array is compiled anew.
 */
const COMPILED = new WeakMap<readonly Quad[], CompiledShapes>();

/** Which engine checks the shapes: `auto` is the core when it can read them, else shacl-engine. */
export type ShaclEngine = "auto" | "core" | "shacl-engine";

export interface ValidateShaclOptions {
  readonly engine?: ShaclEngine;
  /** `data` already indexed (validateGraph shares its index with its own checks); the core uses it. */
  readonly index?: TripleIndex;
}

/**
 * Validates `data` against `shapes`, read or compiled once per shapes array. SPARQL-based
 * constraints are not run by either engine, so shapes that have them are refused rather than
 * half-checked.
 */
export async function validateShacl(data: readonly Quad[], shapes: readonly Quad[], options: ValidateShaclOptions = {}): Promise<ShaclReport> {
  const sparql = shapes.find((q) => q.predicate.value === `${SH}sparql` || q.object.value === `${SH}SPARQLConstraint`);
  if (sparql) {
    throw new UsageError(`the shapes use SPARQL-based constraints (sh:sparql on ${sparql.subject.value}), which pactgraph's SHACL engine does not run; remove them or validate with a SHACL-SPARQL engine`);
  }
  const engine = options.engine ?? "auto";
  if (engine !== "shacl-engine") {
    const core = coreShapesOf(shapes);
    if ("shapes" in core) return readShaclReport(new IndexedDataset(validateCore(core.shapes, options.index ?? new TripleIndex(data))));
    if (engine === "core") throw new UsageError(`pactgraph's SHACL core cannot check these shapes: they use ${core.unsupported}`);
  }
  const { rdf, Validator, compileOr, resolveClasses } = (await loadVendored("shacl")) as ShaclBundle;
  let validator = COMPILED.get(shapes);
  if (!validator) {
    // The engine's RDF environment, but with datasets it can match fast (indexed-dataset.ts).
    const factory: unknown = Object.create(rdf, { dataset: { value: (quads?: Iterable<Quad>) => new IndexedDataset(quads) } });
    // The engine's own terms: its registry of constraints is keyed by them.
    const engineIri = (iri: string) => rdf.namedNode(iri);
    const validations = new Map([[engineIri(`${SH}or`), compileOrOfClasses({ compileOr, resolveClasses, namedNode: engineIri })]]);
    COMPILED.set(shapes, (validator = new Validator(new IndexedDataset(shapes), { factory, validations })));
  }
  const report = await validator.validate({ dataset: new IndexedDataset(data) });
  return readShaclReport(report.dataset);
}

const namedNode = (value: string): NamedNode => DataFactory.namedNode(value);

/** Reads any engine's sh:ValidationReport dataset into results. */
export function readShaclReport(dataset: DatasetCore): ShaclReport {
  const one = (subject: Term, predicate: string): Term | undefined => {
    for (const q of dataset.match(subject, namedNode(SH + predicate))) return q.object;
    return undefined;
  };
  let conforms = true;
  for (const q of dataset.match(null, namedNode(`${SH}conforms`))) conforms = q.object.value === "true";
  const results: ShaclResult[] = [];
  for (const { object: result } of dataset.match(null, namedNode(`${SH}result`))) {
    const severity = one(result, "resultSeverity")?.value.slice(SH.length);
    const focus = one(result, "focusNode");
    const value = one(result, "value");
    results.push({
      focusNode: focus?.value ?? "",
      focusIsBlank: focus?.termType === "BlankNode",
      path: describePath(dataset, one(result, "resultPath")),
      value: value?.value,
      valueType: value?.termType === "NamedNode" || value?.termType === "BlankNode" || value?.termType === "Literal" ? value.termType : undefined,
      message: one(result, "resultMessage")?.value ?? defaultMessage(one(result, "sourceConstraintComponent")),
      severity: severity === "Warning" || severity === "Info" ? severity : "Violation",
      sourceShape: one(result, "sourceShape")?.value,
      constraint: one(result, "sourceConstraintComponent")?.value,
    });
  }
  return { conforms, results: sortResults(results), quads: [...dataset] };
}

/**
 * A result path as text: an IRI as is, anything else in SPARQL property-path syntax with IRIs in
 * angle brackets (`^<…supports>` for an inverse path).
 */
function describePath(dataset: DatasetCore, path: Term | undefined, depth = 0): string | undefined {
  if (!path) return undefined;
  if (path.termType === "NamedNode") return depth === 0 ? path.value : `<${path.value}>`;
  const object = (predicate: string): Term | undefined => {
    for (const q of dataset.match(path, namedNode(predicate))) return q.object;
    return undefined;
  };
  if (depth > 8) return "…";
  const inverse = object(`${SH}inversePath`);
  if (inverse) return `^${describePath(dataset, inverse, depth + 1) ?? "?"}`;
  for (const [key, suffix] of [["zeroOrMorePath", "*"], ["oneOrMorePath", "+"], ["zeroOrOnePath", "?"]] as const) {
    const inner = object(SH + key);
    if (inner) return `(${describePath(dataset, inner, depth + 1) ?? "?"})${suffix}`;
  }
  const alternatives = object(`${SH}alternativePath`);
  if (alternatives) return `(${listItems(dataset, alternatives).map((t) => describePath(dataset, t, depth + 1)).join("|")})`;
  const sequence = listItems(dataset, path);
  if (sequence.length > 0) return sequence.map((t) => describePath(dataset, t, depth + 1)).join("/");
  return "(path)";
}

function listItems(dataset: DatasetCore, head: Term): Term[] {
  const items: Term[] = [];
  for (let node: Term | undefined = head; node && node.value !== `${RDF}nil` && items.length < 100; ) {
    let next: Term | undefined;
    for (const q of dataset.match(node, namedNode(`${RDF}first`))) items.push(q.object);
    for (const q of dataset.match(node, namedNode(`${RDF}rest`))) next = q.object;
    if (!next) break;
    node = next;
  }
  return items;
}

/** Engines leave sh:resultMessage out for some constraints (sh:or, sh:class); say which one failed. */
function defaultMessage(constraint: Term | undefined): string {
  const name = constraint?.value.startsWith(SH) ? constraint.value.slice(SH.length).replace(/ConstraintComponent$/, "") : undefined;
  switch (name) {
    case "Or":
      return "the value matches none of the allowed alternatives (sh:or)";
    case "Class":
      return "the value is not an instance of the required class";
    case undefined:
      return "constraint violated";
    default:
      return `sh:${name[0]?.toLowerCase() ?? ""}${name.slice(1)} constraint violated`;
  }
}
