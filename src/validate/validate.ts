/**
 * Validating a graph: SHACL shapes first, then the checks shapes cannot express (quotes against
 * their source texts, the order of dates, claims and their sources). All results come back in one
 * list and in one standard sh:ValidationReport.
 */
import type { Quad } from "@rdfjs/types";
import { checkClaimSources } from "./claims.js";
import { checkCoverage } from "./coverage.js";
import { checkDateOrder } from "./dates.js";
import { checkLiteralLexicalForms } from "./literals.js";
import { checkQuotes } from "./quotes.js";
import { buildReportQuads } from "./report-rdf.js";
import { sortResults, type ValidationResult } from "./results.js";
import { validateShacl } from "./shacl.js";
import { SourceTexts } from "./source-texts.js";
import { TripleIndex } from "./triple-index.js";

export interface ValidateGraphOptions {
  readonly data: readonly Quad[];
  readonly shapes: readonly Quad[];
  /** Where relative `pact:textFile` paths are looked up, in order (the project root first). */
  readonly textDirectories: readonly string[];
  /** Also list what rests on nothing: nodes whose fields no claim covers and no review note explains. */
  readonly strict?: boolean;
}

export interface GraphValidation {
  /** True when nothing at all was found (SHACL's meaning of sh:conforms). */
  readonly conforms: boolean;
  readonly results: readonly ValidationResult[];
  /** How many results came from the shapes and how many from pactgraph's own checks. */
  readonly fromShapes: number;
  readonly fromChecks: number;
  /** The standard sh:ValidationReport with every result, for `--report ttl`. */
  readonly reportQuads: readonly Quad[];
}

/** Runs the shapes and every check over `data`. */
export async function validateGraph(options: ValidateGraphOptions): Promise<GraphValidation> {
  // One index of the data for the SHACL core and for pactgraph's own checks.
  const index = new TripleIndex(options.data);
  const shacl = await validateShacl(options.data, options.shapes, { index });
  const texts = new SourceTexts(index, options.textDirectories);
  const checks = [
    ...(await checkQuotes(index, texts)),
    ...texts.problems,
    ...checkDateOrder(index),
    ...checkClaimSources(index),
    ...checkLiteralLexicalForms(options.data),
    ...(options.strict ? checkCoverage(options.data) : []),
  ];
  const results = sortResults([...shacl.results, ...checks]);
  const conforms = results.length === 0;
  return {
    conforms,
    results,
    fromShapes: shacl.results.length,
    fromChecks: checks.length,
    reportQuads: buildReportQuads(shacl.quads, checks, conforms),
  };
}
