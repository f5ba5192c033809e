/**
 * The typed DSL: declare sources, entities and claims, then `build()` checks the whole graph and
 * returns its quads. Declaring never throws; `build()` reports every problem at once, each naming
 * the entity and field, so a data author fixes them in one pass.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Quad } from "@rdfjs/types";
import { DslError, type DslIssue } from "../errors.js";
import { ID_BASE } from "../rdf/prefixes.js";
import { blankNode, iri, namedNode, plain, quad, RDF_TYPE, typed } from "../rdf/terms.js";
import {
  classIri,
  collectionOf,
  isInstantiable,
  propertyIri,
  type ClassName,
  type InputOf,
  type InstantiableClass,
  type Ref,
} from "../schema/index.js";
import { checkEntity, checkHedges, checkSupported } from "./checks.js";
import { emitEntity, type EntityRecord } from "./emit.js";
import { SourceText } from "./quotes.js";

/**
 * A source document: its metadata and its full text, against which quotes are checked. Give the
 * text itself, or only `textFile` (a path relative to the project root), which `build` reads.
 */
export type SourceInput = Omit<InputOf<"SourceDocument">, "label"> & {
  readonly label?: string;
  readonly text?: string;
};

/** What `build()` needs from outside: how to read a source's `textFile`. */
export interface BuildContext {
  /** Reads a text file named relative to the project root (default: relative to the working directory). */
  readonly readText?: (path: string) => string;
}

function readRelativeToCwd(path: string): string {
  return readFileSync(resolve(path), "utf8");
}

/** A claim: what it supports, who said it, how firmly, and the exact quote from its source. */
export type ClaimInput = Omit<InputOf<"Claim">, "label"> & {
  readonly label?: string;
  /** The exact words of the source. */
  readonly quote: string;
  /** Code-point offset of the quote; needed only when the quote occurs more than once. */
  readonly start?: number;
};

export interface GraphOptions {
  /** Language tag of labels and other text fields (default "en"). */
  readonly language?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Builds one pactgraph graph. Create it with {@link createGraph}. */
export class GraphBuilder {
  readonly #language: string;
  readonly #records = new Map<string, EntityRecord>();
  readonly #order: EntityRecord[] = [];
  readonly #sources = new Map<string, SourceText | { readonly file: string }>();
  #texts = new Map<string, SourceText>();
  readonly #claims: { record: EntityRecord; quote: string; start?: number | undefined }[] = [];
  readonly #issues: DslIssue[] = [];

  constructor(options: GraphOptions = {}) {
    this.#language = options.language ?? "en";
  }

  /** Declares an entity of a class; `input` is typed from the schema. */
  add<C extends InstantiableClass>(className: C, slug: string, input: NoInfer<InputOf<C>>): Ref<C> {
    return this.#register(className, slug, input);
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
    const { quote, start, ...fields } = input;
    const ref = this.#register("Claim", slug, { label: input.label ?? abbreviate(quote), ...fields });
    const record = this.#records.get(ref.iri);
    if (record) this.#claims.push({ record, quote, start });
    return ref;
  }

  /** References of everything declared so far, in declaration order. */
  get entities(): readonly Ref[] {
    return this.#order.map((r) => r.ref);
  }

