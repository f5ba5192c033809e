/** Validation: SHACL shapes, and the checks shapes cannot express. */
export { validateShacl } from "./shacl.js";
export type { ShaclReport, ShaclResult } from "./shacl.js";
