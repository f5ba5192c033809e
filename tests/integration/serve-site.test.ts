/**
 * serve's pages beside the endpoint: the site at / (built from the worker pool on the first page
 * asked for), the query page at /query with YASGUI from the package and the saved queries, the
 * endpoint at /sparql as before, and 404 for anything else.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtGraphFiles } from "../../src/build/index.js";
import { PACKAGE_QUERIES } from "../../src/project/index.js";
import { listSavedQueries, QueryPool } from "../../src/query/index.js";
import { createEndpointServer, queryPageHtml, SiteRoutes, type EndpointServer } from "../../src/serve/index.js";
import { generateSite } from "../../src/site/index.js";
import { ROOT } from "../helpers/project.js";

let pool: QueryPool;
let endpoint: EndpointServer;
let base: string;
let builds = 0;

beforeAll(async () => {
  pool = await QueryPool.start(await builtGraphFiles(join(ROOT, "data")), { workers: 1, snapshot: true, unionDefaultGraph: true });
  const queries = await listSavedQueries(PACKAGE_QUERIES);
  const site = new SiteRoutes({
    queryPage: queryPageHtml(queries),
    build: () => {
      builds++;
      return generateSite({ run: (query) => pool.run(query), queries, readText: () => Promise.resolve(undefined), extraNav: [{ path: "query", label: "Query" }] });
    },
  });
  endpoint = createEndpointServer({ pool, timeoutMs: 30_000, maxResults: 10_000, site });
  base = (await endpoint.listen(0, "127.0.0.1")).replace(/sparql$/, "");
}, 60_000);

afterAll(async () => {
  await endpoint.close(0);
  await pool.close();
});

describe("serve's site and query page", () => {
  it("serves the query page with YASGUI from the package, pointed at /sparql, a tab per saved query", async () => {
    const response = await fetch(`${base}query`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await response.text();
    expect(page).toContain('<script src="assets/yasgui/yasgui.min.js" defer></script>');
    const tabs = JSON.parse(/<script type="application\/json" id="saved-queries">([^]*?)<\/script>/.exec(page)![1]!) as { name: string; text: string }[];
    expect(tabs.map((t) => t.name)).toEqual((await listSavedQueries(PACKAGE_QUERIES)).map((q) => q.name));
    expect(tabs.find((t) => t.name === "defence-entanglement")?.text).toContain("<https://w3id.org/pactgraph/id/party/turkey>");
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[^"]*\.(js|css)/);
    for (const asset of ["assets/yasgui/yasgui.min.js", "assets/yasgui/yasgui.min.css", "assets/query-page.js"]) {
      const file = await fetch(`${base}${asset}`);
      expect(file.status, asset).toBe(200);
      expect((await file.text()).length).toBeGreaterThan(100);
    }
    expect(builds).toBe(0); // the query page needs no site
  });

  it("builds the site once, on the first page asked for, and serves its pages and diagrams", async () => {
    const [home, party, svg] = await Promise.all([fetch(base), fetch(`${base}party/turkey.html`), fetch(`${base}diagrams/network.svg`)]);
    expect([home.status, party.status, svg.status]).toEqual([200, 200, 200]);
    expect(svg.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    expect(await party.text()).toContain('<a href="../query">Query</a>');
    expect(builds).toBe(1);
    const head = await fetch(`${base}index.html`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it.each(["/nowhere.html", "/party/../../etc/passwd", "/%E0%A4%A"])("answers %s with 404, naming the endpoint", async (path) => {
    const response = await fetch(`${base.slice(0, -1)}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("the SPARQL endpoint is /sparql");
  });

  it("still answers SPARQL at /sparql", async () => {
    const response = await fetch(`${base}sparql?query=${encodeURIComponent("ASK { ?s ?p ?o }")}`, { headers: { Accept: "application/sparql-results+json" } });
    expect(await response.json()).toMatchObject({ boolean: true });
  });
});
