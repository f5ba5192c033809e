/**
 * Finds a quote in a source text and describes it with W3C Web Annotation selectors.
 * Offsets count Unicode code points (not UTF-16 units), as the Web Annotation model asks.
 */

export interface QuoteSelection {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Code-point offset of the first character of the quote. */
  readonly start: number;
  /** Code-point offset just after the quote. */
  readonly end: number;
}

/** How many code points of context the quote selector carries on each side. */
export const CONTEXT_LENGTH = 32;

/** A source text indexed by code point, built once per source. */
export class SourceText {
  readonly codePoints: readonly string[];
  constructor(readonly text: string) {
    this.codePoints = Array.from(text);
  }

  get length(): number {
    return this.codePoints.length;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.codePoints.slice(start, end).join("");
  }

  /** Code-point offsets of every occurrence of `quote`. */
  occurrences(quote: string): number[] {
    const found: number[] = [];
    for (let unit = this.text.indexOf(quote); unit >= 0; unit = this.text.indexOf(quote, unit + 1)) {
      found.push(Array.from(this.text.slice(0, unit)).length);
    }
    return found;
  }

  /**
   * Selects `quote`, at `start` when given (checked), else at its only occurrence.
   * Returns an error message when the quote is missing, ambiguous or not at `start`.
   */
  select(quote: string, start?: number): QuoteSelection | string {
    if (quote.length === 0) return "the quote is empty";
    const quoteLength = Array.from(quote).length;
    if (start !== undefined) {
      const actual = this.slice(start, start + quoteLength);
      if (actual !== quote) return `the text at offset ${start} is "${actual}", not the quote "${quote}"`;
      return this.selection(quote, start, quoteLength);
    }
    const found = this.occurrences(quote);
    const [only] = found;
    if (only === undefined) return `the quote "${quote}" does not occur in the source text`;
    if (found.length > 1) {
      return `the quote "${quote}" occurs ${found.length} times (offsets ${found.join(", ")}); give its start offset`;
    }
    return this.selection(quote, only, quoteLength);
  }

  /** Every occurrence of `quote`, each with its offsets and the context a selector records. */
  locate(quote: string): QuoteSelection[] {
    if (quote.length === 0) return [];
    const length = Array.from(quote).length;
    return this.occurrences(quote).map((start) => this.selection(quote, start, length));
  }

  private selection(exact: string, start: number, length: number): QuoteSelection {
    const end = start + length;
    return {
      exact,
      start,
      end,
      prefix: this.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: this.slice(end, end + CONTEXT_LENGTH),
    };
  }
}
