/** The pure rules of the network module: URL checks and redaction, Retry-After, back-off, units. */
import { describe, expect, it } from "vitest";
import { isPactgraphError } from "../../src/errors.js";
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  describeBytes,
  describeMs,
  isIdempotentMethod,
  isRetryableStatus,
  networkReason,
  redactCredentials,
  requireHttpUrl,
  retryAfterMs,
  userAgent,
} from "../../src/net/index.js";

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isPactgraphError(error) && error.code === "E_USAGE") return error.message;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("URLs", () => {
  it.each([
    ["http://127.0.0.1:3030/sparql", "http://127.0.0.1:3030/sparql"],
    ["https://query.wikidata.org/sparql?x=1", "https://query.wikidata.org/sparql?x=1"],
  ])("accepts %s", (value, href) => expect(requireHttpUrl(value, "--endpoint").href).toBe(href));

  it.each([
    ["http://u:s3cret@127.0.0.1/sparql", "--endpoint must not carry a user name or password; put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN"],
    ["http://s3cret@127.0.0.1/sparql", "--endpoint must not carry a user name or password; put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN"],
    ["ftp://u:s3cret@example.org/sparql", '--endpoint must be an http(s) URL, not "ftp://***@example.org/sparql"'],
    ["u:s3cret@example.org/sparql", '--endpoint must be an http(s) URL, not "***@example.org/sparql"'],
    ["query.wikidata.org", '--endpoint must be an http(s) URL, not "query.wikidata.org"'],
  ])("refuses %s without echoing a secret", (value, message) => {
    expect(usageMessage(() => requireHttpUrl(value, "--endpoint"))).toBe(message);
  });

  it.each([
    ["failed: http://a:b@host/x and https://c@d.org/", "failed: http://***@host/x and https://***@d.org/"],
    ["no credentials at http://host/p@q", "no credentials at http://host/p@q"],
    ["mailto:me@example.org", "***@example.org"],
  ])("redacts %j", (text, redacted) => expect(redactCredentials(text)).toBe(redacted));

  it("finds the innermost reason of a fetch failure, redacted", () => {
    const inner = Object.assign(new Error("getaddrinfo ENOTFOUND u:s3cret@nowhere"), { code: "ENOTFOUND" });
    expect(networkReason(new TypeError("fetch failed", { cause: inner }))).toBe("getaddrinfo ENOTFOUND ***@nowhere");
    expect(networkReason(new TypeError("terminated", { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }))).toBe(
      "other side closed (UND_ERR_SOCKET)",
    );
  });
});

describe("retrying", () => {
  it("reads Retry-After as seconds or an HTTP date", () => {
    expect(retryAfterMs("120", 0)).toBe(120_000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs(new Date(1_000).toUTCString(), 4_000)).toBe(0);
    expect(retryAfterMs("soon", 0)).toBeUndefined();
    expect(retryAfterMs(null, 0)).toBeUndefined();
  });

  it("backs off exponentially up to the cap", () => {
    const policy = { ...DEFAULT_RETRY_POLICY, backoffMs: 1000, maxBackoffMs: 5000 };
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(policy, retry))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it("retries only busy statuses and repeats only idempotent methods", () => {
    expect([400, 401, 403, 404, 429, 500, 501, 502, 503, 504].filter(isRetryableStatus)).toEqual([429, 500, 502, 503, 504]);
    expect(["GET", "head", "PUT", "DELETE", "POST", "PATCH"].filter(isIdempotentMethod)).toEqual(["GET", "head", "PUT", "DELETE"]);
  });
});

describe("messages", () => {
  it.each([
    [300, "300 ms"],
    [1000, "1 s"],
    [1500, "1.5 s"],
    [120_000, "120 s"],
  ])("describes %i ms as %s", (ms, text) => expect(describeMs(ms)).toBe(text));

  it.each([
    [1000, "1000 bytes"],
    [512 * 1024, "512 KiB"],
    [50 * 1024 ** 2, "50 MiB"],
    [1.5 * 1024 ** 3, "1.5 GiB"],
  ])("describes %i bytes as %s", (bytes, text) => expect(describeBytes(bytes)).toBe(text));

  it("builds the User-Agent from the package version, a contact and a purpose", () => {
    expect(userAgent("Wikidata linker", "mailto:me@example.org")).toMatch(/^pactgraph\/\d+\.\d+\.\d+ \(\+mailto:me@example\.org; Wikidata linker\) Node\.js\/\d+\.\d+\.\d+$/);
    expect(userAgent("SPARQL queries")).toContain("(+https://w3id.org/pactgraph; SPARQL queries)");
  });
});
