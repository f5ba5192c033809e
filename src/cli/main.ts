/**
 * The `pactgraph` command line: parses arguments, runs one command, prints one line on failure
 * (the stack only with --verbose) and returns the exit code: 0 ok, 1 a problem in the data or the
 * query, 2 usage or I/O. It touches nothing but the {@link CliIo} it is given, so it can run many
 * times in one process (the tests do).
 */
import { Command, CommanderError } from "commander";
import { ExitCode, isPactgraphError } from "../errors.js";
import { packageVersion } from "../project/index.js";
import { allCommands } from "./commands/index.js";
import { CommandContext } from "./context.js";
import type { CliIo } from "./io.js";

const EXAMPLES = `
Examples:
  pactgraph init my-corpus         start a corpus project of your own
  pactgraph build                  build the project's DSL modules into Turtle
  pactgraph query defence-obligations
  pactgraph <command> --help       options and examples of one command

Local data is queried with Oxigraph (the default engine); Comunica runs remote endpoints,
SERVICE federation and --engine comunica.
Exit codes: 0 ok, 1 a problem in the data or the query, 2 usage or I/O error.`;

/** The program with every command, writing through `context`; exported for `--help` generation. */
export function createProgram(context: CommandContext): Command {
  const program = new Command("pactgraph")
    .description("Model international security agreements as provenance-rich linked data.")
    .version(packageVersion(), "-V, --version")
    .option("--verbose", "print stack traces of errors")
    .addHelpText("after", EXAMPLES);
  for (const command of allCommands(context)) program.addCommand(command);
  const output = {
    writeOut: (text: string) => context.io.stdout.write(text),
    writeErr: (text: string) => context.io.stderr.write(text),
    outputError: () => undefined,
  };
  for (const command of [program, ...program.commands]) command.exitOverride().showSuggestionAfterError().configureOutput(output);
  return program;
}

/** Runs the CLI on `argv` (as in process.argv: node, script, arguments…) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const verbose = argv.includes("--verbose");
  const context = new CommandContext(io);
  try {
    await createProgram(context).parseAsync([...argv]);
    return context.exitCode;
  } catch (error) {
    return report(error, verbose, io);
  }
}

function report(error: unknown, verbose: boolean, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return ExitCode.ok; // --help, --version
    io.stderr.write(`pactgraph: ${error.message.replace(/^error: /, "")}\n(see pactgraph --help)\n`);
    return ExitCode.usage;
  }
  if (isPactgraphError(error)) {
    io.stderr.write(`pactgraph: ${error.message}\n`);
    if (verbose && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`pactgraph: unexpected error (a bug in pactgraph; please report it): ${message}\n`);
  io.stderr.write(verbose && error instanceof Error && error.stack ? `${error.stack}\n` : "(run with --verbose for the stack trace)\n");
  return ExitCode.data;
}
