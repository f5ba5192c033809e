/** Options several commands share, defined once so their names, defaults and help read the same. */
import { Option, type Command } from "commander";

/** Repeatable option values collect into a list. */
export function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `--data`, `--input-format`, `--base`, `--max-download`, `--download-timeout`: where RDF comes from. */
export function addDataOptions(command: Command): Command {
  return command
    .addOption(new Option("-d, --data <source>", "RDF to use instead of the project's built graph: a file (.gz too), - for standard input, or an http(s) URL; repeatable").argParser(collect))
    .addOption(new Option("--input-format <name>", "syntax of --data input whose name does not tell it (ttl, nt, nq, trig, jsonld, rdfxml, or a media type); needed for -"))
    .addOption(new Option("--base <iri>", "base IRI for relative IRIs in --data input (default: each file's file: URL, or the URL it was fetched from)"))
    .addOption(new Option("--max-download <size>", "largest --data download accepted (e.g. 50M)").default("256M"))
    .addOption(new Option("--download-timeout <duration>", "time limit of a --data download, body included (e.g. 60, 30s, 2m)").default("60"))
    .addOption(new Option("--strict", "refuse ill-typed literals (\"x\"^^xsd:integer) when loading, at file:line:column, rather than loading them as valid RDF"));
}

/** The values of {@link addDataOptions}. */
export interface DataOptions {
  readonly data?: string[];
  readonly inputFormat?: string;
  readonly base?: string;
  readonly maxDownload: string;
  readonly downloadTimeout: string;
  readonly strict?: boolean;
}

/** `-o/--output` and `--force`: where results go. */
export function addOutputOptions(command: Command, what: string): Command {
  return command
    .option("-o, --output <file>", `write ${what} to this file (- for stdout); regular files are replaced atomically, FIFOs and devices written directly`)
    .option("--force", "replace the -o file even if it is read-only");
}

export interface OutputOptions {
  readonly output?: string;
  readonly force?: boolean;
}
