/**
 * Credentials for remote endpoints come from environment variables only, so they never appear
 * on a command line, in shell history or in `ps` output:
 *
 *   PACTGRAPH_AUTH_TOKEN                         → Authorization: Bearer <token>
 *   PACTGRAPH_AUTH_USER + PACTGRAPH_AUTH_PASSWORD → HTTP Basic (or Digest with
 *   PACTGRAPH_AUTH_SCHEME=digest, which Virtuoso's *-auth endpoints require)
 */
import { UsageError } from "../errors.js";

export type EndpointAuth =
  | { readonly scheme: "none" }
  | { readonly scheme: "bearer"; readonly token: string }
  | { readonly scheme: "basic" | "digest"; readonly user: string; readonly password: string };

/** Reads the credentials from the environment; a half-configured pair is a usage error. */
export function authFromEnvironment(env: Readonly<Record<string, string | undefined>>): EndpointAuth {
  const token = env.PACTGRAPH_AUTH_TOKEN;
  const user = env.PACTGRAPH_AUTH_USER;
  const password = env.PACTGRAPH_AUTH_PASSWORD;
  const scheme = (env.PACTGRAPH_AUTH_SCHEME ?? "basic").toLowerCase();
  if (token && (user || password)) throw new UsageError("set either PACTGRAPH_AUTH_TOKEN or PACTGRAPH_AUTH_USER/PASSWORD, not both");
  if (token) return { scheme: "bearer", token };
  if (user === undefined && password === undefined) return { scheme: "none" };
  if (!user || password === undefined) throw new UsageError("set both PACTGRAPH_AUTH_USER and PACTGRAPH_AUTH_PASSWORD");
  if (scheme !== "basic" && scheme !== "digest") throw new UsageError(`PACTGRAPH_AUTH_SCHEME must be basic or digest, got "${scheme}"`);
  return { scheme, user, password };
}

/** A one-line description for logs, without the secret. */
export function describeAuth(auth: EndpointAuth): string {
  return auth.scheme === "none" ? "no authentication" : auth.scheme === "bearer" ? "bearer token" : `${auth.scheme} as ${auth.user}`;
}

export interface FetchOptions {
  readonly auth: EndpointAuth;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs: number;
  readonly userAgent: string;
}

/** A `fetch` that adds authentication, a User-Agent and a per-request timeout. */
export function authenticatedFetch(options: FetchOptions): typeof fetch {
  const { auth, timeoutMs, userAgent } = options;
  let digest: Promise<typeof fetch> | undefined;
  return async (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set("User-Agent", userAgent);
    if (auth.scheme === "bearer") headers.set("Authorization", `Bearer ${auth.token}`);
    if (auth.scheme === "basic") headers.set("Authorization", `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`);
    const signal = init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    const request = { ...init, headers, signal };
    if (auth.scheme !== "digest") return fetch(input, request);
    digest ??= import("digest-fetch").then(({ DigestClient }) => {
      const client = new DigestClient(auth.user, auth.password, { algorithm: "MD5" });
      return ((url: string | URL | Request, init?: RequestInit) => client.fetch(url, init) as Promise<Response>);
    });
    return (await digest)(input, request);
  };
}
