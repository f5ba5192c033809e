import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "n3";
import { describe, expect, it } from "vitest";
import { renderOntologyFiles } from "../../src/build/index.js";
import {
  classDeclaration,
  classIri,
  classNames,
  conceptSchemes,
  generateContext,
  generateOwl,
  propertyIri,
  propertyNames,
  schemeNames,
} from "../../src/schema/index.js";
import { ROOT } from "../helpers/project.js";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

const ontologyFiles = await renderOntologyFiles();

describe("generated ontology files", () => {
  it.each(ontologyFiles.map((f) => [f.path, f.content] as const))(
    "%s is committed exactly as the schema generates it (drift test)",
    (path, content) => {
      expect(readFileSync(join(ROOT, path), "utf8"), "regenerate it with `npm run ontology`").toBe(content);
    },
  );

  it("the OWL and SHACL Turtle parse back to the triples generated", () => {
    for (const file of ontologyFiles.filter((f) => f.path.endsWith(".ttl"))) {
      const parsed = new Parser().parse(file.content);
      expect(parsed.length, file.path).toBe(file.triples);
    }
  });
});

describe("the OWL ontology", () => {
  const owl = generateOwl();
  const about = (iri: string, predicate: string) =>
    owl.filter((q) => q.subject.value === iri && q.predicate.value === predicate).map((q) => q.object.value);

  it("declares every own class and property with a label, a comment and (for properties) a domain", () => {
    const own = [...classNames.filter((c) => !classDeclaration(c).iri).map(classIri), ...propertyNames.map(propertyIri)].filter((i) =>
      i.startsWith("https://w3id.org/pactgraph/ontology#"),
    );
    expect(own.length).toBeGreaterThan(80);
    for (const iri of own) {
      expect(about(iri, "http://www.w3.org/2000/01/rdf-schema#label"), iri).toHaveLength(1);
      expect(about(iri, "http://www.w3.org/2000/01/rdf-schema#comment"), iri).toHaveLength(1);
    }
    for (const property of propertyNames.map(propertyIri).filter((i) => i.includes("pactgraph"))) {
      expect(about(property, "http://www.w3.org/2000/01/rdf-schema#domain"), property).toHaveLength(1);
    }
  });

  it("carries ontology metadata: version IRI, licence and the project as creator", () => {
    const ontology = "https://w3id.org/pactgraph/ontology";
    expect(about(ontology, RDF_TYPE)).toContain("http://www.w3.org/2002/07/owl#Ontology");
    expect(about(ontology, "http://www.w3.org/2002/07/owl#versionIRI")).toEqual(["https://w3id.org/pactgraph/ontology/0.1.0"]);
    expect(about(ontology, "http://purl.org/dc/terms/license")).toHaveLength(1);
    expect(about(ontology, "http://purl.org/dc/terms/creator")).toEqual(["https://w3id.org/pactgraph"]);
  });

  it("aligns key classes with Wikidata classes", () => {
    const closeMatch = (c: string) => about(`https://w3id.org/pactgraph/ontology#${c}`, "http://www.w3.org/2004/02/skos/core#closeMatch");
    expect(closeMatch("State")).toEqual(["http://www.wikidata.org/entity/Q3624078"]);
    expect(closeMatch("Agreement")).toEqual(["http://www.wikidata.org/entity/Q131569"]);
    expect(closeMatch("Alliance")).toEqual(["http://www.wikidata.org/entity/Q1127126"]);
    expect(closeMatch("Coalition")).toEqual(["http://www.wikidata.org/entity/Q100906234"]);
    expect(closeMatch("IntergovernmentalOrganization")).toEqual(["http://www.wikidata.org/entity/Q245065"]);
    expect(closeMatch("InternationalOrganization")).toEqual(["http://www.wikidata.org/entity/Q484652"]);
  });

  it("carries ATOP variable names as skos:notation on the core obligations", () => {
    const notation = (c: string) => about(`https://w3id.org/pactgraph/ontology#${c}`, "http://www.w3.org/2004/02/skos/core#notation");
    expect(["Defence", "Offence", "Neutrality", "NonAggression", "Consultation"].map(notation)).toEqual([
      ["DEFENSE"],
      ["OFFENSE"],
      ["NEUTRAL"],
      ["NONAGG"],
      ["CONSUL"],
    ]);
    expect(notation("IntelligenceSharing")).toEqual([]);
  });
});

describe("schema naming", () => {
  it("keeps class, scheme, concept and property names distinct, so JSON-LD terms never collide", () => {
    const concepts = schemeNames.flatMap((s) => Object.keys(conceptSchemes[s].concepts));
    const names = [...classNames, ...schemeNames, ...concepts, ...propertyNames];
    expect(new Set(names).size).toBe(names.length);
    expect(() => generateContext()).not.toThrow();
  });

  it("maps DSL fields to JSON-LD terms with the right type coercion", () => {
    const context = generateContext()["@context"];
    expect(context.status).toEqual({ "@id": "pact:agreementStatus", "@type": "@vocab" });
    expect(context.binds).toEqual({ "@id": "pact:binds", "@type": "@id", "@container": "@set" });
    expect(context.label).toEqual({ "@id": "rdfs:label", "@language": "en" });
    expect(context.Defence).toBe("pact:Defence");
  });
});
