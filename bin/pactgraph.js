#!/usr/bin/env node
// The installed `pactgraph` command: runs the bundled CLI (dist/bundle, built by `npm run compile`)
// and sets the exit code.
import { main } from "../dist/bundle/main.js";

process.exitCode = await main(process.argv);
