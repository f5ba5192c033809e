/**
 * Reading a request body within a size limit: a declared Content-Length over the limit is refused
 * on the header, before a byte of the body is read (and before `100 Continue`, so a client that
 * asked first never sends it); a body without a declared length is counted as it arrives.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ProtocolError } from "./problem.js";

// The connection cannot be reused: the rest of the refused body would be read as the next request.
const CLOSE = { Connection: "close" } as const;

/** Refuses a request whose declared Content-Length is over `maxBytes`. */
export function checkDeclaredLength(request: IncomingMessage, maxBytes: number): void {
  const declared = request.headers["content-length"];
  if (declared !== undefined && Number(declared) > maxBytes) {
    throw new ProtocolError(413, `the request body would be ${declared} bytes, more than this endpoint accepts (${maxBytes} bytes)`, CLOSE);
  }
}

/** The body as UTF-8 text. */
export async function readBody(request: IncomingMessage, response: ServerResponse, maxBytes: number): Promise<string> {
  checkDeclaredLength(request, maxBytes);
  if (request.headers.expect?.toLowerCase() === "100-continue") response.writeContinue();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new ProtocolError(413, `the request body is larger than this endpoint accepts (${maxBytes} bytes)`, CLOSE);
    chunks.push(buffer);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ProtocolError(400, "the request body is not valid UTF-8");
  }
}
