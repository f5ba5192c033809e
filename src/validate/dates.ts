/**
 * Dates in a sensible order: signed ≤ in force ≤ ended, established ≤ ended, start ≤ end. Dates
 * are partial (a year, a month, a day, or a month without a year), so each stands for an interval
 * of days, and an order is reported broken only when it certainly is: "2024" is not before "2024-05".
 */
import type { Literal } from "@rdfjs/types";
import { DataFactory } from "n3";
import { certainlyBefore, parsePartialDate } from "../dsl/index.js";
import { propertyIri, type PropertyName } from "../schema/index.js";
import { CHECKS, type ValidationResult } from "./results.js";
import type { TripleIndex } from "./triple-index.js";

/** Pairs of date properties that must come in this order on the same node. */
const DATE_ORDER: readonly (readonly [PropertyName, PropertyName])[] = [
  ["established", "ended"],
  ["signed", "inForce"],
  ["signed", "ended"],
  ["inForce", "ended"],
  ["startDate", "endDate"],
];

function parsed(literal: Literal | undefined) {
  if (!literal || literal.termType !== "Literal") return undefined;
  const date = parsePartialDate(literal.value);
  return typeof date === "string" ? undefined : date;
}

/** One result for every pair of dates on a node that is certainly out of order. */
export function checkDateOrder(store: TripleIndex): ValidationResult[] {
  const results: ValidationResult[] = [];
  for (const [earlierName, laterName] of DATE_ORDER) {
    const earlier = DataFactory.namedNode(propertyIri(earlierName));
    const later = DataFactory.namedNode(propertyIri(laterName));
    for (const subject of store.subjects(later)) {
      for (const laterValue of store.objects(subject, later)) {
        for (const earlierValue of store.objects(subject, earlier)) {
          const [first, second] = [parsed(earlierValue as Literal), parsed(laterValue as Literal)];
          if (!first || !second || !certainlyBefore(second, first)) continue;
          results.push({
            focusNode: subject.value,
            focusIsBlank: subject.termType === "BlankNode",
            path: later.value,
            value: laterValue.value,
            severity: "Violation",
            constraint: CHECKS.dateOrder,
            message: `${laterName} ${laterValue.value} is before ${earlierName} ${earlierValue.value}`,
          });
        }
      }
    }
  }
  return results;
}
