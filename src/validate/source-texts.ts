/**
 * The texts of source documents, found through their `pact:textFile` (a path relative to the
 * project root, or to a data file's directory) and checked against the `pact:sha256` and
 * `pact:characterCount` recorded when the graph was built: a changed text moves every offset.
 */
import { readFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import type { NamedNode, Term } from "@rdfjs/types";
import { DataFactory } from "n3";
import { SourceText } from "../dsl/index.js";
import { describeFsError, sha256Hex } from "../io/index.js";
import { propertyIri } from "../schema/index.js";
import { CHECKS, type ValidationResult } from "./results.js";
import type { TripleIndex } from "./triple-index.js";

const TEXT_FILE = DataFactory.namedNode(propertyIri("textFile"));
const SHA256 = DataFactory.namedNode(propertyIri("sha256"));
const CHARACTER_COUNT = DataFactory.namedNode(propertyIri("characterCount"));

/** A document's text, or why it is not available. */
export type DocumentText = { readonly text: SourceText; readonly file: string } | { readonly text?: undefined };

/** Reads each document's text once and reports documents whose text is missing or changed. */
export class SourceTexts {
  readonly #cache = new Map<string, Promise<DocumentText>>();
  readonly problems: ValidationResult[] = [];

  /** `directories`: where relative text paths are looked up, in order (project root first). */
  constructor(
    private readonly store: TripleIndex,
    private readonly directories: readonly string[],
  ) {}

  /** The text of `document`; an empty answer when it has no pact:textFile or it cannot be read. */
  async get(document: Term): Promise<DocumentText> {
    let entry = this.#cache.get(document.value);
    if (!entry) {
      entry = this.#load(document);
      this.#cache.set(document.value, entry);
    }
    return entry;
  }

  async #load(document: Term): Promise<DocumentText> {
    const [path] = this.store.objects(document, TEXT_FILE);
    if (!path) {
      // Never a silent skip: without the text, quotes cannot be checked, and the report says so.
      this.problems.push({
        focusNode: document.value,
        path: TEXT_FILE.value,
        severity: "Warning",
        constraint: CHECKS.sourceText,
        message: "has no pact:textFile, so the quotes that cite it cannot be checked against its text; declare the source with textFile (a path relative to the project root) and rebuild",
      });
      return {};
    }
    const candidates = isAbsolute(path.value) ? [path.value] : [...new Set(this.directories.map((d) => join(d, path.value)))];
    let lastError: unknown;
    for (const file of candidates) {
      try {
        const content = await readFile(file, "utf8");
        this.#checkFingerprint(document, file, content);
        return { text: new SourceText(content), file };
      } catch (error) {
        lastError = error;
      }
    }
    this.problems.push({
      focusNode: document.value,
      path: TEXT_FILE.value,
      value: path.value,
      severity: "Violation",
      constraint: CHECKS.sourceText,
      message: `cannot read the text file "${path.value}" (${describeFsError(lastError)}; looked in ${candidates.join(", ")}), so its quotes cannot be checked`,
    });
    return {};
  }

  #checkFingerprint(document: Term, file: string, content: string): void {
    const [sha256] = this.store.objects(document, SHA256);
    const actual = sha256Hex(content);
    if (sha256 && sha256.value !== actual) {
      this.#changed(document, SHA256, `the SHA-256 of ${file} is ${actual}, not the recorded ${sha256.value}`);
      return;
    }
    const [count] = this.store.objects(document, CHARACTER_COUNT);
    const length = Array.from(content).length;
    if (count && Number(count.value) !== length) {
      this.#changed(document, CHARACTER_COUNT, `${file} has ${length} characters, not the recorded ${count.value}`);
    }
  }

  #changed(document: Term, path: NamedNode, detail: string): void {
    this.problems.push({
      focusNode: document.value,
      path: path.value,
      severity: "Violation",
      constraint: CHECKS.sourceText,
      message: `${detail}: the text changed after the graph was built, so quote offsets may be wrong; restore the text or rebuild the graph`,
    });
  }
}
