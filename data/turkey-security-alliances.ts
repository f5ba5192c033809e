/**
 * The seed graph: every statement of the article in data/sources/turkey-security-alliances.txt,
 * each resting on a claim with its exact quote, attribution and epistemic status. Only what the
 * text says is recorded; inferences from context carry a review note.
 * `pactgraph build` turns this module's `graph` into data/turkey-security-alliances.ttl.
 */
import { readFileSync } from "node:fs";
import { createGraph } from "../src/index.js";
import { declareActors } from "./turkey-security-alliances/actors.js";
import { declareDiplomacy } from "./turkey-security-alliances/diplomacy.js";
import { declareFailedProposals } from "./turkey-security-alliances/failed-proposals.js";
import { declareOutlook } from "./turkey-security-alliances/outlook.js";
import { declareSaudiPakistanPact } from "./turkey-security-alliances/saudi-pakistan-pact.js";
import { declareTurkishFramework } from "./turkey-security-alliances/turkish-framework.js";

export const graph = createGraph();

const article = graph.source("turkey-security-alliances", {
  title: "Turkey hunts for new security alliances as regional tensions rise",
  sourceKind: "NewsArticle",
  text: readFileSync(new URL("./sources/turkey-security-alliances.txt", import.meta.url), "utf8"),
  textFile: "data/sources/turkey-security-alliances.txt",
  language: "en",
  notGiven: ["Publisher", "PublicationDate", "SourceUrl"],
  reviewNotes: ["The copy held gives no outlet, author or publication date."],
});
const actors = declareActors(graph, article);
declareSaudiPakistanPact(graph, actors, article);
const { framework } = declareTurkishFramework(graph, actors, article);
declareDiplomacy(graph, actors, article);
declareFailedProposals(graph, actors, article);
declareOutlook(graph, actors, article, framework);
