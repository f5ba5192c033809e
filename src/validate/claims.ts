/**
 * Every claim has a source, whatever its shape says: a node used as a claim (it supports, rates or
 * quotes something) but not typed pact:Claim escapes every shape, so it is reported here, and so is
 * a claim whose quoted passage comes from another document than the one it cites.
 */
import type { Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { classIri, propertyIri } from "../schema/index.js";
import { CHECKS, type ValidationResult } from "./results.js";
import type { TripleIndex } from "./triple-index.js";

const RDF_TYPE = DataFactory.namedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
const CLAIM = DataFactory.namedNode(classIri("Claim"));
const SOURCE_DOCUMENT = DataFactory.namedNode(classIri("SourceDocument"));
const SOURCE = DataFactory.namedNode(propertyIri("source"));
const EVIDENCE = DataFactory.namedNode(propertyIri("evidence"));
const HAS_SOURCE = DataFactory.namedNode(propertyIri("hasSource"));
/** Properties only claims have: a node with any of them is used as a claim. */
const CLAIM_PROPERTIES = (["supports", "epistemicStatus", "evidence"] as const).map((name) => DataFactory.namedNode(propertyIri(name)));

export function checkClaimSources(store: TripleIndex): ValidationResult[] {
  const results: ValidationResult[] = [];
  const claims = new Map<string, Term>();
  for (const predicate of CLAIM_PROPERTIES) for (const s of store.subjects(predicate)) claims.set(s.value, s);
  for (const claim of store.subjects(RDF_TYPE, CLAIM)) claims.set(claim.value, claim);
  for (const claim of claims.values()) {
    const report = (path: string, message: string, constraint: string = CHECKS.claimSource) =>
      results.push({ focusNode: claim.value, focusIsBlank: claim.termType === "BlankNode", path, severity: "Violation", constraint, message });
    const typed = store.has(claim, RDF_TYPE, CLAIM);
    const sources = store.objects(claim, SOURCE);
    if (!typed) {
      report(RDF_TYPE.value, "is used as a claim (it supports, rates or quotes something) but is not typed pact:Claim, so no shape checks it", CHECKS.claimTyped);
      if (sources.length === 0) report(SOURCE.value, "this claim has no source (prov:hadPrimarySource): every claim must cite the document it comes from");
      for (const source of sources) {
        if (!store.has(source, RDF_TYPE, SOURCE_DOCUMENT)) {
          report(SOURCE.value, `the source <${source.value}> is not a pact:SourceDocument in the graph`);
        }
      }
    }
    const cited = new Set(sources.map((s) => s.value));
    for (const evidence of store.objects(claim, EVIDENCE)) {
      for (const quoted of store.objects(evidence, HAS_SOURCE)) {
        if (cited.size > 0 && !cited.has(quoted.value)) {
          report(EVIDENCE.value, `the quote comes from <${quoted.value}>, but the claim cites <${[...cited].join(">, <")}> as its source`);
        }
      }
    }
  }
  return results;
}
