/** The one home of network I/O: bounded requests, URL checks. */
export { httpGet, requireHttpUrl } from "./http-get.js";
export type { HttpGetOptions, HttpGetResult } from "./http-get.js";
