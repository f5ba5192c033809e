/**
 * The `pactgraph` command line: parses arguments, runs one command, prints one line on failure
 * (the stack only with --verbose) and returns the exit code: 0 ok, 1 failure in the data or
 * query, 2 usage or I/O error.
 */
import { Command, CommanderError } from "commander";
import { ExitCode, isPactgraphError } from "../errors.js";
import { allCommands } from "./commands/index.js";
import { PACKAGE_ROOT } from "./context.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const EXAMPLES = `
Examples:
  pactgraph build                  build data/*.ttl and ontology/ from the DSL and the schema
  pactgraph summary                count what is in the built graph
  pactgraph <command> --help       options and examples of one command

Exit codes: 0 ok, 1 failure in the data or query, 2 usage or I/O error.`;

function version(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8"));
  return typeof manifest === "object" && manifest !== null && "version" in manifest ? String(manifest.version) : "0.0.0";
}

/** The program with every command; exported for tests and for `--help` generation. */
export function createProgram(): Command {
  const program = new Command("pactgraph")
    .description("Model international security agreements as provenance-rich linked data.")
    .version(version(), "-V, --version")
    .option("--verbose", "print stack traces of errors")
    .addHelpText("after", EXAMPLES);
  for (const command of allCommands()) program.addCommand(command);
  for (const command of [program, ...program.commands]) {
    command.exitOverride().showSuggestionAfterError().configureOutput({ outputError: () => undefined });
  }
  return program;
}

/** Runs the CLI on `argv` (as in process.argv) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const verbose = argv.includes("--verbose");
  exitQuietlyWhenPipeCloses();
  try {
    await createProgram().parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : ExitCode.ok;
  } catch (error) {
    return report(error, verbose);
  }
}

/** `pactgraph … | head` closes stdout early; that is not an error worth a stack trace. */
function exitQuietlyWhenPipeCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    throw error;
  });
}

function report(error: unknown, verbose: boolean): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok; // --help, --version
    process.stderr.write(`pactgraph: ${error.message.replace(/^error: /, "")}\n(see pactgraph --help)\n`);
    return ExitCode.usage;
  }
  if (isPactgraphError(error)) {
    process.stderr.write(`pactgraph: ${error.message}\n`);
    if (verbose && error.stack) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`pactgraph: unexpected error: ${message}\n`);
  process.stderr.write(verbose && error instanceof Error && error.stack ? `${error.stack}\n` : "(run with --verbose for the stack trace)\n");
  return ExitCode.failure;
}
