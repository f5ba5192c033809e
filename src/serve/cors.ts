/**
 * Cross-origin access for browser clients (YASGUI and the like): any origin may read the answers,
 * never with credentials (no Access-Control-Allow-Credentials, so a browser sends no cookies and
 * exposes nothing a page could not fetch itself). A preflight is granted the request headers it
 * asks for (Authorization, X-Requested-With…), which a wildcard would not cover for Authorization.
 */
import type { IncomingMessage } from "node:http";

export const ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

/** Headers every response carries. */
export const CORS_HEADERS = { "Access-Control-Allow-Origin": "*" } as const;

// A list of HTTP field names (RFC 9110 tokens), as Access-Control-Request-Headers holds.
const FIELD_NAMES = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/;

/** The answer to a CORS preflight (an OPTIONS request naming Access-Control-Request-Method). */
export function preflightHeaders(request: IncomingMessage): Record<string, string> {
  const asked = request.headers["access-control-request-headers"]?.trim();
  return {
    ...CORS_HEADERS,
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers": asked && FIELD_NAMES.test(asked) ? asked : "Content-Type, Accept",
    "Access-Control-Max-Age": "86400",
    Vary: "Access-Control-Request-Headers",
  };
}
