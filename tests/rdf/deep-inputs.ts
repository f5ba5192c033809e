/**
 * Generated inputs nested `depth` levels deep, one per shape that used to cost quadratic time or
 * the stack: RDF/XML node and property elements, Turtle `[ ]` and `( )`, JSON-LD node objects.
 * Each holds one triple per level plus a leaf, so its triple count is known.
 */

export type DeepShape = "rdfxml" | "blank-nodes" | "lists" | "jsonld";

export const DEEP_SHAPES: readonly { readonly shape: DeepShape; readonly extension: string }[] = [
  { shape: "rdfxml", extension: ".rdf" },
  { shape: "blank-nodes", extension: ".ttl" },
  { shape: "lists", extension: ".ttl" },
  { shape: "jsonld", extension: ".jsonld" },
];

/** The text of a `shape` input nested `depth` levels deep. */
export function deepInput(shape: DeepShape, depth: number): string {
  switch (shape) {
    case "rdfxml":
      return (
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">\n' +
        '<rdf:Description rdf:about="https://example.org/root">' +
        "<ex:p><rdf:Description>".repeat(depth) +
        "<ex:leaf>x</ex:leaf>" +
        "</rdf:Description></ex:p>".repeat(depth) +
        "</rdf:Description>\n</rdf:RDF>\n"
      );
    case "blank-nodes":
      return `@prefix ex: <https://example.org/> .\nex:root ${"ex:p [ ".repeat(depth)}ex:leaf "x"${" ]".repeat(depth)} .\n`;
    case "lists":
      return `@prefix ex: <https://example.org/> .\nex:root ex:p ${"( ".repeat(depth)}"x"${" )".repeat(depth)} .\n`;
    case "jsonld":
      return `{"@context": {"ex": "https://example.org/"}, "@id": "ex:root", ${'"ex:p": {'.repeat(depth)}"ex:leaf": "x"${"}".repeat(depth)}}\n`;
  }
}

/** Triples in a `shape` input of `depth` levels: one per level and the leaf (a list cell has two). */
export function deepTriples(shape: DeepShape, depth: number): number {
  return shape === "lists" ? 2 * depth + 1 : depth + 1;
}
