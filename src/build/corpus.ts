/**
 * One corpus from many DSL modules, checked as a whole: a node may be declared in one module and
 * supported by claims in another, so the checks run over every module's quads together. An IRI
 * declared twice must be declared identically (the error names both modules and the fields that
 * differ); claim slugs are unique corpus-wide; every reference resolves to a declaration
 * somewhere; every sourced node has a claim somewhere. Then each node gets its effective status,
 * and each source's claims move into the source's own named graph.
 */
import type { Quad } from "@rdfjs/types";
import { DataFactory } from "n3";
import type { DslIssue } from "../errors.js";
import { effectiveStatusQuads } from "../dsl/index.js";
import { ID_BASE } from "../rdf/prefixes.js";
import { namedNode, RDF_TYPE, termKey } from "../rdf/terms.js";
import { classIri, classNames, isSubclassOf, propertyIri, propertyNames } from "../schema/index.js";

/** One module's contribution: where it is (as messages name it) and what its graph built. */
export interface ModuleQuads {
  readonly name: string;
  readonly quads: readonly Quad[];
}

export interface Corpus {
  /** Each module's quads plus the effective status of the nodes it declares, in module order. */
  readonly modules: readonly Quad[][];
  /** The whole corpus: structure in the default graph, each source's claims in its named graph. */
  readonly dataset: readonly Quad[];
  readonly issues: readonly DslIssue[];
}

const CLAIM = classIri("Claim");
const SUPPORTS = propertyIri("supports");
const SOURCE = propertyIri("source");
const SOURCED = new Set(classNames.filter((c) => isSubclassOf(c, "SourcedEntity")).map(classIri));
const FIELD_OF = new Map(propertyNames.map((name) => [propertyIri(name), name] as const));

/** Checks and merges the modules' quads into one corpus. */
export function buildCorpus(modules: readonly ModuleQuads[]): Corpus {
  const issues: DslIssue[] = [];
  const declared = new Map<string, { module: string; types: string[]; fields: Map<string, string[]> }[]>();
  for (const module of modules) {
    for (const [subject, declaration] of declarations(module.quads)) {
      declared.set(subject, [...(declared.get(subject) ?? []), { module: module.name, ...declaration }]);
    }
  }
  for (const [subject, copies] of declared) issues.push(...compareCopies(subject, copies));

  const all = dedupe(modules.flatMap((m) => m.quads));
  const typed = new Set([...declared.keys()]);
  const supported = new Set(all.filter((q) => q.predicate.value === SUPPORTS).map((q) => q.object.value));
  for (const module of modules) {
    for (const q of module.quads) {
      if (q.object.termType === "NamedNode" && q.object.value.startsWith(ID_BASE) && !typed.has(q.object.value)) {
        issues.push({ entity: `${module.name}: <${q.subject.value}>`, field: fieldName(q.predicate.value), message: `refers to <${q.object.value}>, which no module of the corpus declares` });
      }
    }
  }
  for (const [subject, copies] of declared) {
    if (copies.some((c) => c.types.some((t) => SOURCED.has(t))) && !supported.has(subject)) {
      issues.push({ entity: `${copies[0]!.module}: <${subject}>`, message: "no claim in the corpus supports it; add graph.claim(…, { supports: [it], quote: … }) with its source passage" });
    }
  }

  const derived = effectiveStatusQuads(all);
  const derivedBySubject = groupBySubject(derived);
  const perModule = modules.map((module) => {
    const own = new Set(declarations(module.quads).keys());
    return [...module.quads, ...[...own].flatMap((s) => derivedBySubject.get(s) ?? [])];
  });
  return { modules: perModule, dataset: intoSourceGraphs([...all, ...derived]), issues };
}

/** The declarations of a module: typed subjects in pactgraph's ID namespace, their classes and fields. */
function declarations(quads: readonly Quad[]): Map<string, { types: string[]; fields: Map<string, string[]> }> {
  const found = new Map<string, { types: string[]; fields: Map<string, string[]> }>();
  for (const q of quads) {
    if (q.subject.termType !== "NamedNode" || !q.subject.value.startsWith(ID_BASE)) continue;
    let entry = found.get(q.subject.value);
    if (!entry) found.set(q.subject.value, (entry = { types: [], fields: new Map() }));
    if (q.predicate.equals(RDF_TYPE)) entry.types.push(q.object.value);
    // Blank-node values (quote selectors) differ by label only; their shape is checked with the quote.
    else entry.fields.set(q.predicate.value, [...(entry.fields.get(q.predicate.value) ?? []), q.object.termType === "BlankNode" ? "_:" : termKey(q.object)]);
  }
  for (const entry of found.values()) if (entry.types.length === 0) entry.types.push("(untyped)");
  return new Map([...found].filter(([, e]) => e.types[0] !== "(untyped)"));
}

