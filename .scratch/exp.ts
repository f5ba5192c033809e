import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { startFixtureEndpoint } from "../tests/link/helpers/endpoint.js";
import { loadStore } from "../src/query/dataset.js";
import { loadComunica } from "../src/query/comunica-bundle.js";
import { fileInput } from "../src/rdf/index.js";

const ep = await startFixtureEndpoint(["tests/fixtures/wikidata/statements.ttl"]);
const seen: string[] = [];
const proxy = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    const u = new URL(req.url ?? "/", "http://x");
    seen.push(`${req.method} ${u.searchParams.get("query") ?? decodeURIComponent(body.replace(/^query=/, "").replace(/\+/g, " "))}`);
    const f = httpRequest(ep.url.replace(/\/sparql$/, "") + (req.url ?? "/"), { method: req.method, headers: req.headers }, (a) => { res.writeHead(a.statusCode ?? 502, a.headers); a.pipe(res); });
    f.end(body);
  });
});
await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/sparql`;
const store = await loadStore(["data/turkey-security-alliances.ttl", "data/links/wikidata.ttl", "tests/fixtures/wikidata/federation-entities.ttl"].map((p) => fileInput(p)));
const { SparqlEngine } = await loadComunica();
const engine = new SparqlEngine() as any;
const text = readFileSync(process.argv[2] ?? "queries/wikidata-membership-check.rq", "utf8");
const mode = process.argv[3] ?? "service";
let q = text.replaceAll("https://query.wikidata.org/sparql", url);
let sources: unknown[] = [store];
{ const items = [...new Set(store.getQuads(null, "http://www.w3.org/2004/02/skos/core#exactMatch", null, null).map((qd) => qd.object.value))].sort();
  q = q.replace(/VALUES \?(\w+) \{ \}/g, (_m, v) => `VALUES ?${v} { ${items.map((i) => `<${i}>`).join(" ")} }`); }
if (mode === "values") {
  const items = [...new Set(store.getQuads(null, "http://www.w3.org/2004/02/skos/core#exactMatch", null, null).map((qd) => qd.object.value))].sort();
  q = q.replace(/(SERVICE <[^>]+> \{)/g, `$1 VALUES ?party_item { ${items.map((i) => `<${i}>`).join(" ")} }`);
}
if (mode === "subselect") {
  const items = [...new Set(store.getQuads(null, "http://www.w3.org/2004/02/skos/core#exactMatch", null, null).map((qd) => qd.object.value))].sort();
  // wrap each SERVICE body in SELECT * { VALUES … body }
  q = q.replace(/SERVICE (<[^>]+>) \{([\s\S]*?)\n    \}\n/g, (_m, iri, body) => `SERVICE ${iri} { SELECT * WHERE { VALUES ?party_item { ${items.map((i) => `<${i}>`).join(" ")} } ${body} } }\n`);
  q = q.replace(/SERVICE (<[^>]+>) \{([\s\S]*?)\n      \}\n/g, (_m, iri, body) => `SERVICE ${iri} { SELECT * WHERE { VALUES ?party_item { ${items.map((i) => `<${i}>`).join(" ")} } ${body} } }\n`);
  if (process.env.SHOWQ) console.log(q);
}
if (mode === "sources") {
  q = q.replace(/SERVICE <[^>]+> \{/g, "{");
  sources = [store, { type: "sparql", value: url }];
}
const t0 = performance.now();
const result = await engine.queryBindings(q, { sources, unionDefaultGraph: true });
const rows = await result.toArray();
const ms = performance.now() - t0;
for (const b of rows) console.log([...b].map(([k, v]: any) => `${k.value}=${v.value}`).join(" | "));
console.log(`${mode}: ${rows.length} rows, ${seen.length} requests, ${Math.round(ms)} ms`);
if (process.env.SHOW) for (const s of seen) console.log("---", s.slice(0, 600));
proxy.close(); await ep.close();
