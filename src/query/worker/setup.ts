/**
 * What a pool's workers are started with: the inputs (as they are, or read once into shared
 * memory), and the JS heap each worker may use.
 */
import { readFile, stat } from "node:fs/promises";
import { IoError } from "../../errors.js";
import { describeFsError } from "../../io/index.js";
import { baseOf, bytesInput, isGzip, toRdfInput, type RdfInput } from "../../rdf/input.js";
import type { RdfInputs } from "../../rdf/load.js";
import type { LocalEngine } from "../engine.js";

/**
 * The inputs for the workers and their total size in bytes. With `snapshot`, every input is read
 * into a SharedArrayBuffer: each worker reads the same bytes without a copy of its own, and a
 * worker started hours later loads the data the first one loaded, even if the files changed.
 */
export async function snapshotInputs(inputs: RdfInputs, snapshot: boolean): Promise<{ inputs: RdfInput[]; bytes: number }> {
  const result: RdfInput[] = [];
  let bytes = 0;
  for (const input of inputs.map(toRdfInput)) {
    if ("bytes" in input.content) {
      bytes += input.content.bytes.byteLength;
      result.push(snapshot ? { ...input, content: { bytes: shared(input.content.bytes) } } : input);
      continue;
    }
    const path = input.content.path;
    if (!snapshot) {
      bytes += (await stat(path).then((s) => s.size, () => 0)) * (isGzip(input.name, new Uint8Array()) ? 10 : 1);
      result.push(input);
      continue;
    }
    const content = await readFile(path).catch((error: unknown) => {
      throw new IoError(`cannot read ${input.name}: ${describeFsError(error)}`, input.name, { cause: error });
    });
    bytes += content.byteLength * (isGzip(input.name, content) ? 10 : 1);
    const base = baseOf(input);
    result.push(bytesInput(input.name, shared(content), { ...(input.format ? { format: input.format } : {}), ...(base ? { base } : {}) }));
  }
  return { inputs: result, bytes };
}

function shared(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

/**
 * A worker's JS heap ceiling in MiB: the per-query ceiling plus room to load the inputs (the
 * loader's strings for Oxigraph, the whole n3 store for Comunica); undefined for no ceiling.
 */
export function workerHeapMb(memoryMb: number | undefined, inputBytes: number, engine: LocalEngine): number | undefined {
  if (memoryMb === undefined) return undefined;
  const inputMb = inputBytes / 2 ** 20;
  return Math.ceil(memoryMb + 64 + inputMb * (engine === "comunica" ? 12 : 3));
}
