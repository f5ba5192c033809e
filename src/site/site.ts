/**
 * `pactgraph site` as a function: the whole static site of a graph, as a map of paths to file
 * contents — one page per node (agreements, parties, people, sources, claims and every other
 * node with an instance IRI), the diagrams they show, the saved queries with their results, the
 * ontology reference, the overview and the stylesheet. The same graph gives the same files.
 */
import { describePicture, entanglementView, pictureOf, renderSvg, timelineSvg, toDot, toMermaid, type DiagramView, type Picture, type QueryRunner } from "../diagram/index.js";
import type { SavedQuery } from "../query/index.js";
import { HOME, ONTOLOGY_PAGE, pageOfIri, queryPage, QUERIES_PAGE, relativeHref, slugOf, STYLESHEET } from "./paths.js";
import { entityPage } from "./pages/entity.js";
import type { DiagramFigure } from "./pages/figures.js";
import { homePage } from "./pages/home.js";
import { ontologyPage } from "./pages/ontology.js";
import { queriesIndexPage, queryPageHtml } from "./pages/queries.js";
import { readSiteGraph, type SiteGraph } from "./site-graph.js";
import { STYLESHEET_CSS } from "./stylesheet.js";

const WHAT_IF: ReadonlyMap<string, string> = new Map([["scenario", "what_if"]]);

export interface SiteOptions {
  readonly run: QueryRunner;
  readonly queries: readonly SavedQuery[];
  /** Reads a source's pact:textFile; undefined when it cannot be found. */
  readonly readText: (textFile: string) => Promise<string | undefined>;
  /** Pages outside the static site to link from the navigation (serve's query page), by root-relative path. */
  readonly extraNav?: readonly { readonly path: string; readonly label: string }[];
}

/** The site's files by path (relative to its root). */
export type SiteFiles = Map<string, string>;

export async function generateSite(options: SiteOptions): Promise<SiteFiles> {
  const site = await readSiteGraph(options);
  const files: SiteFiles = new Map();
  const navFor = (path: string) => (options.extraNav ?? []).map((n) => ({ href: relativeHref(path, n.path), label: n.label }));
  const figuresOf = new Map<string, DiagramFigure[]>();
  const addFigure = (node: string, figure: DiagramFigure) => figuresOf.set(node, [...(figuresOf.get(node) ?? []), figure]);

  const draw = async (path: string, picture: Picture, caption: string): Promise<DiagramFigure> => {
    const href = (iri: string) => {
      const target = pageOfIri(iri);
      return target && site.pages.has(target) ? relativeHref(path, target) : undefined;
    };
    const description = describePicture(picture);
    files.set(path, await renderSvg(toDot(picture, { href }), picture.title, description));
    return { path, alt: description, caption, ties: tiesOf(picture) };
  };

  const network = await draw("diagrams/network.svg", pictureOf(site.network, { kind: "corpus" }), "The network of parties and agreements, edges coloured by obligation kind.");
  const partiesOnly = await draw("diagrams/network-parties.svg", pictureOf(site.network, { kind: "corpus" }, "parties"), "The obligations between parties, each labelled with its agreement.");
  files.set("diagrams/network.dot", toDot(pictureOf(site.network, { kind: "corpus" })));
  files.set("diagrams/network.mmd", toMermaid(pictureOf(site.network, { kind: "corpus" })));
  files.set("diagrams/timeline.svg", timelineSvg(site.timeline, { href: (iri) => linkFrom(site, "diagrams/timeline.svg", iri) }));
  const timeline: DiagramFigure = { path: "diagrams/timeline.svg", alt: "Timeline of agreements, memberships and events, each date drawn over the day, month or year it stands for.", caption: "The timeline." };

  for (const agreement of site.network.agreements.keys()) {
    addFigure(agreement, await draw(`diagrams/agreement/${slugOf(agreement)}.svg`, pictureOf(site.network, { kind: "agreement", agreement }), "The agreement and its parties."));
  }
  for (const party of site.network.parties.keys()) {
    const picture = pictureOf(site.network, { kind: "party", party });
    if (picture.nodes.length > 1) addFigure(party, await draw(`diagrams/party/${slugOf(party)}.svg`, picture, "The party, its agreements and their other parties."));
  }
  const entanglement = options.queries.find((q) => q.name === "defence-entanglement");
  if (entanglement) {
    for (const party of site.network.parties.values()) {
      if (party.className !== "State") continue;
      // The what_if scenario: a corpus of reported plans has few chains in force, and a chain
      // that needs a hypothesis is drawn as such (its prospective ties are dashed).
      const view: DiagramView = await entanglementView(options.run, entanglement, party.iri, site.network, WHAT_IF);
      if (view.kind !== "entanglement" || view.chains.length === 0) continue;
      addFigure(party.iri, await draw(`diagrams/entanglement/${slugOf(party.iri)}.svg`, pictureOf(site.network, view), `Chains of defence obligations from ${party.label}, prospective agreements and members included (the saved query defence-entanglement, scenario what_if).`));
    }
  }

  for (const [path, node] of site.pages) {
    files.set(path, entityPage({ site, path, figures: figuresOf.get(node) ?? [], extraNav: navFor(path) }, node));
  }
  files.set(HOME, homePage({ site, path: HOME }, [network, partiesOnly, timeline], navFor(HOME)));
  files.set(QUERIES_PAGE, queriesIndexPage({ site, path: QUERIES_PAGE }, navFor(QUERIES_PAGE)));
  for (const run of site.queries) files.set(queryPage(run.query.name), queryPageHtml({ site, path: queryPage(run.query.name) }, run, navFor(queryPage(run.query.name))));
  files.set(ONTOLOGY_PAGE, ontologyPage(ONTOLOGY_PAGE, navFor(ONTOLOGY_PAGE)));
  files.set(STYLESHEET, STYLESHEET_CSS);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function linkFrom(site: SiteGraph, from: string, iri: string): string | undefined {
  const target = pageOfIri(iri);
  return target && site.pages.has(target) ? relativeHref(from, target) : undefined;
}

/** A picture's ties in words, for the list under each diagram. */
function tiesOf(picture: Picture): string[] {
  const label = (id: string) => {
    const node = picture.nodes.find((n) => n.id === id);
    return node ? node.label : id;
  };
  return picture.edges.map((e) => `${label(e.from)} ${e.directed ? "→" : "—"} ${e.label} ${e.directed ? "→" : "—"} ${label(e.to)}${e.style === "dashed" ? " (prospective)" : e.style === "dotted" ? " (failed or ended)" : ""}`);
}
