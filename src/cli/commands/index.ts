/** Every command of the CLI, in the order `--help` lists them. Each module builds one commander Command. */
import type { Command } from "commander";
import { buildCommand } from "./build.js";
import { summaryCommand } from "./summary.js";
import { queriesCommand } from "./queries.js";
import { queryCommand } from "./query.js";
import { reportCommand } from "./report.js";
import { exportCommand } from "./export.js";
import { validateCommand } from "./validate.js";
import { linkCommand } from "./link.js";
import { pushCommand } from "./push.js";
import { serveCommand } from "./serve.js";

export function allCommands(): Command[] {
  return [
    buildCommand(),
    summaryCommand(),
    queryCommand(),
    queriesCommand(),
    reportCommand(),
    exportCommand(),
    validateCommand(),
    linkCommand(),
    pushCommand(),
    serveCommand(),
  ];
}
