/**
 * `pactgraph link` against endpoints that misbehave (a loopback fault server): answers too large
 * to hold, bodies that trickle, credentials in URLs, an endpoint that keeps failing.
 */
import { existsSync, readdirSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { peakRssGrowth } from "../net/helpers/failure.js";
import { runCli } from "./helpers/cli.js";
import { startFaultServer, type FaultServer, type ScriptedAnswer } from "./helpers/fault-server.js";
import { createTempProject, type TempProject } from "./helpers/temp-project.js";

const MiB = 1024 * 1024;
let server: FaultServer | undefined;
let project: TempProject | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  project?.remove();
  project = undefined;
});

async function setUp(script: ScriptedAnswer[]): Promise<{ server: FaultServer; project: TempProject }> {
  server = await startFaultServer(script);
  project = createTempProject({ overrides: "committed" });
  return { server, project };
}

const cachedFiles = (p: TempProject) => (existsSync(p.cacheDir) ? readdirSync(p.cacheDir) : []);

describe("pactgraph link against a faulty endpoint", () => {
  it("stops reading an answer at --max-response (E_TOO_LARGE), holds little memory and caches nothing", async () => {
    const { server, project } = await setUp([{ hugeBytes: 200 * MiB }]);
    const args = ["link", "--endpoint", server.url, "--types", "person", "--interval", "0", "--retries", "0", "--max-response", "8M"];
    const { result, growth } = await peakRssGrowth(() => runCli(args, { cwd: project.root }));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/failed {2}person:\S+: http:\/\/127\.0\.0\.1:\d+\/sparql: the response is larger than the limit of 8 MiB; raise it with --max-response\n/);
    expect(server.seen.length).toBeGreaterThan(0);
    // The client hung up near the limit: the server never got to send most of the 200 MiB.
    for (const sent of server.bytesSent) expect(sent).toBeLessThan(40 * MiB);
    expect(growth).toBeLessThan(150 * MiB);
    expect(cachedFiles(project)).toEqual([]);
  });

  it("refuses an announced Content-Length over the limit without reading the body", async () => {
    const { server, project } = await setUp([{ hugeBytes: 200 * MiB, announceLength: true }]);
    const result = await runCli(["link", "--endpoint", server.url, "--types", "region", "--interval", "0", "--retries", "0", "--max-response", "1M"], { cwd: project.root });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("the response is larger than the limit of 1 MiB; raise it with --max-response");
    expect(cachedFiles(project)).toEqual([]);
  });

  it("gives up on a body that trickles when --timeout is up (E_TIMEOUT), and caches nothing", async () => {
    const { server, project } = await setUp([{ trickle: { bytes: 1, everyMs: 20 } }]);
    const result = await runCli(["link", "--endpoint", server.url, "--types", "region", "--interval", "0", "--retries", "0", "--timeout", "300ms"], { cwd: project.root });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/failed {2}region:\S+: http:\/\/127\.0\.0\.1:\d+\/sparql: no complete answer within 300 ms; raise the limit with --timeout\n/);
    expect(server.bytesSent[0]).toBeGreaterThan(0); // the body had started: the timeout covers it
    expect(cachedFiles(project)).toEqual([]);
  });

  it("says how many lookups were attempted, failed and not attempted when the endpoint keeps failing", async () => {
    const { server, project } = await setUp([{ status: 503, body: "busy" }]);
    const result = await runCli(["link", "--endpoint", server.url, "--interval", "0", "--retries", "0"], { cwd: project.root });
    expect(result.status).toBe(1);
    expect(server.seen).toHaveLength(3);
    expect(result.stdout.match(/^failed {2}\S/gm)).toHaveLength(3);
    expect(result.stdout).toMatch(/^failed\s+3$/m);
    expect(result.stdout).toMatch(/^not attempted\s+13 {2}\(the endpoint failed 3 times in a row\)$/m);
    expect(result.stdout).toMatch(/^requests\s+3 /m);
    expect(result.stderr).toBe(
      "pactgraph: 3 of 3 attempted lookup(s) failed, and 13 were not attempted because the endpoint failed 3 times in a row; " +
        "those entities keep their previous decisions. Run `pactgraph link` again later.\n",
    );
  });

  it("still answers lookups from the cache once the endpoint has been given up on", async () => {
    const { project } = await setUp([{}, {}, {}, {}, { status: 503 }]);
    const args = ["link", "--endpoint", server!.url, "--interval", "0", "--retries", "0"];
    expect((await runCli([...args, "--types", "person"], { cwd: project.root })).status).toBe(0);
    const result = await runCli(args, { cwd: project.root });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^requests\s+3 {2}\(cache hits 4\)$/m);
    expect(result.stderr).toContain("pactgraph: 3 of 7 attempted lookup(s) failed, and 9 were not attempted because the endpoint failed 3 times in a row;");
  });

  it("--check says how many links were not attempted once the endpoint kept failing", async () => {
    const { server, project } = await setUp([{ status: 503 }]);
    expect((await runCli(["link", "--offline"], { cwd: project.root })).status).toBe(0);
    const result = await runCli(["link", "--check", "--endpoint", server.url, "--interval", "0", "--retries", "0"], { cwd: project.root });
    expect(result.status).toBe(1);
    expect(result.stdout.match(/^failed party:/gm)).toHaveLength(3);
    expect(result.stdout).toContain("checked 3 of 17 link(s): 0 ok, 0 stale, 3 failed; 14 not attempted because the endpoint failed 3 times in a row (3 request(s))\n");
    expect(result.stderr).toContain("pactgraph: 0 stale and 17 unchecked link(s);");
  });

  it("counts a failure among successes as one of the attempted lookups", async () => {
    const ok = {};
    const { project } = await setUp([ok, { status: 400, body: "bad query" }, ok]);
    const result = await runCli(["link", "--endpoint", server!.url, "--interval", "0", "--retries", "0"], { cwd: project.root });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(": HTTP 400 Bad Request: bad query\n");
    expect(result.stdout).not.toContain("not attempted");
    expect(result.stderr).toContain("pactgraph: 1 of 16 attempted lookup(s) failed; those entities keep their previous decisions.");
  });
});

