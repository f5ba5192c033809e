/** A local, read-only SPARQL 1.1 Protocol endpoint over the graph. */
export { createEndpointServer, EndpointServer } from "./server.js";
export type { EndpointServerOptions } from "./server.js";
export { negotiate, offeredMediaTypes } from "./negotiate.js";
export { SiteRoutes } from "./site-routes.js";
export type { SiteFile, SiteRoutesOptions } from "./site-routes.js";
export { queryPageHtml, QUERY_PATH } from "./query-page.js";
