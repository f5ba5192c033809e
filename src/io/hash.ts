/** Content hashes: the one SHA-256 helper, for source texts, caches and generated files. */
import { createHash } from "node:crypto";

/** SHA-256 of `data` (a string is hashed as UTF-8), in lowercase hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
