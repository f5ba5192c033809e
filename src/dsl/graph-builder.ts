/**
 * The typed DSL: declare sources, entities and claims, then `build()` checks the whole graph and
 * returns its quads. Declaring never throws; `build()` reports every problem at once, each naming
 * the entity and field, so a data author fixes them in one pass. A module may use references
 * another module declared; `pactgraph build` then checks the whole corpus at once.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Quad } from "@rdfjs/types";
import { DslError, type DslIssue } from "../errors.js";
import { sha256Hex } from "../io/hash.js";
import { ID_BASE } from "../rdf/prefixes.js";
import { iri, langString, namedNode, plain, quad, typed } from "../rdf/terms.js";
import { collectionOf, isInstantiable, propertyIri, type ClassName, type InputOf, type InstantiableClass, type Ref } from "../schema/index.js";
import { checkEntity, checkHedges, checkSupported } from "./checks.js";
import { effectiveStatusQuads } from "./effective-status.js";
import { emitEntity, type EntityRecord } from "./emit.js";
import { annotationQuads } from "./evidence.js";
import { SourceText } from "./quotes.js";
import { rememberRef } from "./refs.js";
import { assertion, statementQuads, type Assertion } from "./statements.js";

/**
 * A source document: its metadata and its full text, against which quotes are checked. Give the
 * text itself, or only `textFile` (a path relative to the project root), which `build` reads.
 */
export interface SourceInput extends Omit<InputOf<"SourceDocument">, "label"> {
  readonly label?: string;
  readonly text?: string;
}

/** Words of a source, located by their text (and their code-point offset when they occur more than once). */
export interface QuotedText {
  readonly source: Ref<"SourceDocument">;
  readonly quote: string;
  readonly start?: number;
}

/** A claim: what it supports, who said it, how firmly, the exact quote, and what it says of the nodes' fields. */
export interface ClaimInput extends Omit<InputOf<"Claim">, "label"> {
  readonly label?: string;
  /** The exact words of the source. */
  readonly quote: string;
  /** Code-point offset of the quote; needed only when the quote occurs more than once. */
  readonly start?: number;
  /** Values the claim gives for fields of nodes it supports: `[graph.says(signing, { date: "2025-09-17" })]`. */
  readonly says?: readonly Assertion[];
}

/** What `graph.add` takes: the schema's fields, plus a clause's text anchored in a source. */
export type AddInput<C extends InstantiableClass> = InputOf<C> & (C extends "Clause" ? { readonly text?: QuotedText } : unknown);

export interface GraphOptions {
  /** Language tag of labels and other text fields (default "en"). */
  readonly language?: string;
}

/** What `build()` needs from outside. */
export interface BuildContext {
  /** Reads a text file named relative to the project root (default: relative to the working directory). */
  readonly readText?: (path: string) => string;
  /**
   * Part of a corpus build (`pactgraph build`): claims and support may be in other modules, so the
   * "every node has a claim" check and the effective status are left to the corpus.
   */
  readonly corpus?: boolean;
}

