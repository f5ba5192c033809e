// Entry of the vendored Comunica bundle (dist/vendor/comunica.js): both engines pactgraph uses,
// bundled at build time with the undici 7 this repository pins, so an installed pactgraph runs
// on Node 20 whatever versions of Comunica's packages the registry has since published.
export { QueryEngine as SparqlEngine } from "@comunica/query-sparql";
export { QueryEngine as RdfJsEngine } from "@comunica/query-sparql-rdfjs";
