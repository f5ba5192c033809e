/**
 * Credentials for remote endpoints come from environment variables only, so they never appear
 * on a command line, in shell history or in `ps` output:
 *
 *   PACTGRAPH_AUTH_TOKEN                         → Authorization: Bearer <token>
 *   PACTGRAPH_AUTH_USER + PACTGRAPH_AUTH_PASSWORD → HTTP Basic (or Digest with
 *   PACTGRAPH_AUTH_SCHEME=digest, which Virtuoso's *-auth endpoints require)
 *
 * They are sent only to the origins they were given for, never to a SERVICE endpoint or a
 * redirect target elsewhere.
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

/** Sends one request: Node's fetch, with the credentials added for the origins they belong to. */
export type Transport = (url: URL, init: RequestInit) => Promise<Response>;

/** The transport for `auth`, which adds it only to requests to `origins` (Digest answers the server's challenge). */
export function authTransport(auth: EndpointAuth, origins: readonly string[]): Transport {
  const allowed = new Set(origins);
  let digest: Promise<Transport> | undefined;
  return async (url, init) => {
    if (auth.scheme === "none" || !allowed.has(url.origin)) return fetch(url, init);
    if (auth.scheme === "digest") {
      digest ??= import("digest-fetch").then(({ DigestClient }) => {
        const client = new DigestClient(auth.user, auth.password, { algorithm: "MD5" });
        // digest-fetch reads the path from a string URL; it answers the 401 challenge with a second request.
        return (target: URL, request: RequestInit) => client.fetch(target.href, request) as Promise<Response>;
      });
      return (await digest)(url, init);
    }
    const headers = new Headers(init.headers);
    const value = auth.scheme === "bearer" ? `Bearer ${auth.token}` : `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`;
    headers.set("Authorization", value);
    return fetch(url, { ...init, headers });
  };
}
