/**
 * Quotes against their sources: every `oa:TextQuoteSelector` must occur verbatim in its document's
 * text, with its prefix and suffix around it, and every `oa:TextPositionSelector` must point at
 * exactly that quote (offsets in code points). Shapes can say a quote is a string; only the text
 * can say it is really there.
 */
import type { Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import type { SourceText } from "../dsl/index.js";
import { propertyIri } from "../schema/index.js";
import { CHECKS, type ValidationResult } from "./results.js";
import type { SourceTexts } from "./source-texts.js";
import type { TripleIndex } from "./triple-index.js";

const p = (name: Parameters<typeof propertyIri>[0]) => DataFactory.namedNode(propertyIri(name));
const EVIDENCE = p("evidence");
const HAS_SOURCE = p("hasSource");
const HAS_SELECTOR = p("hasSelector");
const EXACT = p("exact");
const PREFIX = p("prefix");
const SUFFIX = p("suffix");
const START = p("start");
const END = p("end");

/** What one annotation's selectors say about its passage. */
interface Passage {
  readonly exact?: string | undefined;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

const short = (text: string) => JSON.stringify(Array.from(text).length > 80 ? `${Array.from(text).slice(0, 77).join("")}…` : text);

/** Checks every annotation (a node with oa:hasSelector) against its source's text. */
export async function checkQuotes(store: TripleIndex, texts: SourceTexts): Promise<ValidationResult[]> {
  const results: ValidationResult[] = [];
  for (const annotation of store.subjects(HAS_SELECTOR)) {
    const [claim] = store.subjects(EVIDENCE, annotation);
    const focus = claim ?? annotation;
    const passage = readPassage(store, annotation);
    for (const document of store.objects(annotation, HAS_SOURCE)) {
      const found = await texts.get(document);
      if (!found.text) continue;
      const report = (path: Term, constraint: string, message: string) =>
        results.push({ focusNode: focus.value, focusIsBlank: focus.termType === "BlankNode", path: path.value, severity: "Violation", constraint, message });
      for (const [path, constraint, message] of problemsOf(passage, found.text, found.file)) report(path, constraint, message);
    }
  }
  return results;
}

function readPassage(store: TripleIndex, annotation: Term): Passage {
  const passage: { -readonly [K in keyof Passage]: Passage[K] } = {};
  for (const selector of store.objects(annotation, HAS_SELECTOR)) {
    const value = (predicate: Term) => store.objects(selector, predicate)[0]?.value;
    passage.exact ??= value(EXACT);
    passage.prefix ??= value(PREFIX);
    passage.suffix ??= value(SUFFIX);
    const start = value(START);
    const end = value(END);
    if (start !== undefined) passage.start ??= Number(start);
    if (end !== undefined) passage.end ??= Number(end);
  }
  return passage;
}

function problemsOf(passage: Passage, text: SourceText, file: string): [Term, string, string][] {
  const { exact, prefix, suffix, start, end } = passage;
  const problems: [Term, string, string][] = [];
  if (start !== undefined && end !== undefined) {
    if (end < start || end > text.length) {
      problems.push([END, CHECKS.quoteAtOffset, `offsets ${start}–${end} lie outside ${file} (${text.length} characters)`]);
      return problems;
    }
    if (exact !== undefined && text.slice(start, end) !== exact) {
      const inText = exact.length > 0 && text.occurrences(exact).length > 0;
      problems.push(
        inText
          ? [START, CHECKS.quoteAtOffset, `the quote ${short(exact)} is not at offsets ${start}–${end} of ${file}, which hold ${short(text.slice(start, end))}`]
          : [EXACT, CHECKS.quoteInSource, `the quote ${short(exact)} does not occur in ${file}`],
      );
      return problems;
    }
  } else if (exact !== undefined && (exact.length === 0 || text.occurrences(exact).length === 0)) {
    problems.push([EXACT, CHECKS.quoteInSource, `the quote ${short(exact)} does not occur in ${file}`]);
    return problems;
  }
  if (exact === undefined) return problems;
  // Without a position, any occurrence with the recorded context will do.
  const length = Array.from(exact).length;
  const fits = (at: number, context: string | undefined, before: boolean) => {
    if (context === undefined) return true;
    const size = Array.from(context).length;
    return (before ? text.slice(Math.max(0, at - size), at) : text.slice(at + length, at + length + size)) === context;
  };
  // The prefix and the suffix must surround the same occurrence, not one each.
  const candidates = start !== undefined ? [start] : text.occurrences(exact);
  if (candidates.some((at) => fits(at, prefix, true) && fits(at, suffix, false))) return problems;
  const prefixFits = candidates.some((at) => fits(at, prefix, true));
  const suffixFits = candidates.some((at) => fits(at, suffix, false));
  if (!prefixFits) {
    problems.push([PREFIX, CHECKS.quoteContext, `the text before the quote ${short(exact)} in ${file} is not the recorded prefix ${short(prefix ?? "")}`]);
  }
  if (!suffixFits) {
    problems.push([SUFFIX, CHECKS.quoteContext, `the text after the quote ${short(exact)} in ${file} is not the recorded suffix ${short(suffix ?? "")}`]);
  }
  if (prefixFits && suffixFits) {
    problems.push([PREFIX, CHECKS.quoteContext, `no occurrence of the quote ${short(exact)} in ${file} has both the recorded prefix ${short(prefix ?? "")} and suffix ${short(suffix ?? "")}`]);
  }
  return problems;
}
