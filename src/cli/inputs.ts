/**
 * Turns `--data` values into loader inputs: files as paths, `-` as standard input, http(s) URLs
 * downloaded with a size and time limit. Without `--data`, the project's built graph; when there
 * is none, an error that says how to build it (never an empty result).
 */
import { PactgraphError, UsageError } from "../errors.js";
// The modules themselves, not their folders' index: every command's definition imports this file,
// and an index would put the builder and the RDF writers on the start-up path of every command.
import { builtGraphFiles } from "../build/layout.js";
import { parseFormatName, rdfFormatOfMediaType, type RdfFormat } from "../rdf/formats.js";
import { bytesInput, fileInput, type RdfInput } from "../rdf/input.js";
import type { CommandContext } from "./context.js";
import type { DataOptions } from "./options.js";
import { parseAbsoluteIri, parseByteSize, parseDuration } from "./values.js";

const URL_PATTERN = /^https?:\/\//i;

/** The inputs of a command: `--data` when given, else the project's built graph. */
export async function dataInputs(context: CommandContext, options: DataOptions): Promise<RdfInput[]> {
  const format = options.inputFormat === undefined ? undefined : parseFormatName(options.inputFormat);
  const base = options.base === undefined ? undefined : parseAbsoluteIri(options.base, "--base");
  if (!options.data) {
    if (format || base) throw new UsageError("--input-format and --base apply to --data input; the built graph needs neither");
    return (await projectGraphFiles(context)).map((path) => fileInput(path));
  }
  const typed = { ...(format ? { format } : {}), ...(base ? { base } : {}) };
  const inputs: RdfInput[] = [];
  let stdinUsed = false;
  for (const value of options.data) {
    // /dev/stdin is standard input by another name (and the CLI's stdin may not be the process's).
    if (value === "-" || value === "/dev/stdin") {
      if (stdinUsed) throw new UsageError("--data - can be given once: standard input is read only once");
      if (!format) throw new UsageError("--data - reads standard input, whose syntax nothing tells; pass --input-format (ttl, nt, nq, trig, jsonld, rdfxml)");
      stdinUsed = true;
      inputs.push(bytesInput("<stdin>", await readAll(context.io.stdin), typed));
    } else if (URL_PATTERN.test(value)) {
      inputs.push(await download(context, value, options, format, base));
    } else {
      inputs.push({ ...fileInput(context.path(value), typed), name: value });
    }
  }
  return inputs;
}

/** The project's built graph files, or an error saying how to build them. */
export async function projectGraphFiles(context: CommandContext): Promise<string[]> {
  const project = context.requireProject("built graph to use");
  const files = await builtGraphFiles(project.dataDir);
  if (files.length === 0) {
    throw new PactgraphError(`the project in ${project.root} has no built graph (no .ttl files in ${project.dataDir}); run \`pactgraph build\` first, or pass --data`, "E_NO_DATA");
  }
  return files;
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function download(context: CommandContext, url: string, options: DataOptions, format: RdfFormat | undefined, base: string | undefined): Promise<RdfInput> {
  const { httpGet } = await import("../net/index.js");
  const accept = "text/turtle, application/n-triples, application/n-quads, application/trig, application/ld+json, application/rdf+xml;q=0.9, */*;q=0.1";
  context.progress(`downloading ${url}…`);
  const response = await httpGet(url, {
    timeoutMs: parseDuration(options.downloadTimeout, "--download-timeout"),
    maxBytes: parseByteSize(options.maxDownload, "--max-download"),
    headers: { Accept: accept },
  });
  const told = format ?? (response.contentType ? rdfFormatOfMediaType(response.contentType) : undefined);
  const input = bytesInput(url, response.bytes, { base: base ?? response.url, ...(told ? { format: told } : {}) });
  if (!told && !/\.(ttl|nt|nq|trig|jsonld|json|rdf|owl|xml)(\.gz)?$/i.test(new URL(url).pathname)) {
    throw new UsageError(`${url} answered with Content-Type ${response.contentType ?? "(none)"}, which is not an RDF syntax; pass --input-format`);
  }
  return told ? input : { ...input, name: url };
}
