/**
 * `npx tsx bench/federation.ts [runs]`: the two ways Comunica can federate the wikidata-* saved
 * queries — SERVICE blocks bounded by the linked items (pactgraph's default) and the endpoint as a
 * second source of every pattern — measured against the loopback fixture endpoint (Comunica's HTTP
 * endpoint over tests/fixtures/wikidata, FIXTURE DATA) on the seed plus the fixture corpus
 * additions: HTTP requests per run (started one at a time, as the CLI sends them) and median wall
 * time over `runs` warm runs (engine loaded, strategies alternated), and the same over the saved facts (`--wikidata-local`). Prints Markdown.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startFixtureEndpoint, STATEMENTS_TTL, FEDERATION_ENTITIES_TTL } from "../tests/link/helpers/endpoint.js";
import { findSavedQuery, linkedWikidataItems, loadStore, prepareSavedQuery, type QuerySource, type WikidataPlan } from "../src/query/index.js";
import { runQuery } from "../src/query/engine.js";
import { serialFetch } from "../src/remote/index.js";
import { fileInput } from "../src/rdf/index.js";
import { median } from "./harness/stats.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const QUERIES = ["wikidata-membership-check", "wikidata-label-check", "wikidata-uncovered-memberships"];
const runs = Number(process.argv[2] ?? 5);

const endpoint = await startFixtureEndpoint([STATEMENTS_TTL]);
try {
  const files = [join(ROOT, "data", "turkey-security-alliances.ttl"), join(ROOT, "data", "links", "wikidata.ttl"), FEDERATION_ENTITIES_TTL];
  const store = await loadStore(files.map((f) => fileInput(f)));
  const items = linkedWikidataItems(store.match(null, null, null, null));
  let requests = 0;
  // One request starting at a time, as `pactgraph query` sends them to a Wikidata endpoint.
  const counted = serialFetch((input, init) => {
    requests++;
    return fetch(input, init);
  });
  const lines = ["| query | strategy | requests per run | median time (ms) | rows |", "|---|---|---|---|---|"];
  for (const name of QUERIES) {
    const saved = await findSavedQuery(join(ROOT, "queries"), name);
    const strategies = ["service", "sources"] as const;
    const timings = new Map<string, number[]>();
    const counts = new Map<string, number>();
    const sizes = new Map<string, number>();
    for (let run = 0; run <= runs; run++) {
      for (const strategy of strategies) {
        const plan: WikidataPlan = { kind: "endpoint", endpoint: endpoint.url, strategy, items };
        const source: QuerySource = { kind: "federated", store, unionDefaultGraph: true, endpoints: strategy === "sources" ? [endpoint.url] : [], fetch: counted };
        const prepared = prepareSavedQuery(saved, { wikidata: plan });
        const before = requests;
        const started = performance.now();
        const result = await runQuery(prepared, source);
        const elapsed = performance.now() - started;
        if (run === 0) continue; // warm-up: the engine loads on the first query
        timings.set(strategy, [...(timings.get(strategy) ?? []), elapsed]);
        counts.set(strategy, requests - before);
        sizes.set(strategy, result.kind === "bindings" ? result.rows.length : 0);
      }
    }
    for (const strategy of strategies) lines.push(`| \`${name}\` | ${strategy} | ${counts.get(strategy)} | ${Math.round(median(timings.get(strategy)!))} | ${sizes.get(strategy)} |`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
} finally {
  await endpoint.close();
}
