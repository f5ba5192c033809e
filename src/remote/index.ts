/** Remote stores and endpoints: query sources, Graph Store Protocol pushes (requests go through src/net). */
export { DEFAULT_ENDPOINT_MAX_RESPONSE, endpointSource, serialFetch } from "./endpoint.js";
export type { EndpointOptions } from "./endpoint.js";
export { pushGraph } from "./push.js";
export type { PushOptions, PushReport } from "./push.js";
