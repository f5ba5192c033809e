/** RDF input and output: prefixes, formats, the loader every command reads through, serialisers. */
export { collectionNamespace, COLLECTIONS, expandCurie, ID_BASE, ONTOLOGY_IRI, PACT, PREFIXES, VOCABULARIES } from "./prefixes.js";
export type { Collection, VocabularyPrefix } from "./prefixes.js";
export { formatOfPath, parseFormatName, RDF_FORMATS, requireFormat } from "./formats.js";
export type { RdfFormat } from "./formats.js";
export { loadRdfDocuments, loadRdfFile, loadRdfFiles } from "./load.js";
export type { LoadedRdfFile } from "./load.js";
export { serializeRdf } from "./serialize.js";
export type { SerializeOptions } from "./serialize.js";
export { writeTurtle } from "./turtle-writer.js";
export type { TurtleWriterOptions } from "./turtle-writer.js";
export { writeFileAtomically } from "./output.js";
export { readTextFile } from "./input.js";
