/**
 * The query of a protocol request, checked against what this endpoint runs: read-only queries
 * over its own data. The wording is the protocol's, for HTTP clients (not the CLI's options).
 */
import { PactgraphError } from "../errors.js";
import { parseSparql, prepareQuery, type PreparedQuery } from "../query/index.js";

/** Parses and checks a query; a syntax error is E_PARSE, an update or a SERVICE call E_REFUSED (400). */
export function prepareProtocolQuery(text: string): PreparedQuery {
  if (parseSparql(text, "query").type === "update") {
    throw new PactgraphError(
      "the query operation runs SELECT, CONSTRUCT, ASK and DESCRIBE; this is a SPARQL Update, and this endpoint is read-only: it has no update operation",
      "E_REFUSED",
    );
  }
  const prepared = prepareQuery(text, { file: "query", allowService: true });
  if (prepared.services.length > 0) {
    throw new PactgraphError(`SERVICE is not allowed on this endpoint, which answers from its own data only (the query calls <${prepared.services.join(">, <")}>)`, "E_REFUSED");
  }
  return prepared;
}
