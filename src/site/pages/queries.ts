/**
 * The saved queries: a list with each question and its answer's size, and one page per query
 * with its description, parameters, SPARQL text and its result on this graph (with defaults),
 * nodes in the result linked to their pages.
 */
import type { Term } from "@rdfjs/types";
import { resultSize } from "../../query/index.js";
import { html, type Html } from "../html.js";
import { page } from "../layout.js";
import { queryPage, QUERIES_PAGE } from "../paths.js";
import { compact, href, termHtml, type PageContext } from "../render.js";
import type { SavedQueryRun } from "../site-graph.js";

type Nav = readonly { readonly href: string; readonly label: string }[];

function answer(run: SavedQueryRun): string {
  if (!run.result) return "no result on this graph";
  if (run.result.kind === "boolean") return `answer: ${run.result.value}`;
  const n = resultSize(run.result);
  return `${n} ${run.result.kind === "graph" ? (n === 1 ? "triple" : "triples") : n === 1 ? "row" : "rows"}`;
}

export function queriesIndexPage(context: PageContext, extraNav: Nav = []): string {
  const body = html`<h1>Saved queries</h1>
<p>The questions pactgraph asks of every corpus, in standard SPARQL 1.1, each run here on this graph with its default parameters. Run them yourself with <code>pactgraph query &lt;name&gt;</code>${extraNav.length > 0 ? html`, or on the <a href="${extraNav[0]!.href}">query page</a>` : ""}.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">query</th><th scope="col">the question</th><th scope="col">on this graph</th></tr></thead><tbody>${context.site.queries.map(
    (run) => html`<tr><td><a href="${href(context, queryPage(run.query.name))}">${run.query.name}</a></td><td>${run.query.title}</td><td>${answer(run)}</td></tr>`,
  )}</tbody></table></div>`;
  return page({ path: context.path, title: "Saved queries", body, extraNav });
}

export function queryPageHtml(context: PageContext, run: SavedQueryRun, extraNav: Nav = []): string {
  const { query } = run;
  const body = html`<p><a href="${href(context, QUERIES_PAGE)}">Saved queries</a></p>
<h1>${query.title}</h1>
<p class="iri">${query.name}</p>
<p>${query.description}</p>
${query.params.length > 0 ? html`<h2 id="parameters">Parameters</h2><div class="table-wrap"><table><thead><tr><th scope="col">name</th><th scope="col">type</th><th scope="col">default</th><th scope="col">meaning</th></tr></thead><tbody>${query.params.map((p) => html`<tr><td><code>${p.name}</code></td><td>${p.type}</td><td>${p.default ?? "(required)"}</td><td>${p.description}</td></tr>`)}</tbody></table></div>` : ""}
<p>Returns: ${query.returns}</p>
${query.notes.map((n) => html`<p class="context">Note: ${n}</p>`)}
<h2 id="result">On this graph: ${answer(run)}</h2>
${resultHtml(context, run)}
<h2 id="sparql">The query</h2>
<pre class="sparql"><code>${query.text}</code></pre>`;
  return page({ path: context.path, title: query.title, body, extraNav });
}

function resultHtml(context: PageContext, run: SavedQueryRun): Html {
  const { result } = run;
  if (!result) return html`<p>${run.problem ?? "No result."}</p>`;
  const cell = (term: Term | undefined) => (term ? termHtml(context, term) : html``);
  if (result.kind === "boolean") return html`<p><strong>${String(result.value)}</strong></p>`;
  if (result.kind === "graph") {
    const quads = [...result.quads].sort((a, b) => (compact(a.subject.value) + a.predicate.value + a.object.value < compact(b.subject.value) + b.predicate.value + b.object.value ? -1 : 1));
    return html`<div class="table-wrap"><table><thead><tr><th scope="col">subject</th><th scope="col">predicate</th><th scope="col">object</th></tr></thead><tbody>${quads.map(
      (q) => html`<tr><td>${cell(q.subject)}</td><td><span class="iri">${compact(q.predicate.value)}</span></td><td>${cell(q.object)}</td></tr>`,
    )}</tbody></table></div>`;
  }
  if (result.rows.length === 0) return html`<p>No rows.</p>`;
  const variables = result.variables.length > 0 ? result.variables : [...new Set(result.rows.flatMap((r) => [...r.keys()]))];
  return html`<div class="table-wrap"><table><thead><tr>${variables.map((v) => html`<th scope="col">${v}</th>`)}</tr></thead><tbody>${result.rows.map(
    (row) => html`<tr>${variables.map((v) => html`<td>${cell(row.get(v))}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}
