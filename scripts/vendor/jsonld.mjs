// Entry of the vendored JSON-LD bundle (dist/vendor/jsonld.js): jsonld.js, which pactgraph runs
// offline only (every remote document is refused), so its HTTP client never runs.
export { default as jsonld } from "jsonld";
