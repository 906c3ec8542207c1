/**
 * A fingerprint of the schema files, stamped into the prebuilt validators at build time and checked
 * at run time: validators built from other schemas than the ones shipped beside them are not used.
 */
import { createHash } from "node:crypto";

/** Hash over each schema's package path and parsed JSON, in path order. */
export function schemasHash(schemas: readonly { file: string; schema: unknown }[]): string {
  const h = createHash("sha256");
  for (const s of schemas) h.update(`${s.file}\n${JSON.stringify(s.schema)}\n`);
  return h.digest("hex");
}
