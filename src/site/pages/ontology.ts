/**
 * The ontology reference, generated from the schema data (the same data the OWL ontology and
 * the SHACL shapes are generated from), in the manner of pyLODE and Widoco: classes with their
 * hierarchy, alignments and the constraints their shape checks; properties with domain, range
 * and cardinality; concept schemes with their ATOP notations; and the alignments in one place.
 */
import { expandCurie } from "../../rdf/prefixes.js";
import {
  ancestorsOf,
  classDeclaration,
  classIri,
  classNames,
  conceptIri,
  conceptSchemes,
  domainsOf,
  ontologyMetadata,
  propertiesOf,
  propertyDeclaration,
  propertyIri,
  propertyNames,
  rangeClassesOf,
  schemeNames,
  shapeIri,
  shapedClasses,
  type ClassName,
  type PropertyName,
  type SchemeName,
} from "../../schema/index.js";
import { html, join, type Html } from "../html.js";
import { page } from "../layout.js";
import { compact, termAnchor } from "../render.js";

type Nav = readonly { readonly href: string; readonly label: string }[];

const classLink = (name: string) => html`<a href="#${name}">${name}</a>`;
const propertyLink = (name: PropertyName) => html`<a href="#${termAnchor(propertyIri(name))}">${compact(propertyIri(name))}</a>`;
const external = (curie: string) => html`<span class="iri">${curie}</span>`;

function rangeHtml(name: PropertyName): Html {
  const range = propertyDeclaration(name).range;
  switch (range.kind) {
    case "class":
      return join(rangeClassesOf(propertyDeclaration(name)).map(classLink), " or ");
    case "concept":
      return html`a concept of <a href="#${range.scheme}">${conceptSchemes[range.scheme].label}</a>`;
    case "literal":
      return external(range.datatype);
    case "date":
      return html`a date as precise as the source: ${external("xsd:date")}, ${external("xsd:gYearMonth")}, ${external("xsd:gYear")} or ${external("xsd:gMonth")}`;
    case "wikidata":
      return html`a Wikidata item IRI`;
    case "property":
      return html`a property IRI`;
    case "any":
      return html`any term`;
  }
}

function cardinality(name: PropertyName): string {
  const { min, max } = propertyDeclaration(name);
  return `${min === 1 ? "1" : "0"}..${max === 1 ? "1" : "*"}`;
}

function classSection(name: ClassName): Html {
  const declaration = classDeclaration(name);
  const subclasses = classNames.filter((c) => classDeclaration(c).parent === name);
  const shaped = shapedClasses().includes(name);
  const own = shaped ? propertiesOf(name) : [];
  return html`<section id="${name}" aria-labelledby="${name}-title"><h3 id="${name}-title">${declaration.label} <span class="iri">${compact(classIri(name))}</span></h3>
<p>${declaration.comment}</p>
<dl class="facts">
${ancestorsOf(name).length > 1 ? html`<dt>subclass of</dt><dd>${join(ancestorsOf(name).slice(1).map(classLink), " → ")}</dd>` : ""}
${subclasses.length > 0 ? html`<dt>subclasses</dt><dd>${join(subclasses.map(classLink))}</dd>` : ""}
${declaration.alignedWith ? html`<dt>aligned with</dt><dd>${join(declaration.alignedWith.map(external))} (rdfs:subClassOf)</dd>` : ""}
${declaration.wikidataClass ? html`<dt>Wikidata class</dt><dd><a href="${expandCurie(declaration.wikidataClass)}" rel="external">${declaration.wikidataClass}</a> (skos:closeMatch)</dd>` : ""}
${"abstract" in declaration && declaration.abstract ? html`<dt>abstract</dt><dd>no direct instances</dd>` : ""}
${"internal" in declaration && declaration.internal ? html`<dt>built by pactgraph</dt><dd>never declared in the DSL</dd>` : ""}
</dl>
${own.length > 0 ? html`<div class="table-wrap"><table><caption>SHACL shape <span class="iri">${compact(shapeIri(name))}</span>: the constraints every ${declaration.label} is checked against</caption><thead><tr><th scope="col">property</th><th scope="col">values</th><th scope="col">how many</th></tr></thead><tbody>${own.map(
    (p) => html`<tr><td>${propertyLink(p)}</td><td>${rangeHtml(p)}${propertyDeclaration(p).orNotGiven ? html` — or pact:notGiven pact:${propertyDeclaration(p).orNotGiven}` : ""}</td><td>${cardinality(p)}${propertyDeclaration(p).computed ? " (computed)" : ""}</td></tr>`,
  )}</tbody></table></div>` : ""}
</section>`;
}