function readRelativeToCwd(path: string): string {
  return readFileSync(resolve(path), "utf8");
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface QuoteRecord {
  readonly record: EntityRecord;
  readonly quote: string;
  readonly start?: number | undefined;
}

/** Builds one pactgraph graph. Create it with {@link createGraph}. */
export class GraphBuilder {
  readonly #language: string;
  readonly #records = new Map<string, EntityRecord>();
  readonly #order: EntityRecord[] = [];
  readonly #sources = new Map<string, SourceText | { readonly file: string }>();
  #texts = new Map<string, SourceText>();
  readonly #claims: (QuoteRecord & { readonly says: readonly Assertion[] })[] = [];
  readonly #clauseTexts = new Map<EntityRecord, QuotedText>();
  readonly #issues: DslIssue[] = [];

  constructor(options: GraphOptions = {}) {
    this.#language = options.language ?? "en";
  }

  /** Declares an entity of a class; `input` is typed from the schema. */
  add<C extends InstantiableClass>(className: C, slug: string, input: NoInfer<AddInput<C>>): Ref<C> {
    const { text, ...fields } = input as AddInput<C> & { readonly text?: QuotedText };
    const ref = this.#register(className, slug, fields);
    const record = this.#records.get(ref.iri);
    if (text !== undefined && record?.ref === ref) this.#clauseTexts.set(record, text);
    return ref;
  }

  /** Declares a source document with its text; quotes of claims are located in this text. */
  source(slug: string, input: SourceInput): Ref<"SourceDocument"> {
    const { text, ...fields } = input;
    const ref = this.#register("SourceDocument", slug, { label: input.title, ...fields });
    if (text !== undefined) this.#sources.set(ref.iri, new SourceText(text));
    else if (input.textFile !== undefined) this.#sources.set(ref.iri, { file: input.textFile });
    else this.#issues.push({ entity: `SourceDocument "${slug}"`, field: "text", message: "give the source's text, or its textFile (a path relative to the project root)" });
    return ref;
  }

  /** Declares a claim taken from a source, with its exact quote. */
  claim(slug: string, input: ClaimInput): Ref<"Claim"> {
    const { quote, start, says, ...fields } = input;
    const ref = this.#register("Claim", slug, { label: input.label ?? abbreviate(quote), ...fields });
    const record = this.#records.get(ref.iri);
    if (record?.ref === ref) this.#claims.push({ record, quote, start, says: says ?? [] });
    return ref;
  }

  /** What a claim says about fields of a node it supports, typed by the node's class. */
  says<C extends InstantiableClass>(node: Ref<C>, fields: Partial<InputOf<C>>): Assertion<C> {
    return assertion(node, fields);
  }

  /** References of everything declared so far, in declaration order. */
  get entities(): readonly Ref[] {
    return this.#order.map((r) => r.ref);
  }

  /** Checks the whole graph and returns its quads; throws {@link DslError} listing every problem. */
  build(context: BuildContext = {}): Quad[] {
    const { quads, issues } = this.check(context);
    if (issues.length > 0) throw new DslError(issues);
    return quads;
  }

  /** Like {@link build}, but returns the problems with the quads instead of throwing (for the corpus build). */
  check(context: BuildContext = {}): { quads: Quad[]; issues: DslIssue[] } {
    const issues = [...this.#issues];
    this.#texts = this.#readTexts(context.readText ?? readRelativeToCwd, issues);
    const quads: Quad[] = [];
    const resolveRef = (target: string) => this.#records.get(target)?.ref;
    const claimRecords = new Set(this.#claims.map((c) => c.record));
    for (const record of this.#order) {
      if (claimRecords.has(record)) continue;
      const emitted = emitEntity(record, resolveRef, this.#language);
      quads.push(...emitted.quads, ...this.#sourceExtras(record));
      issues.push(...emitted.issues, ...checkEntity(record));
      const text = this.#clauseTexts.get(record);
      if (text) issues.push(...this.#anchor(record, text, "textEvidence", quads));
    }
    const supported = new Set<string>();
    for (const claim of this.#claims) {
      const emitted = emitEntity(claim.record, resolveRef, this.#language);
      quads.push(...emitted.quads);
      issues.push(...emitted.issues, ...this.#evidence(claim, quads));
      const supports = new Set(Array.isArray(claim.record.input.supports) ? (claim.record.input.supports as Ref[]).map((s) => s.iri) : []);
      for (const node of supports) supported.add(node);
      const said = statementQuads(claim.record.ref as Ref<"Claim">, claim.says, supports, resolveRef, this.#language);
      quads.push(...said.quads);
      issues.push(...said.issues);
    }
    if (!context.corpus) issues.push(...checkSupported(this.#order, supported));
    return { quads: context.corpus ? quads : [...quads, ...effectiveStatusQuads(quads)], issues };
  }

  #register<C extends ClassName>(className: C, slug: string, input: object): Ref<C> {
    const entity = `${className} "${slug}"`;
    const collection = collectionOf(className);
    const ref: Ref<C> = rememberRef(Object.freeze({ iri: `${ID_BASE}${collection ?? "unknown"}/${slug}`, slug, className }));
    if (!isInstantiable(className) || !collection) {
      this.#issues.push({ entity, message: `${className} cannot be instantiated; use one of its subclasses` });
    } else if (!SLUG.test(slug)) {
      this.#issues.push({ entity, message: "slug must be lower-case letters and digits joined by single hyphens" });
    } else if (this.#records.has(ref.iri)) {
      const first = this.#records.get(ref.iri)?.ref.className ?? className;
      this.#issues.push({ entity, message: `duplicate IRI <${ref.iri}>, already used by a ${first}` });
      return ref;
    }
    const record: EntityRecord = { ref, input: input as Record<string, unknown> };
    this.#records.set(ref.iri, record);
    this.#order.push(record);
    return ref;
  }

  /** Every source's text, read from its textFile where it was not given. */
  #readTexts(read: (path: string) => string, issues: DslIssue[]): Map<string, SourceText> {
    const texts = new Map<string, SourceText>();
    for (const [sourceIri, source] of this.#sources) {
      if (source instanceof SourceText) texts.set(sourceIri, source);
      else {
        try {
          texts.set(sourceIri, new SourceText(read(source.file)));
        } catch (error) {
          const slug = this.#records.get(sourceIri)?.ref.slug ?? sourceIri;
          issues.push({ entity: `SourceDocument "${slug}"`, field: "textFile", message: `cannot read ${source.file}: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    }
    return texts;
  }

  /** The computed fields of a source document: hash and length of its text. */
  #sourceExtras(record: EntityRecord): Quad[] {
    const text = this.#texts.get(record.ref.iri);
    if (!text) return [];
    const subject = namedNode(record.ref.iri);
    const sha256 = sha256Hex(text.text);
    return [
      quad(subject, iri(propertyIri("sha256")), plain(sha256)),
      quad(subject, iri(propertyIri("characterCount")), typed(text.length, "xsd:nonNegativeInteger")),
    ];
  }

  /** Locates the claim's quote in its source and emits the Web Annotation evidence node. */
  #evidence(claim: QuoteRecord, quads: Quad[]): DslIssue[] {
    const { ref, input } = claim.record;
    const hedges = Array.isArray(input.hedges) ? (input.hedges as string[]) : [];
    const issues = checkHedges(`Claim "${ref.slug}"`, claim.quote, input.epistemicStatus, hedges);
    const source = input.source as Ref<"SourceDocument"> | undefined;
    if (!source) return [...issues, { entity: `Claim "${ref.slug}"`, field: "source", message: "must be a source declared with graph.source()" }];
    return [...issues, ...this.#anchor(claim.record, { source, quote: claim.quote, start: claim.start }, "evidence", quads)];
  }

  /** Anchors words in their source: pact:evidence of a claim, pact:textEvidence (and the clause text) of a clause. */
  #anchor(record: EntityRecord, text: QuotedText, link: "evidence" | "textEvidence", quads: Quad[]): DslIssue[] {
    const entity = `${record.ref.className} "${record.ref.slug}"`;
    const field = link === "evidence" ? "quote" : "text";
    // Quotes are located in the text when the module is built, so the source lives in the same module.
    if (!this.#sources.has(text.source.iri)) {
      return [{ entity, field: field === "quote" ? "source" : "text", message: "must be a source declared with graph.source() in the same module as the words quoted from it" }];
    }
    const sourceText = this.#texts.get(text.source.iri);
    if (!sourceText) return []; // its text could not be read, which is reported on the source
    const selection = sourceText.select(text.quote, text.start);
    if (typeof selection === "string") return [{ entity, field, message: selection }];
    quads.push(...annotationQuads(namedNode(record.ref.iri), iri(propertyIri(link)), text.source.iri, selection, `${record.ref.slug}${link === "evidence" ? "" : ".text"}`));
    if (link === "textEvidence") quads.push(quad(namedNode(record.ref.iri), iri(propertyIri("clauseText")), langString(selection.exact, this.#language)));
    return [];
  }
}

/** Starts a new graph. */
export function createGraph(options?: GraphOptions): GraphBuilder {
  return new GraphBuilder(options);
}

function abbreviate(quote: string): string {
  const words = Array.from(quote);
  return words.length <= 60 ? `“${quote}”` : `“${words.slice(0, 57).join("").trimEnd()}…”`;
}
