/**
 * Loads the validators generated at build time (see standalone.ts) for built code: dist/src and the
 * CLI bundle in dist/cli both find them at dist/validators.generated.cjs, and use them only when they
 * were built from the schemas shipped now. Code running from source (tsx, tests) never uses them, so
 * what it checks does not depend on whether or when dist/ was built: load-schemas.ts compiles instead.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { shippedPath } from "../paths.js";
import { standaloneFormats } from "./standalone-formats.js";

/** Where the build writes the generated module. */
export function prebuiltPath(): string {
  return shippedPath("dist", "validators.generated.cjs");
}

interface GeneratedModule {
  schemasHash: string;
  create(formats: Record<string, unknown>): Record<string, ValidateFunction | undefined>;
}

/** The prebuilt validators by schema name, or undefined from source, when absent, or when stale. */
export function loadPrebuilt(hash: string): Record<string, ValidateFunction | undefined> | undefined {
  if (!fileURLToPath(import.meta.url).startsWith(shippedPath("dist") + sep)) return undefined;
  const file = prebuiltPath();
  if (!existsSync(file)) return undefined;
  const mod = createRequire(import.meta.url)(file) as GeneratedModule;
  if (mod.schemasHash !== hash) return undefined;
  return mod.create(standaloneFormats());
}

/**
 * The prebuilt module's source text when it was built from the schemas whose hash is `hash` (its
 * `exports.schemasHash` line, as standalone.ts writes it), else undefined: for the offline form,
 * which embeds the code rather than loading it, from source as well as from dist (the text is what
 * standaloneValidatorsCode gives for those schemas, so it does not matter which runs).
 */
export function prebuiltCode(hash: string): string | undefined {
  const file = prebuiltPath();
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, "utf8");
  const stamped = /^exports\.schemasHash = ("[0-9a-f]+");$/m.exec(text)?.[1];
  return stamped !== undefined && JSON.parse(stamped) === hash ? text : undefined;
}
