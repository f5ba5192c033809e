/**
 * Turns one entity's input object into quads, checking each value against the schema as it goes
 * (the run-time half of what the types already enforce for TypeScript callers).
 */
import type { Quad, Quad_Object } from "@rdfjs/types";
import type { DslIssue } from "../errors.js";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { langString, namedNode, plain, quad, RDF_TYPE, typed } from "../rdf/terms.js";
import {
  classIri,
  conceptIri,
  conceptsOf,
  isSubclassOf,
  propertyDeclaration,
  propertyIri,
  propertiesOf,
  rangeClassesOf,
  type ClassName,
  type PropertyDeclaration,
  type PropertyName,
  type Ref,
} from "../schema/index.js";
import { parsePartialDate } from "./dates.js";
import { isDeclaredRef } from "./refs.js";

/** What an entity is, as the builder records it. */
export interface EntityRecord {
  readonly ref: Ref;
  readonly input: Readonly<Record<string, unknown>>;
}

/** Looks up a reference by IRI among the entities declared in the same graph. */
export type RefResolver = (iri: string) => Ref | undefined;

const WIKIDATA_ID = /^Q[1-9]\d*$/;

/** Quads for one entity plus the problems found in its fields. */
export function emitEntity(
  record: EntityRecord,
  resolve: RefResolver,
  language: string,
  skip: ReadonlySet<string> = new Set(),
  options: { readonly partial?: boolean } = {},
): { quads: Quad[]; issues: DslIssue[] } {
  const { ref, input } = record;
  const subject = namedNode(ref.iri);
  const quads: Quad[] = [quad(subject, RDF_TYPE, namedNode(classIri(ref.className)))];
  const issues: DslIssue[] = [];
  const entity = `${ref.className} "${ref.slug}"`;
  const allowed = new Set<string>(propertiesOf(ref.className));

  for (const [field, value] of Object.entries(input)) {
    if (skip.has(field) || value === undefined) continue;
    if (!allowed.has(field)) {
      issues.push({ entity, field, message: `unknown field; ${ref.className} takes ${[...allowed].join(", ")}` });
      continue;
    }
    const property = field as PropertyName;
    const declaration = propertyDeclaration(property);
    if (declaration.computed) {
      issues.push({ entity, field, message: "is computed by pactgraph, not given by hand" });
      continue;
    }
    const values: readonly unknown[] = Array.isArray(value) ? value : [value];
    if (declaration.max === 1 && Array.isArray(value)) {
      issues.push({ entity, field, message: "takes a single value, not a list" });
      continue;
    }
    for (const item of values) {
      const object = toTerm(declaration, item, resolve, language);
      if (typeof object === "string") issues.push({ entity, field, message: object });
      else quads.push(quad(subject, namedNode(propertyIri(property)), object));
    }
    if (declaration.min === 1 && values.length === 0) issues.push({ entity, field, message: "needs at least one value" });
  }
  for (const property of options.partial ? [] : allowed) {
    const declaration = propertyDeclaration(property as PropertyName);
    if (declaration.min === 1 && !declaration.computed && !skip.has(property) && input[property] === undefined) {
      issues.push({ entity, field: property, message: "is required" });
    }
  }
  return { quads, issues };
}

/** The RDF term for one value of a property, or a message saying why the value is wrong. */
function toTerm(declaration: PropertyDeclaration, value: unknown, resolve: RefResolver, language: string): Quad_Object | string {
  const range = declaration.range;
  switch (range.kind) {
    case "class":
      return refTerm(rangeClassesOf(declaration), value, resolve);
    case "concept": {
      const keys = conceptsOf(range.scheme);
      if (typeof value === "string" && keys.includes(value)) return namedNode(conceptIri(value));
      return `"${String(value)}" is not in ${range.scheme} (one of ${keys.join(", ")})`;
    }
    case "literal":
      return literalTerm(range.datatype, value, language);
    case "date": {
      if (typeof value !== "string") return `expected a date string, got ${typeof value}`;
      const parsed = parsePartialDate(value);
      return typeof parsed === "string" ? parsed : typed(parsed.lexical, parsed.datatype);
    }
    case "wikidata":
      if (typeof value === "string" && WIKIDATA_ID.test(value)) return namedNode(VOCABULARIES.wd + value);
      return `"${String(value)}" is not a Wikidata item ID (Q followed by digits, e.g. "Q43")`;
    case "property":
    case "any":
      return "is computed by pactgraph, not given by hand";
  }
}

function refTerm(ranges: readonly ClassName[], value: unknown, resolve: RefResolver): Quad_Object | string {
  if (typeof value !== "object" || value === null || !("iri" in value) || typeof value.iri !== "string") {
    return `expected a reference returned by graph.add(), got ${JSON.stringify(value)}`;
  }
  const target = resolve(value.iri) ?? (isDeclaredRef(value) ? value : undefined);
  if (!target) return `refers to <${value.iri}>, which is not declared in this graph (use a reference that graph.add() returned, in this module or one it imports)`;
  if (!ranges.some((r) => isSubclassOf(target.className, r))) {
    return `refers to ${target.className} "${target.slug}", but expects ${ranges.join(" or ")}`;
  }
  return namedNode(target.iri);
}

function literalTerm(datatype: string, value: unknown, language: string): Quad_Object | string {
  switch (datatype) {
    case "rdf:langString":
    case "xsd:string":
      if (typeof value !== "string" || value.trim() === "") return `expected non-empty text, got ${JSON.stringify(value)}`;
      return datatype === "xsd:string" ? plain(value) : langString(value, language);
    case "xsd:boolean":
      return typeof value === "boolean" ? typed(value, datatype) : `expected true or false, got ${JSON.stringify(value)}`;
    case "xsd:anyURI":
      return typeof value === "string" && /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(value) ? typed(value, datatype) : `expected an http(s) URL, got ${JSON.stringify(value)}`;
    default: {
      const min = datatype === "xsd:nonNegativeInteger" ? 0 : Number.MIN_SAFE_INTEGER;
      if (typeof value === "number" && Number.isSafeInteger(value) && value >= min) return typed(value, datatype);
      return `expected an integer${min === 0 ? " ≥ 0" : ""}, got ${JSON.stringify(value)}`;
    }
  }
}
