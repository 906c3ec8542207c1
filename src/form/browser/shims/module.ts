/**
 * `node:module` for the form's browser bundle. The library loads two things with `createRequire`:
 * the validators compiled at build time (dist/validators.generated.cjs) and ajv's compiler. The
 * page carries the first as a script (see build-form.ts), wrapped as a factory; ajv's compiler is
 * never needed, because the prebuilt validators are always present, and it would need `new Function`,
 * which the page's Content-Security-Policy forbids.
 */
import * as ucs2length from "ajv/dist/runtime/ucs2length.js";
import * as fontkit from "fontkit";
import { readFileSync } from "./fs.js";

/**
 * The modules the library may require, by the name its code uses: ajv's helper for the prebuilt
 * validators, and fontkit for the PDF glyph check (fonts.ts opens a font by path; in the page the
 * path is in the in-memory file system, so the font is read from there and parsed by fontkit).
 */
const RUNTIME: Record<string, unknown> = {
  "ajv/dist/runtime/ucs2length": ucs2length,
  fontkit: { openSync: (path: string) => fontkit.create(readFileSync(path) as Uint8Array) },
};

type Factory = (require: (id: string) => unknown) => unknown;

let validators: unknown;

function pageRequire(id: string): unknown {
  if (Object.hasOwn(RUNTIME, id)) return RUNTIME[id];
  if (id.endsWith("/validators.generated.cjs")) {
    const factory = (globalThis as { __reviewkitValidators?: Factory }).__reviewkitValidators;
    if (!factory) throw new Error("the form has no prebuilt validators");
    return (validators ??= factory(pageRequire));
  }
  throw new Error(`not available in the form: ${id}`);
}

/** A `require` that serves the prebuilt validators and their runtime helpers only. */
export function createRequire(_from: string | URL): (id: string) => unknown {
  return pageRequire;
}

export default { createRequire };
