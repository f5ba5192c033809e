// What the bundled CLI imports statically from n3: the parser, the writer and the data factory
// (see n3Essentials in bundle-cli.mjs). Everything else comes from `await import("n3")`.
export { default as Parser } from "n3/src/N3Parser.js";
export { default as Writer } from "n3/src/N3Writer.js";
export { default as DataFactory } from "n3/src/N3DataFactory.js";
