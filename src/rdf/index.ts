/** RDF input and output: prefixes, formats, the loader every command reads through, serialisers. */
export { collectionNamespace, COLLECTIONS, expandCurie, ID_BASE, ONTOLOGY_IRI, PACT, PREFIXES, VOCABULARIES } from "./prefixes.js";
export type { Collection, VocabularyPrefix } from "./prefixes.js";
export { BINDINGS_FORMATS, defaultResultFormat, formatOfPath, mediaTypeOf, parseFormatName, RDF_FORMATS, rdfFormatOfMediaType, requireFormat, resultFormatFromName, resultFormatOfPath } from "./formats.js";
export type { BindingsFormat, RdfFormat, ResultFormat, ResultKind } from "./formats.js";
export { loadRdfDocuments, loadRdfFile, loadRdfFiles } from "./load.js";
export type { LoadedRdfFile, LoadOptions } from "./load.js";
export { serializeRdf } from "./serialize.js";
export type { SerializeOptions } from "./serialize.js";
export { writeTurtle } from "./turtle-writer.js";
export type { TurtleWriterOptions } from "./turtle-writer.js";
export { bytesInput, fileInput, toRdfInput } from "./input.js";
export type { RdfInput } from "./input.js";
export { forEachRdfQuad } from "./load.js";
export type { RdfInputs } from "./load.js";
