/**
 * `pactgraph serve` against the SPARQL clients Python users have: RDFLib's SPARQLStore and
 * SPARQLWrapper (Debian's python3-rdflib 6.1.1 and python3-sparqlwrapper), each with its defaults
 * (GET, XML results, RDF/XML for graphs) and its other methods and formats, SELECT, ASK and
 * CONSTRUCT, and the default graph given by the client (default-graph-uri).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import { startServe, type ServeProcess } from "../serve/serve-process.js";

const SCRIPT = join(ROOT, "tests", "serve", "fixtures", "python-clients.py");
const CLAUSE = ["https://w3id.org/pactgraph/id/clause/saudi-pakistan-pact-mutual-defence"];
let servers: ServeProcess[] = [];
let answers: Record<string, unknown>;

beforeAll(async () => {
  servers = await Promise.all([startServe([]), startServe(["--data", join(ROOT, "tests", "serve", "fixtures", "graphs.trig")])]);
  const { stdout } = await promisify(execFile)("/usr/bin/python3", [SCRIPT, servers[0]!.url, servers[1]!.url], { timeout: 120_000 });
  answers = JSON.parse(stdout) as Record<string, unknown>;
}, 180_000);

afterAll(() => servers.forEach((server) => server.kill()));

/** What each client should have been answered, by the keys python-clients.py prints. */
function expected(): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  for (const method of ["GET", "POST", "POST_FORM"]) {
    for (const format of ["xml", "json"]) {
      all[`rdflib ${method} ${format} select`] = CLAUSE;
      all[`rdflib ${method} ${format} ask`] = true;
      if (format === "xml") all[`rdflib ${method} ${format} construct`] = 5;
    }
  }
  all["rdflib default-graph-uri"] = ["in g1"];
  for (const method of ["GET", "POST", "postdirectly"]) {
    const key = `sparqlwrapper ${method}`;
    Object.assign(all, { [`${key} select json`]: CLAUSE, [`${key} select xml`]: CLAUSE, [`${key} ask json`]: true, [`${key} ask xml`]: "true" });
    Object.assign(all, { [`${key} construct xml`]: [5, "application/rdf+xml"], [`${key} construct turtle`]: [5, "text/turtle"], [`${key} construct n3`]: [5, "text/turtle"] });
  }
  all["sparqlwrapper default-graph-uri"] = ["in g2"];
  return all;
}

describe("pactgraph serve with Python's SPARQL clients", () => {
  it.each(Object.entries(expected()))("%s", (key, answer) => {
    expect(answers[key]).toEqual(answer);
  });

  it("answered every request the clients sent (nothing left unchecked)", () => {
    expect(Object.keys(answers).sort()).toEqual(Object.keys(expected()).sort());
  });
});
