/** Every command of the CLI, in the order `--help` lists them. Each module builds one commander Command. */
import type { Command } from "commander";
import type { CommandContext } from "../context.js";
import { buildCommand } from "./build.js";
import { diagramCommand } from "./diagram.js";
import { enrichCommand } from "./enrich.js";
import { exportCommand } from "./export.js";
import { initCommand } from "./init.js";
import { linkCommand } from "./link.js";
import { ontologyCommand } from "./ontology.js";
import { pushCommand } from "./push.js";
import { queriesCommand } from "./queries.js";
import { queryCommand } from "./query.js";
import { quoteCommand } from "./quote.js";
import { reportCommand } from "./report.js";
import { serveCommand } from "./serve.js";
import { siteCommand } from "./site.js";
import { summaryCommand } from "./summary.js";
import { validateCommand } from "./validate.js";

export function allCommands(context: CommandContext): Command[] {
  return [
    initCommand(context),
    buildCommand(context),
    summaryCommand(context),
    queryCommand(context),
    queriesCommand(context),
    reportCommand(context),
    exportCommand(context),
    validateCommand(context),
    quoteCommand(context),
    diagramCommand(context),
    siteCommand(context),
    ontologyCommand(context),
    linkCommand(context),
    enrichCommand(context),
    pushCommand(context),
    serveCommand(context),
  ];
}
