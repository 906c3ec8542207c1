/**
 * The shipped document templates compiled ahead of time, as one script for the form's page: the
 * page forbids run-time compilation (no 'unsafe-eval'), so it runs these through
 * fill-template.ts's usePrecompiledTemplates. Each is keyed by its own source, so the page uses a
 * spec only for exactly the template text it was made from.
 */
import { readdirSync } from "node:fs";
import { precompileKey, precompileTemplate } from "../render/fill-template.js";
import { parseFrontMatter } from "../render/front-matter.js";
import { TemplateSet } from "../render/template-files.js";
import { shippedPath } from "../paths.js";

/** The global the script sets and the page reads. */
export const TEMPLATES_GLOBAL = "__reviewkitTemplates";

/** JavaScript that sets `globalThis.__reviewkitTemplates` to every shipped template and partial, precompiled. */
export function precompiledTemplatesScript(): string {
  const set = new TemplateSet();
  const entries: string[] = [];
  for (const entry of readdirSync(shippedPath("templates")).sort()) {
    if (!entry.endsWith(".md") || entry === "README.md") continue;
    const template = set.template(entry.slice(0, -3));
    const { body, bodyLine } = parseFrontMatter(template.source, template.file);
    entries.push(`${JSON.stringify(precompileKey(body, bodyLine))}:${precompileTemplate(body, template.file, bodyLine)}`);
  }
  for (const partial of set.partials().values()) {
    entries.push(`${JSON.stringify(precompileKey(partial.source, 1))}:${precompileTemplate(partial.source, partial.file, 1)}`);
  }
  return `globalThis.${TEMPLATES_GLOBAL}={${entries.join(",")}};`;
}
