/**
 * One synthetic source document: its text is written sentence by sentence, and every sentence a
 * claim rests on is remembered with its code-point offset, so that each quote really occurs in
 * the text where the claim says it does (the DSL checks this when the graph is built).
 */
import type { ClaimInput, GraphBuilder, Ref } from "../../src/index.js";

/** Who a claim is attributed to: an actor or unnamed group, or the document's own author. */
export type Voice = ClaimInput["attributedTo"][number] | typeof AUTHOR;

/** Stands for the document's author, who is declared with the document in {@link DocumentWriter.finish}. */
export const AUTHOR = "author";

/** A claim waiting for its document's text to be complete. */
export type PendingClaim = Omit<ClaimInput, "source" | "quote" | "start" | "attributedTo"> & {
  readonly slug: string;
  readonly attributedTo: readonly Voice[];
};

const SURROGATE = /[\ud800-\udfff]/;

function codePointLength(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

/** Collects a document's sentences and claims; {@link finish} declares the source and its claims. */
export class DocumentWriter {
  readonly #paragraphs: string[][] = [[]];
  readonly #claims: { claim: PendingClaim; quote: string; start: number }[] = [];
  /** Code points written so far, counting the separators that join sentences and paragraphs. */
  #length = 0;

  constructor(readonly slug: string) {}

  /** Appends a sentence nothing is claimed from. */
  say(sentence: string): void {
    this.#append(sentence);
  }

  /** Appends a sentence and a claim quoting `quote` (the whole sentence when omitted) from it. */
  claim(sentence: string, claim: PendingClaim, quote: string = sentence): void {
    const within = sentence.indexOf(quote);
    if (within < 0) throw new Error(`generator bug: quote "${quote}" is not part of "${sentence}"`);
    const start = this.#append(sentence) + codePointLength(sentence.slice(0, within));
    this.#claims.push({ claim, quote, start });
  }

  /** Starts a new paragraph. */
  paragraph(): void {
    if (this.#paragraphs[this.#paragraphs.length - 1]?.length !== 0) this.#paragraphs.push([]);
  }

  /** Number of claims so far. */
  get claims(): number {
    return this.#claims.length;
  }

  /** Declares the source document (with its author) and every claim; returns the source. */
  finish(g: GraphBuilder, title: string): { source: Ref<"SourceDocument">; text: string } {
    const text = `${this.#paragraphs.filter((p) => p.length > 0).map((p) => p.join(" ")).join("\n\n")}\n`;
    const source = g.source(this.slug, { title, text, language: "en", sourceKind: "NewsArticle", notGiven: ["Publisher", "PublicationDate", "SourceUrl"] });
    const author = g.add("SourceAuthor", `${this.slug}-author`, { label: `Author of “${title}” (not named)`, authorOf: source });
    for (const { claim, quote, start } of this.#claims) {
      // Like a careful author, give the offset only when the quote is not unique in the text.
      const unique = text.indexOf(quote) === text.lastIndexOf(quote);
      const { slug, attributedTo, ...fields } = claim;
      const voices = attributedTo.map((voice) => (voice === AUTHOR ? author : voice));
      g.claim(slug, { ...fields, attributedTo: voices, source, quote, ...(unique ? {} : { start }) });
    }
    return { source, text };
  }

  /** Appends a sentence to the current paragraph and returns its code-point offset. */
  #append(sentence: string): number {
    const paragraph = this.#paragraphs[this.#paragraphs.length - 1] as string[];
    if (paragraph.length > 0) this.#length += 1; // the space joining sentences
    else if (this.#paragraphs.length > 1) this.#length += 2; // the blank line between paragraphs
    const start = this.#length;
    paragraph.push(sentence);
    this.#length += codePointLength(sentence);
    return start;
  }
}