  /** Checks the whole graph and returns its quads; throws {@link DslError} listing every problem. */
  build(context: BuildContext = {}): Quad[] {
    const issues = [...this.#issues];
    this.#texts = this.#readTexts(context.readText ?? readRelativeToCwd, issues);
    const quads: Quad[] = [];
    const resolve = (target: string) => this.#records.get(target)?.ref;
    const claimRecords = new Set(this.#claims.map((c) => c.record));
    for (const record of this.#order) {
      if (claimRecords.has(record)) continue;
      const emitted = emitEntity(record, resolve, this.#language);
      quads.push(...emitted.quads, ...this.#sourceExtras(record));
      issues.push(...emitted.issues, ...checkEntity(record));
    }
    const supported = new Set<string>();
    for (const claim of this.#claims) {
      const emitted = emitEntity(claim.record, resolve, this.#language);
      quads.push(...emitted.quads);
      issues.push(...emitted.issues, ...this.#evidence(claim, quads));
      const supports = claim.record.input.supports;
      if (Array.isArray(supports)) for (const s of supports as Ref[]) supported.add(s.iri);
    }
    issues.push(...checkSupported(this.#order, supported));
    if (issues.length > 0) throw new DslError(issues);
    return quads;
  }

  #register<C extends ClassName>(className: C, slug: string, input: object): Ref<C> {
    const entity = `${className} "${slug}"`;
    const collection = collectionOf(className);
    const ref: Ref<C> = Object.freeze({ iri: `${ID_BASE}${collection ?? "unknown"}/${slug}`, slug, className });
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
    for (const [iri, source] of this.#sources) {
      if (source instanceof SourceText) texts.set(iri, source);
      else {
        try {
          texts.set(iri, new SourceText(read(source.file)));
        } catch (error) {
          const slug = this.#records.get(iri)?.ref.slug ?? iri;
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
    const sha256 = createHash("sha256").update(text.text, "utf8").digest("hex");
    return [
      quad(subject, iri(propertyIri("sha256")), plain(sha256)),
      quad(subject, iri(propertyIri("characterCount")), typed(text.length, "xsd:nonNegativeInteger")),
    ];
  }

  /** Locates the claim's quote in its source and emits the Web Annotation evidence node. */
  #evidence(claim: { record: EntityRecord; quote: string; start?: number | undefined }, quads: Quad[]): DslIssue[] {
    const { ref, input } = claim.record;
    const entity = `Claim "${ref.slug}"`;
    const hedges = Array.isArray(input.hedges) ? (input.hedges as string[]) : [];
    const issues = checkHedges(entity, claim.quote, input.epistemicStatus, hedges);
    const source = input.source as Ref | undefined;
    const text = source ? this.#texts.get(source.iri) : undefined;
    if (!source || !this.#sources.has(source.iri)) return [...issues, { entity, field: "source", message: "must be a source declared with graph.source()" }];
    if (!text) return issues; // its text could not be read, which is reported on the source
    const selection = text.select(claim.quote, claim.start);
    if (typeof selection === "string") return [...issues, { entity, field: "quote", message: selection }];

    const evidence = blankNode(`${ref.slug}.evidence`);
    const quoteSelector = blankNode(`${ref.slug}.quote`);
    const positionSelector = blankNode(`${ref.slug}.position`);
    const count = (n: number) => typed(n, "xsd:nonNegativeInteger");
    quads.push(
      quad(namedNode(ref.iri), iri(propertyIri("evidence")), evidence),
      quad(evidence, RDF_TYPE, iri(classIri("SpecificResource"))),
      quad(evidence, iri(propertyIri("hasSource")), namedNode(source.iri)),
      quad(evidence, iri(propertyIri("hasSelector")), quoteSelector),
      quad(evidence, iri(propertyIri("hasSelector")), positionSelector),
      quad(quoteSelector, RDF_TYPE, iri(classIri("TextQuoteSelector"))),
      quad(quoteSelector, iri(propertyIri("exact")), plain(selection.exact)),
      quad(positionSelector, RDF_TYPE, iri(classIri("TextPositionSelector"))),
      quad(positionSelector, iri(propertyIri("start")), count(selection.start)),
      quad(positionSelector, iri(propertyIri("end")), count(selection.end)),
    );
    if (selection.prefix) quads.push(quad(quoteSelector, iri(propertyIri("prefix")), plain(selection.prefix)));
    if (selection.suffix) quads.push(quad(quoteSelector, iri(propertyIri("suffix")), plain(selection.suffix)));
    return issues;
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
