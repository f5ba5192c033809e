/**
 * URLs at the edge: only http(s), never with a user name or password in them (credentials come
 * from PACTGRAPH_AUTH_* only), and every URL a message prints is redacted first, so no secret
 * reaches a terminal, a log or a CI transcript even when a user pastes one.
 */
import { UsageError } from "../errors.js";

const CREDENTIALS_HINT = "put credentials in PACTGRAPH_AUTH_USER / PACTGRAPH_AUTH_PASSWORD or PACTGRAPH_AUTH_TOKEN";

/** Refuses values that are not http(s) URLs or that carry a user name or password; `what` names the option. */
export function requireHttpUrl(value: string, what: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new UsageError(`${what} must be an http(s) URL, not ${JSON.stringify(redactCredentials(value))}`);
  }
  if (url.username || url.password) throw new UsageError(`${what} must not carry a user name or password; ${CREDENTIALS_HINT}`);
  return url;
}

// `scheme://userinfo@`, a `user:password@host` without a scheme, or a bare `user@host` opening the text.
const USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi;
const USER_PASSWORD = /[^\s/?#@:*]+:[^\s/?#@]*@(?=[^\s@])/g;
const LEADING_USER = /^[^\s/?#@:*]+@(?=[^\s@])/;

/** `text` with the user name and password of every URL in it replaced by `***`. */
export function redactCredentials(text: string): string {
  return text.replace(USERINFO, "$1***@").replace(USER_PASSWORD, "***@").replace(LEADING_USER, "***@");
}

/** How messages name a URL: without credentials, query or fragment (SPARQL GETs carry whole queries). */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}