describe("credentials in endpoint URLs", () => {
  it.each([
    ["--endpoint", ["--endpoint", "http://linker:s3cret@HOST/sparql"], {}],
    ["--endpoint with --offline", ["--endpoint", "http://linker:s3cret@HOST/sparql", "--offline"], {}],
    ["--endpoint with --check", ["--endpoint", "http://linker:s3cret@HOST/sparql", "--check"], {}],
    ["a user name alone", ["--endpoint", "http://s3cret@HOST/sparql"], {}],
    ["an URL that is not http(s)", ["--endpoint", "ftp://linker:s3cret@HOST/sparql"], {}],
    ["PACTGRAPH_WIKIDATA_ENDPOINT", [], { PACTGRAPH_WIKIDATA_ENDPOINT: "http://linker:s3cret@HOST/sparql" }],
  ])("are refused in %s with exit 2, before any request, and never echoed", async (_name, args, env) => {
    const { server, project } = await setUp([{}]);
    const host = new URL(server.url).host;
    const withHost = (value: string) => value.replace("HOST", host);
    const result = await runCli(["link", "--interval", "0", "--retries", "0", ...args.map(withHost)], {
      cwd: project.root,
      env: Object.fromEntries(Object.entries(env).map(([k, v]) => [k, withHost(v)])),
    });
    expect(result.status).toBe(2);
    expect(result.stdout + result.stderr).not.toContain("s3cret");
    expect(result.stderr).toMatch(/^pactgraph: (--endpoint|PACTGRAPH_WIKIDATA_ENDPOINT) must /);
    expect(server.seen).toHaveLength(0);
  });

  it("names the environment variable the URL came from", async () => {
    const { project } = await setUp([{}]);
    const result = await runCli(["link"], { cwd: project.root, env: { PACTGRAPH_WIKIDATA_ENDPOINT: "http://a:b@127.0.0.1:9/sparql" } });
    expect(result.stderr).toBe(
      "pactgraph: PACTGRAPH_WIKIDATA_ENDPOINT must not carry a user name or password; put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN\n",
    );
  });
});
