/** `pactgraph site`: the graph as a static, offline HTML site. */
import { Command } from "commander";
import { dirname, isAbsolute, join } from "node:path";
import { UsageError } from "../../errors.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { queryLibraries } from "../libraries.js";
import { addDataOptions, type DataOptions } from "../options.js";

/** The file in the site folder that lists what the last run wrote. */
const SITE_MANIFEST = ".pactgraph-site";

interface SiteOptions extends DataOptions {
  readonly output?: string;
}

export function siteCommand(context: CommandContext): Command {
  return addDataOptions(new Command("site"))
    .summary("write the graph as a static HTML site (pages per node, diagrams, queries, ontology)")
    .description(
      "Writes a static site that reads offline (no network, no scripts): one page per agreement, party, person, source, claim " +
        "and every other node, linked to each other and to the diagrams; each source's text with every quoted span " +
        "highlighted and linked to its claim; the saved queries with their results; the ontology reference. " +
        "The same graph gives the same files.",
    )
    .option("-o, --output <dir>", "the folder to write the site into (created if missing)")
    .addHelpText("after", "\nExamples:\n  pactgraph site -o site\n  pactgraph site --data other-graph.trig -o /tmp/other-site")
    .action(async (options: SiteOptions) => {
      if (!options.output) throw new UsageError("say where to write the site: pactgraph site -o <dir>");
      const started = performance.now();
      const [{ generateSite }, query, io] = await Promise.all([import("../../site/index.js"), import("../../query/index.js"), import("../../io/index.js")]);
      const inputs = await dataInputs(context, options);
      const { source } = await query.loadLocalSource(inputs, { unionDefaultGraph: options.data === undefined, load: context.loadOptions(options.strict) });
      const { runQuery } = await import("../../query/engine.js");
      const files = await generateSite({
        run: (prepared) => runQuery(prepared, source),
        queries: await query.listSavedQueries(queryLibraries(context)),
        readText: sourceTextReader(context, inputs.flatMap((i) => ("path" in i.content ? [dirname(i.content.path)] : []))),
      });
      const target = context.path(options.output);
      // The manifest lets the next run remove pages of nodes the graph no longer has, and only those.
      const { removed } = await io.writeFilesUnder(target, files, { manifest: SITE_MANIFEST });
      const pages = [...files.keys()].filter((p) => p.endsWith(".html")).length;
      const bytes = [...files.values()].reduce((n, content) => n + Buffer.byteLength(content), 0);
      context.out(`wrote ${pages} pages and ${files.size - pages} other files (${(bytes / 1024).toFixed(0)} KiB) to ${options.output} in ${Math.round(performance.now() - started)} ms` + (removed.length > 0 ? `; removed ${removed.length} file(s) of the previous site the graph no longer has` : ""));
    });
}

/**
 * Reads a source's text file: relative to the project root, else to a data file's folder (as
 * validate looks for it). A text that cannot be read is a warning: its page lists its quotes.
 */
export function sourceTextReader(context: CommandContext, dataFolders: readonly string[]): (textFile: string) => Promise<string | undefined> {
  return async (textFile) => {
    const { readTextFile } = await import("../../io/index.js");
    const folders = [...(context.project ? [context.project.root] : []), ...dataFolders, context.io.cwd];
    const candidates = isAbsolute(textFile) ? [textFile] : [...new Set(folders.map((f) => join(f, textFile)))];
    for (const candidate of candidates) {
      const text = await readTextFile(candidate).catch(() => undefined);
      if (text !== undefined) return text;
    }
    context.warn(`cannot read the source text ${textFile} (looked in ${candidates.join(", ")}); its page lists its quotes without it`);
    return undefined;
  };
}
