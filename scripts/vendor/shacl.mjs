// Entry of the vendored SHACL bundle (dist/vendor/shacl.js): shacl-engine's core validator and the
// RDF/JS environment it builds datasets with. Only the core is bundled (SHACL-SPARQL would pull
// in a Comunica engine of its own), so users install neither package's dependency tree.
// compileOr and resolveClasses are the engine's own sh:or and class closure, for the fast path
// src/validate/or-of-classes.ts adds in front of sh:or through the engine's `validations` option.
export { Validator } from "shacl-engine";
export { compileOr } from "shacl-engine/lib/validations/logical.js";
export { default as resolveClasses } from "shacl-engine/lib/resolveClasses.js";
export { default as rdf } from "@zazuko/env";
