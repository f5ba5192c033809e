/**
 * A fast path for one shape of sh:or: alternatives that each say only `sh:class C`. pactgraph's
 * shapes are self-contained (a data graph needs no rdfs:subClassOf triples to validate), so a
 * property whose range is a class lists the class and every concrete subclass that way; `supports`
 * lists 25. shacl-engine validates the alternatives one by one, each in a child report, and a value
 * fails on average half of them before one conforms: on the seed, this path took shacl-engine's
 * own time from ~370 to ~240 ms. Here the union of the alternatives' classes is computed once, with the engine's own
 * class closure, and a value conforms when one of its types is in it: the same verdict, the same
 * sh:OrConstraintComponent result on failure. Any other sh:or, and every sh:or when the engine is
 * asked for details or debug results, goes to the engine's own compileOr.
 */
import type { DatasetCore, NamedNode, Term } from "@rdfjs/types";
import { VOCABULARIES } from "../rdf/prefixes.js";
import { termKey } from "../rdf/terms.js";

/** The parts of a grapoi pointer (shacl-engine's graph cursor) this module reads. */
export interface EnginePointer extends Iterable<EnginePointer> {
  readonly term: Term | undefined;
  readonly terms: readonly Term[];
  readonly dataset: DatasetCore;
  out(predicates: readonly Term[]): EnginePointer;
  list(): Iterable<EnginePointer> | undefined;
}

export interface EngineShape {
  readonly ptr: EnginePointer;
  readonly validator: { readonly options: { readonly debug?: boolean; readonly details?: boolean } };
}

export interface EngineContext {
  readonly valueOrNode: EnginePointer;
  test(success: boolean, component: Term, args: { results: unknown[]; value: EnginePointer }): void;
}

export type EngineCompile = (shape: EngineShape) => unknown;

export interface OrOfClassesEngine {
  /** The engine's sh:or, for every other case. */
  readonly compileOr: EngineCompile;
  /** The engine's class closure: a class and its subclasses, as sh:class reads them. */
  readonly resolveClasses: (classes: EnginePointer) => Iterable<Term>;
  readonly namedNode: (iri: string) => NamedNode;
}

const SH = VOCABULARIES.sh;
const RDF_TYPE = `${VOCABULARIES.rdf}type`;

/** The sh:or compile function to register with the engine's `validations` option. */
export function compileOrOfClasses(engine: OrOfClassesEngine): EngineCompile {
  const [or, shClass, rdfType, component] = [`${SH}or`, `${SH}class`, RDF_TYPE, `${SH}OrConstraintComponent`].map(engine.namedNode) as [NamedNode, NamedNode, NamedNode, NamedNode];
  return (shape) => {
    const { debug, details } = shape.validator.options;
    const alternatives = [...shape.ptr.out([or])].flatMap((list) => [...(list.list() ?? [])]);
    if (debug || details || alternatives.length === 0 || !alternatives.every((a) => isClassOnly(a, shClass))) return engine.compileOr(shape);
    const classes = new Set<string>();
    for (const alternative of alternatives) for (const target of alternative.out([shClass])) for (const term of engine.resolveClasses(target)) classes.add(termKey(term));
    return {
      generic: (context: EngineContext) => {
        const conforms = context.valueOrNode.out([rdfType]).terms.some((type) => classes.has(termKey(type)));
        context.test(conforms, component, { results: [], value: context.valueOrNode });
      },
    };
  };
}

/** An alternative whose every triple is one `sh:class <C>`. */
function isClassOnly(alternative: EnginePointer, shClass: NamedNode): boolean {
  const term = alternative.term;
  if (!term) return false;
  const quads = [...alternative.dataset.match(term)];
  const [only] = quads;
  return quads.length === 1 && only !== undefined && only.predicate.equals(shClass) && only.object.termType === "NamedNode";
}
