/** Remote stores and endpoints: credentials, query sources, Graph Store Protocol pushes. */
export { authenticatedFetch, authFromEnvironment, describeAuth } from "./auth.js";
export type { EndpointAuth, FetchOptions } from "./auth.js";
export { endpointSource, USER_AGENT } from "./endpoint.js";
export { requireHttpUrl } from "../net/index.js";
export type { EndpointOptions } from "./endpoint.js";
export { networkReason, pushGraph } from "./push.js";
export { retryAfterMs } from "./retry-after.js";
export type { PushOptions, PushReport } from "./push.js";
