/**
 * Where each page lives in the site and how pages link to each other. An instance IRI
 * `…/id/<collection>/<slug>` is the page `<collection>/<slug>.html`; ontology terms are anchors
 * of `ontology.html`. Links are relative, so the site works from any folder, over file:// too.
 */
import { COLLECTIONS, ID_BASE, PACT } from "../rdf/prefixes.js";

export const HOME = "index.html";
export const ONTOLOGY_PAGE = "ontology.html";
export const QUERIES_PAGE = "queries/index.html";
export const STYLESHEET = "assets/site.css";

/** The page of an instance IRI, or undefined for IRIs outside the instance collections. */
export function pageOfIri(iri: string): string | undefined {
  if (!iri.startsWith(ID_BASE)) return undefined;
  const [collection, ...rest] = iri.slice(ID_BASE.length).split("/");
  const slug = rest.join("/");
  if (!(COLLECTIONS as readonly string[]).includes(collection ?? "") || !/^[A-Za-z0-9._~-]+$/.test(slug)) return undefined;
  return `${collection}/${slug}.html`;
}

/** The anchor of an ontology term (class, property or concept) on the ontology page. */
export function ontologyAnchor(iri: string): string | undefined {
  if (!iri.startsWith(PACT)) return undefined;
  return `${ONTOLOGY_PAGE}#${iri.slice(PACT.length)}`;
}

export function queryPage(name: string): string {
  return `queries/${name}.html`;
}

/** A link from page `from` to site path `to` (both relative to the site root). */
export function relativeHref(from: string, to: string): string {
  const fromParts = from.split("/").slice(0, -1);
  const [toPath, anchor] = to.split("#") as [string, string | undefined];
  const toParts = toPath.split("/");
  let common = 0;
  while (common < fromParts.length && common < toParts.length - 1 && fromParts[common] === toParts[common]) common++;
  const up = fromParts.slice(common).map(() => "..");
  const path = [...up, ...toParts.slice(common)].join("/") || toParts.at(-1)!;
  return anchor === undefined ? path : `${toPath === "" ? "" : path}#${anchor}`;
}

/** The slug (last segment) of an instance IRI: anchors and file names. */
export function slugOf(iri: string): string {
  return iri.slice(iri.lastIndexOf("/") + 1);
}
