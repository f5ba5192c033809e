// The part of shacl-engine's API pactgraph uses (the package ships no type declarations).
declare module "shacl-engine" {
  import type { DatasetCore } from "@rdfjs/types";

  export interface ValidationReport {
    readonly conforms: boolean;
    /** The standard sh:ValidationReport as RDF. */
    readonly dataset: DatasetCore;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: { factory: unknown; details?: boolean; debug?: boolean });
    validate(data: { dataset: DatasetCore }): Promise<ValidationReport>;
  }
}
