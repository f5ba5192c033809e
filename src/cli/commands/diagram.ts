/** `pactgraph diagram`: the alliance network (or the timeline) as SVG, DOT or Mermaid. */
import { Command, Option } from "commander";
import { UsageError } from "../../errors.js";
import type { DiagramFormat, DiagramLayout, DiagramView } from "../../diagram/index.js";
import type { CommandContext } from "../context.js";
import { dataInputs } from "../inputs.js";
import { queryLibraries } from "../libraries.js";
import { addDataOptions, addOutputOptions, collect, type DataOptions, type OutputOptions } from "../options.js";

interface DiagramOptions extends DataOptions, OutputOptions {
  readonly agreement?: string;
  readonly party?: string;
  readonly entanglement?: string;
  readonly timeline?: boolean;
  readonly param?: string[];
  readonly layout: DiagramLayout;
  readonly format?: string;
}

const EXAMPLES = `
Examples:
  pactgraph diagram -o network.svg
  pactgraph diagram --layout parties -f dot | dot -Tpng > network.png
  pactgraph diagram --agreement agreement:saudi-pakistan-pact -f mermaid -o pact.md
  pactgraph diagram --party party:turkey -o turkey.svg
  pactgraph diagram --entanglement party:turkey -p scenario=what_if -o turkey-chains.svg
  pactgraph diagram --timeline -o timeline.svg

Edges are coloured by obligation kind (defence, nuclear, consultation, non-aggression, basing, aid,
cooperation), arrows mark one-way obligations, solid lines binding agreements, dashed ones
prospective agreements and memberships, dotted ones failed or ended ones; "(hedged)" marks what
rests on a hedged or speculative claim, "(conditional)" an obligation with conditions. The
entanglement view draws the chains the saved query defence-entanglement returns (-p sets its
parameters). SVG is drawn by Graphviz compiled to WebAssembly; the same graph gives the same bytes.`;

const EXTENSIONS: Readonly<Record<string, DiagramFormat>> = { ".svg": "svg", ".dot": "dot", ".gv": "dot", ".mmd": "mermaid", ".mermaid": "mermaid", ".md": "mermaid" };

export function diagramCommand(context: CommandContext): Command {
  const command = new Command("diagram")
    .summary("draw the alliance network or the timeline (SVG by Graphviz, DOT, Mermaid)")
    .description("Draws the network of parties and agreements of the project's built graph or --data input: the whole corpus, one agreement, one party's neighbourhood or the defence chains from a state; or the timeline of agreements and events.")
    .option("--agreement <iri>", "one agreement and its parties (agreement:… or a full IRI)")
    .option("--party <iri>", "one party, its agreements and their other parties")
    .option("--entanglement <state>", "the chains of defence obligations a conflict involving the state could draw others in through")
    .addOption(new Option("-p, --param <key=value>", "with --entanglement: a parameter of the defence-entanglement query (repeatable)").argParser(collect))
    .option("--timeline", "the timeline of agreements, memberships and events (SVG only)")
    .addOption(new Option("--layout <layout>", "agreements: parties and agreements as nodes; parties: parties only, agreements on the edges").choices(["agreements", "parties"]).default("agreements"))
    .option("-f, --format <format>", "svg, dot or mermaid; default: from the -o extension (.svg, .dot/.gv, .mmd/.md), else svg");
  addDataOptions(command);
  return addOutputOptions(command, "the diagram")
    .addHelpText("after", EXAMPLES)
    .action(async (options: DiagramOptions) => run(context, options));
}

async function run(context: CommandContext, options: DiagramOptions): Promise<void> {
  const chosen = [options.agreement, options.party, options.entanglement, options.timeline].filter((o) => o !== undefined && o !== false);
  if (chosen.length > 1) throw new UsageError("choose one of --agreement, --party, --entanglement and --timeline");
  if (options.param && !options.entanglement) throw new UsageError("--param sets parameters of the defence-entanglement query; it goes with --entanglement");
  const format = formatOf(options);
  if (options.timeline && format !== "svg") throw new UsageError("the timeline is drawn as SVG only; leave out --format or use -f svg");
  const [diagram, query] = await Promise.all([import("../../diagram/index.js"), import("../../query/index.js")]);
  const iri = (raw: string, name: string) => query.toParamValue({ name, type: "iri", description: "" }, raw).value;
  const focus = {
    ...(options.agreement ? { agreement: iri(options.agreement, "--agreement") } : {}),
    ...(options.party ? { party: iri(options.party, "--party") } : {}),
    ...(options.entanglement ? { focal: iri(options.entanglement, "--entanglement") } : {}),
  };
  const params = query.parseParamArguments(options.param ?? []);
  const saved = options.entanglement ? await query.findSavedQuery(queryLibraries(context), "defence-entanglement") : undefined;
  const { source } = await query.loadLocalSource(await dataInputs(context, options), { unionDefaultGraph: options.data === undefined, load: context.loadOptions(options.strict) });
  const { runQuery } = await import("../../query/engine.js");
  const runner = (prepared: Parameters<typeof runQuery>[0]) => runQuery(prepared, source);

  let text: string;
  if (options.timeline) {
    text = diagram.timelineSvg(await diagram.readTimeline(runner));
  } else {
    const graph = await diagram.readAllianceGraph(runner);
    let view: DiagramView = { kind: "corpus" };
    if (focus.agreement) view = { kind: "agreement", agreement: focus.agreement };
    if (focus.party) view = { kind: "party", party: focus.party };
    if (focus.focal && saved) {
      view = await diagram.entanglementView(runner, saved, focus.focal, graph, params);
      if (view.kind === "entanglement" && view.chains.length === 0 && !params.has("scenario")) context.warn("no chain of defence obligations in force reaches another state; -p scenario=what_if also follows prospective agreements and members");
    }
    text = await diagram.drawNetwork(graph, { view, layout: options.layout, format });
    if (format === "mermaid" && options.output?.endsWith(".md")) text = `\`\`\`mermaid\n${text}\`\`\`\n`;
  }
  const { writeOutput } = await import("../../io/index.js");
  const target = options.output === undefined || options.output === "-" ? "-" : context.path(options.output);
  await writeOutput(target, text, { stdout: context.io.stdout, force: options.force === true });
}

function formatOf(options: DiagramOptions): DiagramFormat {
  if (options.format !== undefined) {
    const format = options.format.toLowerCase();
    if (format === "svg" || format === "dot" || format === "mermaid") return format;
    if (format === "gv" || format === "graphviz") return "dot";
    if (format === "mmd") return "mermaid";
    throw new UsageError(`unknown diagram format "${options.format}"; use svg, dot or mermaid`);
  }
  const extension = /\.[A-Za-z]+$/.exec(options.output ?? "")?.[0]?.toLowerCase();
  return (extension && EXTENSIONS[extension]) || "svg";
}
