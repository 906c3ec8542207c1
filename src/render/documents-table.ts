import { DOCUMENTS } from "./documents.js";
import { FORMATS, OUTPUT_FORMATS } from "./formats.js";

/**
 * The Markdown list of every document `render` writes and every format, generated from the one
 * registry of each (DOCUMENTS, OUTPUT_FORMATS) into docs/documents.md by `npm run docs:rules`, so the
 * docs cannot name a document or format the code does not make, or miss one it does.
 * @example writeFileSync("docs/documents.md", renderDocumentsTable())
 */
export function renderDocumentsTable(): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return [
    "# Documents",
    "",
    "Generated from `src/render/documents.ts` and `src/render/formats.ts` by `npm run docs:rules`; do not edit by hand.",
    "`reviewkit render --document <name>` makes one of them; the offline form offers the same documents.",
    "",
    "| document | made from | what it is | formats |",
    "|---|---|---|---|",
    ...Object.entries(DOCUMENTS).map(([name, d]) => `| \`${name}\` | ${d.recordType} | ${cell(d.description)} | ${d.formats.join(", ")} |`),
    "",
    "## Formats",
    "",
    "`--format all` writes each, in this order.",
    "",
    "| format | media type |",
    "|---|---|",
    ...FORMATS.map((f) => `| \`${f}\` (${OUTPUT_FORMATS[f].label}) | ${OUTPUT_FORMATS[f].mime} |`),
    "",
  ].join("\n");
}
