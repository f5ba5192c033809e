/**
 * The User-Agent of every request pactgraph makes. Public services (the Wikidata Query Service
 * first) ask clients to say who they are and how to reach the operator; generic agents may be
 * blocked.
 */
import { versions } from "node:process";
import { packageVersion } from "../project/index.js";
import { ontologyMetadata } from "../schema/index.js";

/** The default contact: the project's home. Users running the linker should give their own. */
export const DEFAULT_CONTACT = ontologyMetadata.creator;

/** `pactgraph/0.1.0 (+https://…; Wikidata linker) Node.js/20.20.0`; `purpose` says what the requests are for. */
export function userAgent(purpose: string, contact: string = DEFAULT_CONTACT): string {
  return `pactgraph/${packageVersion()} (+${contact}; ${purpose}) Node.js/${versions.node}`;
}
