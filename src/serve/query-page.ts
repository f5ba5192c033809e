/**
 * The query page serve answers at /query: YASGUI (the SPARQL editor and result viewer, served
 * from the package's own copy at /assets/yasgui/, never a CDN) pointed at this endpoint's
 * /sparql, with one tab per saved query, its parameters bound to their defaults.
 */
import { prepareSavedQuery, type SavedQuery } from "../query/index.js";
import { html, page, raw } from "../site/index.js";

export const QUERY_PATH = "query";
export const QUERY_SCRIPT = "assets/query-page.js";
export const YASGUI_ASSETS = { script: "assets/yasgui/yasgui.min.js", stylesheet: "assets/yasgui/yasgui.min.css" } as const;

/** The text a tab opens with: the file as written, or, for a query with parameters, bound to the defaults. */
function tabText(query: SavedQuery): string {
  if (query.params.length === 0) return query.text;
  const header = query.text.split("\n").filter((line) => line.startsWith("#"));
  try {
    const bound = prepareSavedQuery(query).text;
    const defaults = query.params.map((p) => `${p.name} = ${p.default ?? "?"}`).join(", ");
    return `${header.join("\n")}\n# Parameters bound to their defaults here: ${defaults}\n${bound}\n`;
  } catch {
    return query.text; // a parameter without a default: the tab shows the query as written
  }
}

/** The query page's HTML. */
export function queryPageHtml(queries: readonly SavedQuery[]): string {
  const tabs = queries.map((q) => ({ name: q.name, title: q.title, text: tabText(q) }));
  // JSON in a script element: "<" escaped, so no text in it can close the element.
  const data = JSON.stringify(tabs).replace(/</g, "\\u003c");
  const body = html`<h1>Query the graph</h1>
<p>SPARQL 1.1 against this server's endpoint, <code>/sparql</code> (read-only). Each tab holds one of the ${queries.length} <a href="queries/index.html">saved queries</a>; press the run button (or Ctrl-Enter) to run it.</p>
<div id="yasgui" aria-label="SPARQL query editor and results"></div>
<noscript><p>The query editor needs JavaScript; the saved queries and their results are also on the <a href="queries/index.html">saved queries</a> pages.</p></noscript>
<script type="application/json" id="saved-queries">${raw(data)}</script>`;
  const head = html`<link rel="stylesheet" href="${YASGUI_ASSETS.stylesheet}">
<script src="${YASGUI_ASSETS.script}" defer></script>
<script src="${QUERY_SCRIPT}" defer></script>`;
  return page({ path: QUERY_PATH, title: "Query the graph", body, head, extraNav: [{ href: QUERY_PATH, label: "Query" }] });
}

/** Starts YASGUI on the page: the endpoint next to the page, no state kept between visits. */
export const QUERY_PAGE_SCRIPT = `"use strict";
(function () {
  var tabs = JSON.parse(document.getElementById("saved-queries").textContent);
  var endpoint = new URL("sparql", document.baseURI).href;
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    autoAddOnInit: false,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } }
  });
  tabs.forEach(function (tab, i) {
    yasgui.addTab(i === 0, { name: tab.name, yasqe: { value: tab.text }, requestConfig: { endpoint: endpoint, method: "POST" } });
  });
  window.pactgraphYasgui = yasgui;
})();
`;
