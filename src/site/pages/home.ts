/**
 * The overview: what the corpus holds, the network and the timeline, and every page by kind —
 * agreements, parties, people, sources, then everything else (claims, clauses, events…).
 */
import { COLLECTIONS } from "../../rdf/prefixes.js";
import { html } from "../html.js";
import { page } from "../layout.js";
import { claimBadges, nodeLink, type PageContext } from "../render.js";
import { instancesOf } from "../site-graph.js";
import { figureHtml, type DiagramFigure } from "./figures.js";

type Nav = readonly { readonly href: string; readonly label: string }[];

export function homePage(context: PageContext, diagrams: readonly DiagramFigure[], extraNav: Nav = []): string {
  const table = context.site.table;
  const list = (iris: readonly string[]) => html`<ul class="columns">${iris.map((i) => html`<li>${nodeLink(context, i)}</li>`)}</ul>`;
  const agreements = [...context.site.network.agreements.keys()].sort();
  const parties = [...context.site.network.parties.values()].sort((a, b) => a.className.localeCompare(b.className) || a.label.localeCompare(b.label));
  const byClass = new Map<string, string[]>();
  for (const p of parties) byClass.set(p.className, [...(byClass.get(p.className) ?? []), p.iri]);
  const people = instancesOf(table, "Person");
  const sources = instancesOf(table, "SourceDocument");
  const claims = instancesOf(table, "Claim");
  const shown = new Set([...agreements, ...parties.map((p) => p.iri), ...people, ...sources, ...claims]);
  const others = COLLECTIONS.map((collection) => ({ collection, iris: [...context.site.pages.values()].filter((iri) => iri.includes(`/id/${collection}/`) && !shown.has(iri)).sort() })).filter((g) => g.iris.length > 0);
  const body = html`<h1>The corpus</h1>
<p>${agreements.length} agreements, ${parties.length} parties, ${people.length} people and ${claims.length} claims from ${sources.length} ${sources.length === 1 ? "source" : "sources"}. Every statement rests on a claim quoted from a source; each source's page shows its text with the quoted passages marked.</p>
${diagrams.map((d) => figureHtml(context, d))}
<h2 id="agreements">Agreements</h2>${list(agreements)}
<h2 id="parties">Parties</h2>${[...byClass].map(([className, iris]) => html`<h3>${className.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}</h3>${list(iris)}`)}
<h2 id="people">People</h2>${list(people)}
<h2 id="sources">Sources</h2>${list(sources)}
<h2 id="claims">Claims</h2><ul class="columns">${claims.map((c) => html`<li>${nodeLink(context, c)} ${claimBadges(context, c)}</li>`)}</ul>
${others.length > 0 ? html`<h2 id="everything-else">Everything else</h2>${others.map((g) => html`<h3>${g.collection}</h3>${list(g.iris)}`)}` : ""}`;
  return page({ path: context.path, title: "The corpus", body, extraNav });
}