function propertySection(name: PropertyName): Html {
  const declaration = propertyDeclaration(name);
  const anchor = termAnchor(propertyIri(name));
  return html`<section id="${anchor}" aria-labelledby="${anchor}-title"><h3 id="${anchor}-title">${declaration.label} <span class="iri">${compact(propertyIri(name))}</span></h3>
<p>${declaration.comment}</p>
<dl class="facts"><dt>domain</dt><dd>${join(domainsOf(name).map(classLink), " or ")}</dd><dt>range</dt><dd>${rangeHtml(name)}</dd><dt>cardinality</dt><dd>${cardinality(name)}</dd>
${declaration.subPropertyOf ? html`<dt>sub-property of</dt><dd>${join(declaration.subPropertyOf.map(external))}</dd>` : ""}
${declaration.computed ? html`<dt>computed</dt><dd>written by the DSL or the build, not by hand</dd>` : ""}
${declaration.inverseRequired ? html`<dt>required inverse</dt><dd>every value's node must be the object of at least one such statement</dd>` : ""}</dl></section>`;
}

function schemeSection(name: SchemeName): Html {
  const scheme = conceptSchemes[name];
  const concepts = Object.entries(scheme.concepts) as [string, { label: string; definition: string; notation?: string; broader?: string; binding?: boolean; firmness?: number }][];
  return html`<section id="${name}" aria-labelledby="${name}-title"><h3 id="${name}-title">${scheme.label} <span class="iri">${compact(conceptIri(name))}</span></h3><p>${scheme.definition}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">concept</th><th scope="col">definition</th><th scope="col">notation (ATOP)</th><th scope="col">broader</th><th scope="col">annotations</th></tr></thead><tbody>${concepts.map(
    ([key, c]) => html`<tr id="${key}"><td><strong>${c.label}</strong><br><span class="iri">pact:${key}</span></td><td>${c.definition}</td><td>${c.notation ?? ""}</td><td>${c.broader ? html`<a href="#${c.broader}">${c.broader}</a>` : ""}</td><td>${c.binding !== undefined ? `binding: ${String(c.binding)}` : ""}${c.firmness !== undefined ? `firmness: ${c.firmness}` : ""}</td></tr>`,
  )}</tbody></table></div></section>`;
}

function alignments(): Html {
  const atop = schemeNames.flatMap((scheme) => Object.entries(conceptSchemes[scheme].concepts as Readonly<Record<string, { label: string; notation?: string }>>).flatMap(([key, c]) => (c.notation ? [{ key, label: c.label, notation: c.notation, scheme }] : [])));
  const wikidata = classNames.flatMap((c) => {
    const declaration: { readonly wikidataClass?: string } = classDeclaration(c);
    return declaration.wikidataClass ? [{ name: c, wd: declaration.wikidataClass }] : [];
  });
  return html`<h2 id="alignments">Alignments</h2>
<h3 id="atop">ATOP (Alliance Treaty Obligations and Provisions)</h3><p>Concepts that ATOP codes carry its variable name as <span class="iri">skos:notation</span>.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">concept</th><th scope="col">ATOP variable</th><th scope="col">scheme</th></tr></thead><tbody>${atop.map((a) => html`<tr><td><a href="#${a.key}">${a.label}</a></td><td><code>${a.notation}</code></td><td><a href="#${a.scheme}">${conceptSchemes[a.scheme].label}</a></td></tr>`)}</tbody></table></div>
<h3 id="cow">Correlates of War</h3><p>States carry their COW state code (${propertyLink("cowCode")}) and abbreviation (${propertyLink("cowAbbreviation")}).</p>
<h3 id="wikidata">Wikidata</h3><div class="table-wrap"><table><thead><tr><th scope="col">class</th><th scope="col">Wikidata class (skos:closeMatch)</th></tr></thead><tbody>${wikidata.map((w) => html`<tr><td>${classLink(w.name)}</td><td><a href="${expandCurie(w.wd)}" rel="external">${w.wd}</a></td></tr>`)}</tbody></table></div>`;
}

export function ontologyPage(path: string, extraNav: Nav = []): string {
  const meta = ontologyMetadata;
  const body = html`<h1>${meta.title}</h1>
<p>${meta.description}</p>
<dl class="facts"><dt>IRI</dt><dd class="iri">${meta.iri}</dd><dt>version</dt><dd>${meta.version} (<span class="iri">${meta.versionIri}</span>)</dd><dt>prefix</dt><dd><code>${meta.preferredPrefix}:</code></dd><dt>licence</dt><dd><a href="${meta.license}" rel="external">${meta.license}</a></dd></dl>
<nav aria-label="Ontology contents"><ul><li><a href="#classes">Classes</a> (${classNames.length})</li><li><a href="#properties">Properties</a> (${propertyNames.length})</li><li><a href="#schemes">Concept schemes</a> (${schemeNames.length})</li><li><a href="#alignments">Alignments</a></li></ul></nav>
<h2 id="classes">Classes</h2><p>${join(classNames.map(classLink))}</p>
${classNames.map(classSection)}
<h2 id="properties">Properties</h2>
${propertyNames.map(propertySection)}
<h2 id="schemes">Concept schemes</h2>
${schemeNames.map(schemeSection)}
${alignments()}`;
  return page({ path, title: "Ontology reference", body, extraNav });
}
