/** File and stream I/O shared by every command: reading text, atomic writes, output targets. */
export { describeFsError, readTextFile } from "./read.js";
export { writeFileAtomically } from "./atomic-write.js";
export { sha256Hex } from "./hash.js";
export { outputKind, writeOutput } from "./output-target.js";
export type { OutputKind, OutputStream, WriteOutputOptions } from "./output-target.js";
export { writeFilesUnder } from "./write-tree.js";
