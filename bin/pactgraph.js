#!/usr/bin/env node
// The installed `pactgraph` command: the only code that touches the process. It hands the CLI
// (the esbuild bundle in dist/bundle, built by `npm run compile`) the process's streams,
// environment and working directory, and sets the exit code. SIGINT/SIGTERM abort the signal a
// long-running command (serve, build --watch) listens to, so it can finish what is in flight;
// any other command exits at once, as without a handler. `pactgraph … | head` exits quietly.
import { getEventListeners } from "node:events";
import { main } from "../dist/bundle/main.js";

process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const stop = new AbortController();
const codes = { SIGINT: 130, SIGTERM: 143 };
for (const [signal, code] of Object.entries(codes)) {
  process.on(signal, () => {
    // A command that listens stops gracefully; a second signal, or a command that does not, exits now.
    if (!stop.signal.aborted && getEventListeners(stop.signal, "abort").length > 0) stop.abort(signal);
    else process.exit(code);
  });
}
process.exitCode = await main(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: stop.signal,
});
