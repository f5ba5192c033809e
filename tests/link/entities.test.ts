import { beforeAll, describe, expect, it } from "vitest";
import type { Quad } from "@rdfjs/types";
import { findLinkableEntities, type LinkableEntity } from "../../src/link/index.js";
import { parseTurtleFile, SEED_TTL } from "../helpers/project.js";
import { entitiesOf } from "./helpers/graph.js";

describe("the entities of the seed graph to link", () => {
  let entities: LinkableEntity[];
  beforeAll(() => {
    const quads: Quad[] = parseTurtleFile(SEED_TTL);
    entities = findLinkableEntities(quads);
  });

  it("are its parties, organisations, people, regions and agreements, by kind", () => {
    const byKind: Record<string, number> = {};
    for (const e of entities) byKind[e.expectation.kind] = (byKind[e.expectation.kind] ?? 0) + 1;
    expect(byKind).toEqual({ state: 12, organization: 4, group: 3, nonstate: 2, person: 5, region: 3, agreement: 4 });
    expect(entities.map((e) => e.curie)).toContain("party:isis");
    expect(entities.map((e) => e.curie)).not.toContain("agent:analysts"); // unnamed voices are not linked
  });

  it("carry their labels with language and the Wikidata classes their class is aligned with", () => {
    const nato = entities.find((e) => e.curie === "party:nato");
    expect(nato?.names).toEqual([{ value: "NATO", language: "en", source: "label" }]);
    expect(nato?.expectation.accept).toEqual(["Q245065", "Q484652"]);
    const state = entities.find((e) => e.curie === "party:turkey");
    expect(state?.expectation.accept).toEqual(["Q3624078", "Q6256"]);
    const person = entities.find((e) => e.curie === "person:recep-tayyip-erdogan");
    expect(person?.expectation.accept).toEqual(["Q5"]);
    const region = entities.find((e) => e.curie === "region:red-sea");
    expect(region?.expectation.accept).toEqual([]); // no verified class: type unchecked
  });

  it("know whom they are related to through statements (roles, clauses, memberships, events)", () => {
    const erdogan = entities.find((e) => e.curie === "person:recep-tayyip-erdogan");
    expect(erdogan?.related).toContain("https://w3id.org/pactgraph/id/party/turkey");
    const pact = entities.find((e) => e.curie === "agreement:saudi-pakistan-pact");
    expect(pact?.related).toEqual(expect.arrayContaining(["https://w3id.org/pactgraph/id/party/saudi-arabia", "https://w3id.org/pactgraph/id/party/pakistan"]));
  });

  it("are not linked by the seed graph itself", () => {
    expect(entities.filter((e) => e.linkedTo)).toEqual([]);
  });
});

describe("reading entities", () => {
  it("takes the most specific class, alternative labels, and a link the graph already has", () => {
    const [coalition] = entitiesOf(`
      agreement:example-coalition a pact:Coalition, pact:Agreement ; rdfs:label "Example Coalition"@en ;
        skos:altLabel "EC"@en ; skos:exactMatch wd:Q9000000700 .`);
    expect(coalition?.className).toBe("Coalition");
    expect(coalition?.expectation.accept).toEqual(["Q100906234", "Q131569"]);
    expect(coalition?.names.map((n) => `${n.source}:${n.value}`)).toEqual(["label:Example Coalition", "altLabel:EC"]);
    expect(coalition?.linkedTo).toBe("Q9000000700");
  });
});
