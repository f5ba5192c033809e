/**
 * What the loader reads: a file, or bytes already in memory (standard input, a downloaded URL),
 * with the name messages use, an optional format and base IRI, and gzip compression told by a
 * `.gz` name or the gzip magic bytes.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { RdfFormat } from "./formats.js";

export interface RdfInput {
  /** What messages call it: the path as typed, `<stdin>`, or the URL. */
  readonly name: string;
  readonly content: { readonly path: string } | { readonly bytes: Uint8Array };
  /** The syntax; when absent it comes from the name's extension (looking through `.gz`). */
  readonly format?: RdfFormat;
  /** The base IRI relative IRIs resolve against; default: the file's `file:` URL, or the URL. */
  readonly base?: string;
}

/** A file on disk as loader input. */
export function fileInput(path: string, options: { format?: RdfFormat; base?: string } = {}): RdfInput {
  return { name: path, content: { path }, ...options };
}

/** Bytes in memory as loader input (`name` is used in messages and to tell the format). */
export function bytesInput(name: string, bytes: Uint8Array, options: { format?: RdfFormat; base?: string } = {}): RdfInput {
  return { name, content: { bytes }, ...options };
}

/** Accepts paths where inputs are expected. */
export function toRdfInput(input: string | RdfInput): RdfInput {
  return typeof input === "string" ? fileInput(input) : input;
}

/** The base IRI of an input: as given, else the file's URL (as Jena's riot does), else none. */
export function baseOf(input: RdfInput): string | undefined {
  if (input.base !== undefined) return input.base;
  if ("path" in input.content) return pathToFileURL(resolve(input.content.path)).href;
  return /^https?:\/\//i.test(input.name) ? input.name : undefined;
}

/** True for gzip data: a `.gz` name or the magic bytes 1f 8b. */
export function isGzip(name: string, firstBytes: Uint8Array): boolean {
  return name.toLowerCase().endsWith(".gz") || (firstBytes[0] === 0x1f && firstBytes[1] === 0x8b);
}
