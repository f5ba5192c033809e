/** The typed DSL: declare agreements, parties, clauses, events and claims; build quads. */
export { createGraph, GraphBuilder } from "./graph-builder.js";
export type { AddInput, BuildContext, ClaimInput, GraphOptions, QuotedText, SourceInput } from "./graph-builder.js";
export type { Assertion } from "./statements.js";
export { compatible, effectiveStatusQuads } from "./effective-status.js";
export { parsePartialDate, certainlyBefore } from "./dates.js";
export type { ParsedDate } from "./dates.js";
export { SourceText, CONTEXT_LENGTH } from "./quotes.js";
export type { QuoteSelection } from "./quotes.js";
