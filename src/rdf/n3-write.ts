/**
 * N-Triples, N-Quads and TriG through n3's writer. Line formats come out one quad a line, sorted,
 * so the same graph always gives the same bytes; TriG gets the prefixes its IRIs actually use.
 */
import type { Quad } from "@rdfjs/types";
import { Writer } from "n3";

/** N-Triples (default graph only; the caller checks) or N-Quads: one sorted line per quad. */
export function writeLines(quads: readonly Quad[], format: "N-Triples" | "N-Quads"): string {
  const writer = new Writer({ format });
  const lines = quads.map((q) => writer.quadToString(q.subject, q.predicate, q.object, format === "N-Quads" ? q.graph : undefined));
  lines.sort();
  return lines.filter((line, i) => line !== lines[i - 1]).join("");
}

/** TriG with the prefixes (of `prefixes`) that the quads' IRIs use, in prefix order. */
export async function writeTrig(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Promise<string> {
  const writer = new Writer({ format: "application/trig", prefixes: usedPrefixes(quads, prefixes) });
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) => {
    writer.end((error: Error | null, result: string) => (error ? reject(error) : resolve(result)));
  });
}

/** The entries of `prefixes` whose namespace starts some IRI of the quads, sorted by prefix. */
export function usedPrefixes(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): Record<string, string> {
  const namespaces = Object.entries(prefixes).sort(([a], [b]) => a.localeCompare(b));
  const used = new Set<string>();
  const seen = new Set<string>();
  for (const quad of quads) {
    for (const term of [quad.subject, quad.predicate, quad.object, quad.graph]) {
      const iri = term.termType === "NamedNode" ? term.value : term.termType === "Literal" ? term.datatype.value : undefined;
      if (iri === undefined || seen.has(iri)) continue;
      seen.add(iri);
      for (const [prefix, namespace] of namespaces) if (iri.startsWith(namespace)) used.add(prefix);
    }
  }
  return Object.fromEntries(namespaces.filter(([prefix]) => used.has(prefix)));
}
