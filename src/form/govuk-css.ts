/**
 * govuk-frontend's compiled stylesheet, made safe to inline in an offline page: its @font-face
 * rules load GDS Transport from www.gov.uk paths (the typeface is licensed for GOV.UK only, and the
 * page may make no request), so they are dropped and the stack falls back to Arial as GOV.UK's own
 * does; the only image it names (the crest, for the Crown copyright footer we do not draw) is removed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The stylesheet text, with no url() left in it. */
export function govukCss(): string {
  const pkg = dirname(require.resolve("govuk-frontend/package.json"));
  const css = readFileSync(join(pkg, "dist", "govuk", "govuk-frontend.min.css"), "utf8")
    .replace(/@font-face\{[^}]*\}/g, "")
    .replace(/url\([^)]*\)/g, "none")
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, "");
  if (/url\(/.test(css)) throw new Error("govuk-frontend's stylesheet still names a url()");
  return css;
}
