/**
 * `node:crypto` for the form's browser bundle: only `createHash("sha256")`, which the schema loader
 * uses to check that the prebuilt validators were built from the schemas beside them. @noble/hashes
 * (already installed with pdfkit) computes it; the browser's own SubtleCrypto is asynchronous.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** A hash with `update` and `digest("hex")`, as much of Node's Hash as the library uses. */
export function createHash(algorithm: string): { update(data: string | Uint8Array): unknown; digest(encoding: "hex"): string } {
  if (algorithm !== "sha256") throw new Error(`the form has no ${algorithm} hash`);
  const h = sha256.create();
  const hash = {
    update(data: string | Uint8Array) {
      h.update(typeof data === "string" ? utf8ToBytes(data) : data);
      return hash;
    },
    digest: () => bytesToHex(h.digest()),
  };
  return hash;
}

export default { createHash };
