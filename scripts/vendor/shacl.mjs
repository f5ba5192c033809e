// Entry of the vendored SHACL bundle (dist/vendor/shacl.js): shacl-engine's core validator and the
// RDF/JS environment it builds datasets with. Only the core is bundled (SHACL-SPARQL would pull
// in a Comunica engine of its own), so users install neither package's dependency tree.
export { Validator } from "shacl-engine";
export { default as rdf } from "@zazuko/env";
