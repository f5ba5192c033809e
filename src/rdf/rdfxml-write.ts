/**
 * RDF/XML, for Protégé and older OWL tools: one node element per subject, in the (canonical)
 * order of the quads, typed by its first rdf:type that can be an element name (`<owl:Class
 * rdf:about="…">`), every blank node a top-level node with `rdf:nodeID`, so nothing nests and
 * writing is linear however deep the graph. A predicate is split into a namespace and the longest
 * XML name that ends it (RDF/XML §2.4), with the project's prefix where there is one.
 *
 * What RDF/XML cannot carry is refused with a message rather than written as a file no tool can
 * read: a predicate that does not end in an XML name or is one of RDF/XML's own names (rdf:li,
 * rdf:about…), characters XML 1.0 has no place for (control characters other than tab, LF and
 * CR), and base directions (RDF 1.2).
 */
import type { Quad, Term } from "@rdfjs/types";
import { UsageError } from "../errors.js";

const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDF_TYPE = `${RDF}type`;
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
const ADVICE = "; export as Turtle, N-Triples or JSON-LD instead";
/** RDF/XML's syntax names: no property element may have them (§7.2.5), and no typed node the first eight. */
const SYNTAX_NAMES = new Set(["RDF", "ID", "about", "bagID", "parseType", "resource", "nodeID", "datatype", "li", "aboutEach", "aboutEachPrefix", "Description"]);
// XML name characters include joiners and combining marks, each allowed on its own (XML 1.0 §2.3).
/* eslint-disable no-misleading-character-class */
const NAME_START = /[A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\u{10000}-\u{effff}]/u;
const NAME_CHAR = /[-.0-9\u00b7\u0300-\u036f\u203f\u2040A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\u{10000}-\u{effff}]/u;
const NCNAME = new RegExp(`^${NAME_START.source}${NAME_CHAR.source}*$`, "u");
/* eslint-enable no-misleading-character-class */
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot hold
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Split {
  readonly namespace: string;
  readonly local: string;
}
const splits = new Map<string, Split | undefined>();

/** An IRI split into namespace and local name, or undefined when it does not end in an XML name. */
export function splitIri(iri: string): Split | undefined {
  if (splits.has(iri)) return splits.get(iri);
  if (splits.size > 10_000) splits.clear();
  const found = splitAtXmlName(iri);
  splits.set(iri, found);
  return found;
}

function splitAtXmlName(iri: string): Split | undefined {
  const chars = Array.from(iri);
  let start = chars.length;
  while (start > 0 && NAME_CHAR.test(chars[start - 1] ?? "")) start -= 1;
  while (start < chars.length && !NAME_START.test(chars[start] ?? "")) start += 1;
  if (start === chars.length) return undefined;
  return { namespace: chars.slice(0, start).join(""), local: chars.slice(start).join("") };
}

function text(value: string): string {
  return value.replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;"));
}

function attribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === '"' ? "&quot;" : `&#${c.charCodeAt(0)};`));
}

function refuseUnwritable(quad: Quad): void {
  for (const term of [quad.subject, quad.predicate, quad.object]) {
    const value = term.value;
    if (NOT_XML.test(value) || (term.termType === "Literal" && NOT_XML.test(term.datatype.value))) {
      const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
      throw new UsageError(`RDF/XML cannot write ${shown} (of <${quad.subject.value}>): it holds a character XML 1.0 cannot carry (a control character other than tab, LF and CR, or a lone surrogate)${ADVICE}`);
    }
  }
  const split = splitIri(quad.predicate.value);
  if (split === undefined) throw new UsageError(`RDF/XML cannot write the predicate <${quad.predicate.value}>: it does not end in an XML name, so it cannot be an element name${ADVICE}`);
  if (split.namespace === RDF && SYNTAX_NAMES.has(split.local)) throw new UsageError(`RDF/XML cannot write the predicate rdf:${split.local}: RDF/XML reserves that name for its own syntax${ADVICE}`);
  if (quad.object.termType === "Literal" && quad.object.direction) {
    throw new UsageError(`RDF/XML cannot write the base direction (${quad.object.direction}) of ${JSON.stringify(quad.object.value)}: RDF/XML 1.1 has no place for it${ADVICE}`);
  }
}

/** Prefixes for namespaces: the project's where they are XML names, else ns1, ns2… in order of use. */
class Namespaces {
  private readonly byNamespace = new Map<string, string>([[RDF, "rdf"]]);
  private readonly known = new Map<string, string>();
  private readonly taken = new Set(["rdf"]);

