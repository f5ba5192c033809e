/**
 * The pages serve answers beside the SPARQL endpoint: the graph's static site at `/` (built on
 * the first request for a page, from the same worker pool the endpoint queries, so serving a
 * graph costs nothing until someone looks), the query page at `/query`, and the YASGUI assets
 * the package ships. Paths are looked up, never joined onto the file system.
 */
import { join } from "node:path";
import { readTextFile } from "../io/index.js";
import { PACKAGE_ROOT } from "../project/index.js";
import { QUERY_PAGE_SCRIPT, QUERY_PATH, QUERY_SCRIPT, YASGUI_ASSETS } from "./query-page.js";

export interface SiteFile {
  readonly mediaType: string;
  readonly body: Buffer;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  html: "text/html",
  svg: "image/svg+xml",
  css: "text/css",
  js: "text/javascript",
  dot: "text/vnd.graphviz",
  mmd: "text/plain",
};

/** Where the YASGUI bundle is: the package's vendored copy, else (a checkout not compiled yet) node_modules. */
const YASGUI_FOLDERS = [join(PACKAGE_ROOT, "dist", "vendor", "yasgui"), join(PACKAGE_ROOT, "node_modules", "@zazuko", "yasgui", "build")];

export interface SiteRoutesOptions {
  /** Builds the site's files (path → content); called once, on the first page asked for. */
  readonly build: () => Promise<ReadonlyMap<string, string>>;
  /** The query page's HTML. */
  readonly queryPage: string;
}

export class SiteRoutes {
  #site: Promise<ReadonlyMap<string, string>> | undefined;

  constructor(private readonly options: SiteRoutesOptions) {}

  /** The file at a request path, or undefined when there is none. */
  async get(pathname: string): Promise<SiteFile | undefined> {
    let path: string;
    try {
      path = decodeURIComponent(pathname).replace(/^\/+/, "");
    } catch {
      return undefined;
    }
    if (path.split("/").some((segment) => segment === ".." || segment === ".")) return undefined;
    if (path === QUERY_PATH) return text("html", this.options.queryPage);
    if (path === QUERY_SCRIPT) return text("js", QUERY_PAGE_SCRIPT);
    if (path === YASGUI_ASSETS.script || path === YASGUI_ASSETS.stylesheet) return this.#asset(path);
    const site = await this.#built();
    const key = path === "" ? "index.html" : path.endsWith("/") ? `${path}index.html` : path;
    const content = site.get(key);
    return content === undefined ? undefined : text(key.slice(key.lastIndexOf(".") + 1), content);
  }

  #built(): Promise<ReadonlyMap<string, string>> {
    this.#site ??= this.options.build().catch((error: unknown) => {
      this.#site = undefined; // a failed build is tried again on the next request
      throw error;
    });
    return this.#site;
  }

  async #asset(path: string): Promise<SiteFile | undefined> {
    const name = path.slice(path.lastIndexOf("/") + 1);
    for (const folder of YASGUI_FOLDERS) {
      const content = await readTextFile(join(folder, name)).catch(() => undefined);
      if (content !== undefined) return text(name.endsWith(".css") ? "css" : "js", content);
    }
    return undefined;
  }
}

function text(extension: string, content: string): SiteFile {
  return { mediaType: MEDIA_TYPES[extension] ?? "application/octet-stream", body: Buffer.from(content, "utf8") };
}
