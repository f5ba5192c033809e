/**
 * The human report: results grouped by what was violated (constraint and path), each group with
 * its count, then one line per result: severity, focus node, path and message. IRIs are written
 * with the project's prefixes.
 */
import { PREFIXES, VOCABULARIES } from "../rdf/prefixes.js";
import { CHECKS_NAMESPACE, type ValidationResult } from "./results.js";

const NAMESPACES = Object.entries(PREFIXES).sort(([, a], [, b]) => b.length - a.length);

/** `prefix:local` when a known namespace fits, else `<iri>`. */
export function compactIri(iri: string): string {
  for (const [prefix, namespace] of NAMESPACES) {
    if (iri.startsWith(namespace) && /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(iri.slice(namespace.length))) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return `<${iri}>`;
}

/** A result path for people: CURIEs for the IRIs of `^<…>` and other path syntax. */
export function formatPath(path: string): string {
  return path.includes("<") ? path.replace(/<([^<>]*)>/g, (_, iri: string) => compactIri(iri)) : compactIri(path);
}

/** Full IRIs inside an engine's message, written as CURIEs where a prefix fits. */
function compactMessage(message: string): string {
  return message.replace(/<?(https?:\/\/[^\s<>",]+)>?/g, (_, iri: string) => compactIri(iri));
}

/** A constraint's short name: sh:MinCountConstraintComponent → MinCount; checks keep their name. */
export function constraintName(iri: string | undefined): string {
  if (!iri) return "constraint";
  if (iri.startsWith(VOCABULARIES.sh)) return iri.slice(VOCABULARIES.sh.length).replace(/ConstraintComponent$/, "");
  if (iri.startsWith(CHECKS_NAMESPACE)) return `${iri.slice(CHECKS_NAMESPACE.length)} (pactgraph check)`;
  return compactIri(iri);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Counts by severity, e.g. "2 violations, 1 warning". */
export function summarizeResults(results: readonly ValidationResult[]): string {
  const count = (severity: string) => results.filter((r) => r.severity === severity).length;
  const parts = [plural(count("Violation"), "violation")];
  if (count("Warning") > 0) parts.push(plural(count("Warning"), "warning"));
  if (count("Info") > 0) parts.push(plural(count("Info"), "info"));
  const nodes = new Set(results.map((r) => r.focusNode)).size;
  return `${parts.join(", ")} in ${plural(nodes, "node")}`;
}

function formatValue(result: ValidationResult): string {
  const value = result.value ?? "";
  if (result.valueType === "NamedNode") return compactIri(value);
  if (result.valueType === "BlankNode") return `_:${value}`;
  return JSON.stringify(value);
}

/** The grouped, counted report; empty when there is nothing to report. */
export function formatResults(results: readonly ValidationResult[]): string {
  const groups = new Map<string, ValidationResult[]>();
  for (const result of results) {
    const key = `${constraintName(result.constraint)} on ${result.path ? formatPath(result.path) : "the node"}`;
    const group = groups.get(key);
    if (group) group.push(result);
    else groups.set(key, [result]);
  }
  const lines: string[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`${key}: ${group.length}`);
    for (const r of group) {
      const focus = r.focusIsBlank ? `_:${r.focusNode}` : compactIri(r.focusNode);
      // The value, unless the message already says it.
      const value = r.value === undefined || r.message.includes(r.value) ? "" : ` (value: ${formatValue(r)})`;
      lines.push(`  ${r.severity} ${focus}${r.path ? ` ${formatPath(r.path)}` : ""}: ${compactMessage(r.message)}${value}`);
    }
  }
  return lines.join("\n");
}
