/**
 * Where the build writes the form's browser bundle, and the file URL the bundle believes it runs
 * from: its in-memory file system is laid out like the package, under /reviewkit.
 */
import { shippedPath } from "../paths.js";

/** The root of the in-memory file system in the page: the package, as the library sees it. */
export const FORM_ROOT = "/reviewkit";

/** `import.meta.url` inside the bundle: a module of dist/, so the prebuilt validators are used. */
export const FORM_IMPORT_META_URL = `file://${FORM_ROOT}/dist/form/form.js`;

/**
 * The bundle's path: dist/form/form.js.
 * @example readFileSync(formBundlePath(), "utf8")
 */
export function formBundlePath(): string {
  return shippedPath("dist", "form", "form.js");
}
