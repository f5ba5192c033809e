#!/usr/bin/env node
// The installed `pactgraph` command: the only code that touches the process. It hands the CLI
// (the esbuild bundle in dist/bundle, built by `npm run compile`) the process's streams,
// environment and working directory, and sets the exit code. A long-running command (serve,
// build --watch) asks for SIGINT/SIGTERM (`listenForStop`): they then abort the signal it stops on,
// so it can finish what is in flight. Any other command gets no handler at all, so a signal ends
// it at once even while a query keeps the thread busy. `pactgraph … | head` exits quietly.
import nodeModule from "node:module";
import { setFlagsFromString } from "node:v8";

// Node 22.1 and later keep the bundle's compiled code between runs (in the system's temporary
// folder), so a cold command skips most of the parsing and compiling; Node 20 has no such cache.
nodeModule.enableCompileCache?.();

// How V8 compiles Oxigraph's WebAssembly is a choice for the process, so it is made here. A
// one-off command is over before the optimising compiler pays off (a cold `pactgraph query` spends
// about 170 ms less CPU with the baseline compiler only); `serve` keeps it: its query workers run
// for hours, and the optimised code loads and queries faster. Set before anything compiles.
if (process.argv.slice(2).find((arg) => !arg.startsWith("-")) !== "serve") setFlagsFromString("--liftoff-only");
// Oxigraph's 4 MB module is validated function by function as each is first compiled (V8 compiles
// lazily already) rather than all at once before it can start: about 40% less time to load it.
// The module is the package's own, fixed build, so nothing untrusted is validated later.
setFlagsFromString("--wasm-lazy-validation");
const { main } = await import("../dist/bundle/main.js");

process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const stop = new AbortController();
let listening = false;
const listenForStop = () => {
  if (listening) return;
  listening = true;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    const onSignal = () => {
      // The first signal stops the command gracefully; a second one kills the process as if no
      // handler were installed (other exit hooks, such as temporary-file clean-up, still run).
      if (!stop.signal.aborted) return stop.abort(signal);
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
};
process.exitCode = await main(process.argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: stop.signal,
  listenForStop,
});
