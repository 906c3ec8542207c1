/**
 * Build-time only: turns every top-level schema into plain JavaScript with ajv's `standaloneCode`,
 * so a run loads ready validators instead of compiling schemas (~100 ms of every start).
 * The output is a CommonJS module, because `getValidator` is synchronous and only `require` can
 * load a module synchronously; it exports a factory taking the format table
 * (see standalone-formats.ts) and `schemasHash`, so a stale build is noticed and not used.
 */
import { createRequire } from "node:module";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { allSchemas, createAjv, schemaFile, schemaNames, type LoadedSchema } from "./load-schemas.js";
import { schemasHash } from "./schemas-hash.js";

const require = createRequire(import.meta.url);

/**
 * The generated module's source text; it requires only ajv's small runtime helpers. `schemas`
 * defaults to the shipped ones; the form passes its own set (the same files it embeds).
 */
export function standaloneValidatorsCode(schemas: readonly LoadedSchema[] = allSchemas()): string {
  // The generated code reads each format from `formats` (the factory's parameter) by name.
  const { _ } = require("ajv/dist/compile/codegen/index.js") as typeof import("ajv/dist/compile/codegen/index.js");
  const standaloneCode = (require("ajv/dist/standalone/index.js") as typeof import("ajv/dist/standalone/index.js")).default;
  const ajv: Ajv2020 = createAjv({ code: { source: true, formats: _`formats` } });
  for (const s of schemas) ajv.addSchema(s.schema, undefined, undefined, false);
  // One export per top-level schema, named as getValidator names it; $refs between them are shared.
  const exportsById: Record<string, string> = {};
  for (const name of Object.values(schemaNames)) {
    const entry = schemas.find((s) => s.file === schemaFile(name));
    if (!entry) throw new Error(`standalone: no ${schemaFile(name)}`);
    exportsById[name] = entry.id;
  }
  const body = standaloneCode(ajv, exportsById);
  return [
    "// Generated at build time by scripts/build-validators.ts from schemas/; do not edit.",
    '"use strict";',
    `exports.schemasHash = ${JSON.stringify(schemasHash(schemas))};`,
    "exports.create = function (formats) {",
    "const exports = {};",
    body,
    "return exports;",
    "};",
    "",
  ].join("\n");
}
