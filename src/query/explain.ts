/**
 * Renders a SPARQL algebra tree (as Comunica's logical and parsed plans give it) as an indented
 * outline. The raw objects also carry the engine's source objects, which are huge and say nothing
 * about the plan, so only algebra fields are followed.
 */

const TERM_FIELDS = new Set(["subject", "predicate", "object", "graph"]);

interface AlgebraNode {
  readonly type?: unknown;
  readonly termType?: unknown;
  readonly value?: unknown;
  readonly [key: string]: unknown;
}

function isNode(value: unknown): value is AlgebraNode {
  return typeof value === "object" && value !== null;
}

function term(value: unknown): string {
  if (!isNode(value)) return String(value);
  if (value.termType === "Variable") return `?${String(value.value)}`;
  if (value.termType === "Literal") return JSON.stringify(value.value);
  if (value.termType === "DefaultGraph") return "";
  if (value.termType === "Quad") return [...TERM_FIELDS].map((f) => term(value[f])).filter(Boolean).join(" ");
  return `<${String(value.value)}>`;
}

function expression(value: unknown): string {
  if (!isNode(value)) return String(value);
  switch (value.expressionType ?? value.subType) {
    case "term":
      return term(value.term);
    case "variable":
      return term(value.variable);
    case "operator":
    case "named": {
      const name = (value.expressionType ?? value.subType) === "named" ? term(value.name) : String(value.operator);
      const args = Array.isArray(value.args) ? value.args.map(expression).join(", ") : "";
      return `${name}(${args})`;
    }
    case "existence":
      return `${value.not === true ? "NOT " : ""}EXISTS {…}`;
    case "aggregate":
      return `${String(value.aggregator)}(${expression(value.expression)})`;
    default:
      return typeof (value.expressionType ?? value.subType) === "string" ? String(value.expressionType ?? value.subType) : "?";
  }
}

function label(node: AlgebraNode): string {
  if (node.termType === "Quad" || node.type === "pattern") return `pattern (${term(node)})`;
  const parts = [String(node.type)];
  if (Array.isArray(node.variables)) parts.push(node.variables.map(term).join(" "));
  if (node.type === "extend" && isNode(node.variable)) parts.push(`${term(node.variable)} := ${expression(node.expression)}`);
  else if (node.expression !== undefined && node.type !== "extend") parts.push(expression(node.expression));
  if (node.type === "path") parts.push(`${term(node.subject)} … ${term(node.object)}`);
  if (node.type === "link" || node.type === "nps") parts.push(term(node.iri ?? node.iris));
  if (node.type === "service") parts.push(term(node.name));
  return parts.join(" ");
}

/** The algebra as an indented outline, one operator per line. */
export function renderAlgebra(root: unknown): string {
  const lines: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, depth));
    if (!isNode(node)) return;
    lines.push(`${"  ".repeat(depth)}${label(node)}`);
    for (const key of ["input", "patterns", "predicate"]) {
      const child = node[key];
      if (key === "predicate" && node.type !== "path") continue;
      if (Array.isArray(child) || (isNode(child) && (child.type !== undefined || child.termType === "Quad"))) visit(child, depth + 1);
    }
  };
  visit(root, 0);
  return lines.join("\n");
}
