/**
 * The User-Agent the linker sends. The Wikidata Query Service asks clients to identify themselves
 * with a name and a way to contact the operator; requests with generic agents may be blocked.
 */
import { ontologyMetadata } from "../schema/index.js";

/** The default contact: the project's home. Users running the linker should give their own. */
export const DEFAULT_CONTACT = ontologyMetadata.creator;

/** `pactgraph/0.1.0 (+https://…; Wikidata linker) Node.js/20.20.0`. */
export function userAgent(version: string, contact: string = DEFAULT_CONTACT): string {
  return `pactgraph/${version} (+${contact}; Wikidata linker) Node.js/${process.versions.node}`;
}