  constructor(prefixes: Readonly<Record<string, string>>) {
    for (const prefix of Object.keys(prefixes).sort()) {
      const namespace = prefixes[prefix];
      if (namespace === undefined || !NCNAME.test(prefix) || /^xml/i.test(prefix) || this.taken.has(prefix) || this.known.has(namespace)) continue;
      this.known.set(namespace, prefix);
      this.taken.add(prefix);
    }
  }

  qname(namespace: string, local: string): string {
    let prefix = this.byNamespace.get(namespace);
    if (prefix === undefined) {
      prefix = this.known.get(namespace);
      for (let n = this.byNamespace.size; prefix === undefined; n++) if (!this.taken.has(`ns${n}`)) prefix = `ns${n}`;
      this.taken.add(prefix);
      this.byNamespace.set(namespace, prefix);
    }
    return `${prefix}:${local}`;
  }

  declarations(): string {
    return [...this.byNamespace].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([namespace, prefix]) => `\n    xmlns:${prefix}="${attribute(namespace)}"`).join("");
  }
}

/** RDF/XML text of default-graph quads (the caller refuses named graphs). */
export function writeRdfXml(quads: readonly Quad[], prefixes: Readonly<Record<string, string>>): string {
  const namespaces = new Namespaces(prefixes);
  const bySubject = new Map<string, Quad[]>();
  for (const quad of quads) {
    refuseUnwritable(quad);
    const key = `${quad.subject.termType === "BlankNode" ? "_:" : ""}${quad.subject.value}`;
    const group = bySubject.get(key);
    if (group === undefined) bySubject.set(key, [quad]);
    else group.push(quad);
  }
  // rdf:nodeID takes an XML name; canonical labels (b0, b1…) are, others are all renamed.
  const relabel = quads.some((q) => [q.subject, q.object].some((t) => t.termType === "BlankNode" && !NCNAME.test(t.value)));
  const labels = new Map<string, string>();
  const nodeId = (term: Term): string => {
    if (!relabel) return term.value;
    let label = labels.get(term.value);
    if (label === undefined) labels.set(term.value, (label = `b${labels.size}`));
    return label;
  };
  const reference = (term: Term): string => (term.termType === "BlankNode" ? `rdf:nodeID="${nodeId(term)}"` : `rdf:about="${attribute(term.value)}"`);

  const nodes: string[] = [];
  for (const group of bySubject.values()) {
    const subject = (group[0] as Quad).subject;
    const typed = group.find((q) => q.predicate.value === RDF_TYPE && q.object.termType === "NamedNode" && typedNodeName(q.object.value) !== undefined);
    const split = typed === undefined ? undefined : typedNodeName(typed.object.value);
    const element = split === undefined ? "rdf:Description" : namespaces.qname(split.namespace, split.local);
    const properties: string[] = [];
    for (const quad of group) {
      if (quad === typed) continue;
      const { namespace, local } = splitIri(quad.predicate.value) as Split;
      const name = namespaces.qname(namespace, local);
      const object = quad.object;
      if (object.termType === "NamedNode") properties.push(`<${name} rdf:resource="${attribute(object.value)}"/>`);
      else if (object.termType === "BlankNode") properties.push(`<${name} rdf:nodeID="${nodeId(object)}"/>`);
      else if (object.termType === "Literal") {
        const annotation = object.language ? ` xml:lang="${attribute(object.language)}"` : object.datatype.value === XSD_STRING ? "" : ` rdf:datatype="${attribute(object.datatype.value)}"`;
        properties.push(`<${name}${annotation}>${text(object.value)}</${name}>`);
      }
    }
    const open = `  <${element} ${reference(subject)}`;
    nodes.push(properties.length === 0 ? `${open}/>` : `${open}>\n${properties.map((p) => `    ${p}`).join("\n")}\n  </${element}>`);
  }
  const body = nodes.length === 0 ? "" : `\n${nodes.join("\n")}`;
  return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF${namespaces.declarations()}>${body}\n</rdf:RDF>\n`;
}

/** The element name a class can give its instances' node elements, if it can be one. */
function typedNodeName(iri: string): Split | undefined {
  const split = splitIri(iri);
  if (split === undefined || (split.namespace === RDF && SYNTAX_NAMES.has(split.local))) return undefined;
  return split;
}
