/** `--data <URL>`: downloads through the HTTP client, within --max-download and --download-timeout. */
import { afterEach, describe, expect, it } from "vitest";
import { httpGet } from "../../src/net/index.js";
import { runCli } from "../helpers/cli.js";
import { startFaultServer, type FaultServer, type ScriptedAnswer } from "../link/helpers/fault-server.js";
import { failure } from "./helpers/failure.js";

const MiB = 1024 * 1024;
const TURTLE = { "Content-Type": "text/turtle" };
let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function summary(script: ScriptedAnswer[], ...args: string[]) {
  server = await startFaultServer(script);
  return { ...(await runCli(["summary", "--data", `${server.url}/graph.ttl`, ...args])), server };
}

describe("pactgraph … --data <URL>", () => {
  it("downloads and reads the graph", async () => {
    const { status, stdout } = await summary([{ headers: TURTLE, body: "<http://example.org/a> <http://example.org/p> 1, 2 ." }]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^triples\s+2$/m);
  });

  it("stops at --max-download and names the option", async () => {
    const { status, stderr, server } = await summary([{ headers: TURTLE, hugeBytes: 200 * MiB }], "--max-download", "1M");
    expect(status).toBe(1);
    expect(stderr).toMatch(/^pactgraph: http:\/\/127\.0\.0\.1:\d+\/sparql\/graph\.ttl: the response is larger than the limit of 1 MiB; raise it with --max-download\n$/);
    expect(server.bytesSent[0]).toBeLessThan(40 * MiB);
  });

  it("stops a trickling body at the time limit and names --download-timeout", async () => {
    server = await startFaultServer([{ headers: TURTLE, trickle: { bytes: 1, everyMs: 10 } }]);
    const error = await failure(httpGet(server.url, { timeoutMs: 300, maxBytes: MiB, retries: 0 }));
    expect(error.code).toBe("E_TIMEOUT");
    expect(error.message).toBe(`${server.url}: no complete answer within 300 ms; raise the limit with --download-timeout`);
  });

  it("refuses a URL with credentials, exit 2, without echoing them", async () => {
    server = await startFaultServer([{}]);
    const result = await runCli(["summary", "--data", server.url.replace("http://", "http://me:s3cret@")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("pactgraph: --data must not carry a user name or password; put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN\n");
    expect(server.seen).toHaveLength(0);
  });
});