function compareCopies(subject: string, copies: readonly { module: string; types: string[]; fields: Map<string, string[]> }[]): DslIssue[] {
  if (copies.length < 2) return [];
  const [first, ...rest] = copies;
  const issues: DslIssue[] = [];
  for (const other of rest) {
    if (first!.types.includes(CLAIM) || other.types.includes(CLAIM)) {
      issues.push({ entity: `<${subject}>`, message: `the claim is declared in ${first!.module} and again in ${other.module}; claim slugs must be unique in the corpus` });
      continue;
    }
    const differing: string[] = [];
    if (first!.types.sort().join() !== other.types.sort().join()) differing.push(`class (${short(first!.types)} in ${first!.module}, ${short(other.types)} in ${other.module})`);
    for (const predicate of new Set([...first!.fields.keys(), ...other.fields.keys()])) {
      const [a, b] = [(first!.fields.get(predicate) ?? []).sort().join(" "), (other.fields.get(predicate) ?? []).sort().join(" ")];
      if (a !== b) differing.push(fieldName(predicate));
    }
    if (differing.length > 0) {
      issues.push({
        entity: `<${subject}>`,
        message: `is declared in ${first!.module} and in ${other.module} with different ${differing.join(", ")}; declare it once (e.g. in a shared entities module) and import it, or make both declarations the same`,
      });
    }
  }
  return issues;
}

const short = (types: readonly string[]) => types.map((t) => t.replace(/^.*[#/]/, "")).join("+");

function fieldName(predicate: string): string {
  return FIELD_OF.get(predicate) ?? predicate;
}

function dedupe(quads: readonly Quad[]): Quad[] {
  const seen = new Map<string, Quad>();
  for (const q of quads) seen.set(`${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`, q);
  return [...seen.values()];
}

function groupBySubject(quads: readonly Quad[]): Map<string, Quad[]> {
  const grouped = new Map<string, Quad[]>();
  for (const q of quads) grouped.set(q.subject.value, [...(grouped.get(q.subject.value) ?? []), q]);
  return grouped;
}

/**
 * Claims, their evidence and their statements go into the named graph of their source (the
 * source document's IRI names it): `GRAPH source:x { … }` is what source X says. Everything else
 * (the nodes, their effective status, the sources themselves) stays in the default graph.
 */
function intoSourceGraphs(quads: readonly Quad[]): Quad[] {
  const claims = new Map<string, string>();
  for (const q of quads) {
    if (q.predicate.value === SOURCE && q.object.termType === "NamedNode") claims.set(q.subject.value, q.object.value);
  }
  const isClaim = new Set(quads.filter((q) => q.predicate.equals(RDF_TYPE) && q.object.value === CLAIM).map((q) => q.subject.value));
  // Blank nodes hang from one subject each; follow them from their claim.
  const graphOfBlank = new Map<string, string>();
  const bySubject = groupBySubject(quads.filter((q) => q.subject.termType === "BlankNode"));
  const visit = (blank: string, graph: string) => {
    if (graphOfBlank.has(blank)) return;
    graphOfBlank.set(blank, graph);
    for (const q of bySubject.get(blank) ?? []) if (q.object.termType === "BlankNode") visit(q.object.value, graph);
  };
  for (const q of quads) {
    const graph = q.subject.termType === "NamedNode" && isClaim.has(q.subject.value) ? claims.get(q.subject.value) : undefined;
    if (graph && q.object.termType === "BlankNode") visit(q.object.value, graph);
  }
  return quads.map((q) => {
    const graph = q.subject.termType === "BlankNode" ? graphOfBlank.get(q.subject.value) : isClaim.has(q.subject.value) ? claims.get(q.subject.value) : undefined;
    return graph ? DataFactory.quad(q.subject, q.predicate, q.object, namedNode(graph)) : q;
  });
}
