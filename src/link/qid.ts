/** Wikidata item IDs and their IRIs. */
import { VOCABULARIES } from "../rdf/prefixes.js";
import type { Qid } from "./kinds.js";

/** The Wikidata entity namespace, `http://www.wikidata.org/entity/`. */
export const WD = VOCABULARIES.wd;

const QID = /^Q[1-9][0-9]*$/;

/** True for a well-formed item ID such as `Q43`. */
export function isQid(value: string): value is Qid {
  return QID.test(value);
}

/** The item ID of a Wikidata entity IRI, or undefined for any other IRI. */
export function qidOf(iri: string): Qid | undefined {
  if (!iri.startsWith(WD)) return undefined;
  const id = iri.slice(WD.length);
  return isQid(id) ? id : undefined;
}

/** `http://www.wikidata.org/entity/Q43` for `Q43`. */
export function wikidataIri(qid: Qid): string {
  return WD + qid;
}
