/** Validation: SHACL shapes, and the checks shapes cannot express. */
export { validateShacl, readShaclReport, type ShaclEngine } from "./shacl.js";
export { coreShapesOf, readCoreShapes, type CoreShape, type CoreShapesReading } from "./core-shapes.js";
export { coreShapesFileOf, decodeCoreShapes, encodeCoreShapes } from "./core-shapes-file.js";
export type { ShaclReport, ShaclResult } from "./shacl.js";
export { loadShapesFile } from "./shapes-file.js";
export { validateGraph } from "./validate.js";
export type { GraphValidation, ValidateGraphOptions } from "./validate.js";
export { CHECKS, CHECKS_NAMESPACE } from "./results.js";
export type { Severity, ValidationResult } from "./results.js";
export { compactIri, constraintName, formatPath, formatResults, summarizeResults } from "./report-text.js";
