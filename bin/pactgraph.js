#!/usr/bin/env node
// The installed `pactgraph` command: runs the compiled CLI and sets the exit code.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv);
