/**
 * The SPARQL 1.1 Service Description (https://www.w3.org/TR/sparql11-service-description/) a GET of
 * the endpoint without parameters answers with: what the endpoint runs (SPARQL 1.1 Query only, no
 * SERVICE, no update), the result formats it can produce, and the size of its default graph.
 */
import type { Quad } from "@rdfjs/types";
import { blankNode, namedNode, quad, RDF_TYPE, typed } from "../rdf/terms.js";

const SD = "http://www.w3.org/ns/sparql-service-description#";
const FORMATS = "http://www.w3.org/ns/formats/";
const VOID = "http://rdfs.org/ns/void#";

/** Result formats by their W3C format IRIs (http://www.w3.org/ns/formats/). */
const RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML"];

/** The description of the endpoint at `endpoint`, whose default graph holds `triples`. */
export function serviceDescription(endpoint: string, triples: number): Quad[] {
  const service = blankNode("service");
  const dataset = blankNode("dataset");
  const graph = blankNode("defaultGraph");
  const sd = (local: string) => namedNode(`${SD}${local}`);
  return [
    quad(service, RDF_TYPE, sd("Service")),
    quad(service, sd("endpoint"), namedNode(endpoint)),
    quad(service, sd("supportedLanguage"), sd("SPARQL11Query")),
    ...RESULT_FORMATS.map((format) => quad(service, sd("resultFormat"), namedNode(`${FORMATS}${format}`))),
    quad(service, sd("defaultDataset"), dataset),
    quad(dataset, RDF_TYPE, sd("Dataset")),
    quad(dataset, sd("defaultGraph"), graph),
    quad(graph, RDF_TYPE, sd("Graph")),
    quad(graph, namedNode(`${VOID}triples`), typed(triples, "xsd:integer")),
  ];
}
