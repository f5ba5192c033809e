/**
 * A refusal decided by the protocol layer itself (wrong path or method, unsupported media type,
 * an update, a body over the limit), with the HTTP status the SPARQL 1.1 Protocol and HTTP give
 * it. Errors from the query layer are PactgraphErrors instead, answered with their code's status.
 */
export class ProtocolError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "ProtocolError";
  }
}
