/**
 * The neutral block model every writer reads. A template fills to Markdown; Markdown becomes these
 * blocks; the DOCX, PDF and HTML writers are pure mappings from them. Nothing here knows about a
 * file format, so a new writer never needs a change to the templates.
 */

/**
 * A piece of text with its emphasis, or a line break inside a paragraph (a record's own newline).
 * @example const run: Run = { text: "Siân Llŷr", bold: true };
 */
export type Run = { text: string; bold?: boolean; italic?: boolean } | { lineBreak: true };

/**
 * One table cell: its runs.
 * @example const cell: Cell = [{ text: "By when" }];
 */
export type Cell = Run[];

/**
 * A block of the document. `image` is only ever the authority's logo, placed where a template writes
 * `<!-- logo -->`: templates cannot name an image, so no document fetches or reads anything else.
 * A `pageBreak` is taken only where it leaves the page at least a third full; with `section` (a new
 * section that must start on its own page, `<!-- new-section -->`) it is always taken.
 * @example const h: Block = { kind: "heading", level: 1, runs: [{ text: "Your review" }] };
 */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; ordered: boolean; items: { level: number; runs: Run[] }[] }
  | { kind: "table"; header: Cell[]; rows: Cell[][] }
  | { kind: "pageBreak"; section?: boolean }
  | { kind: "image"; data: Uint8Array; width: number; height: number; alt: string }
  /** A chart: vector SVG for HTML and PDF, the same drawn as PNG for DOCX; `alt` names what it shows (its numbers are in a table beside it). */
  | { kind: "chart"; svg: string; png: Uint8Array; width: number; height: number; alt: string };

/** Who a document is written for; decides plain-language checks and, with `style`, the layout. @example AUDIENCES.includes("parent") // true */
export const AUDIENCES = ["child", "parent", "professional"] as const;
/** @example const a: DocumentAudience = "child"; */
export type DocumentAudience = (typeof AUDIENCES)[number];

/**
 * Layouts. Children's letters are 14 pt or larger sans-serif (larger still for younger children);
 * letters to parents 12 pt; records 10.5 pt so the tables fit.
 * @example STYLES["child-under-8"].fontSize // 18
 */
export const STYLES = {
  "child-under-8": { fontSize: 18, lineSpacing: 1.5, headingScale: 1.35 },
  "child-8-12": { fontSize: 16, lineSpacing: 1.4, headingScale: 1.3 },
  "child-13-plus": { fontSize: 14, lineSpacing: 1.35, headingScale: 1.3 },
  letter: { fontSize: 12, lineSpacing: 1.3, headingScale: 1.3 },
  record: { fontSize: 10.5, lineSpacing: 1.2, headingScale: 1.4 },
} as const;
/** @example const s: DocumentStyle = "record"; */
export type DocumentStyle = keyof typeof STYLES;

/**
 * A whole document, ready for a writer. `date` (YYYY-MM-DD) stamps the file's metadata so the same
 * record always gives the same bytes; there is no clock anywhere in rendering.
 * @example const bytes = await toPdf(model); // see to-pdf.ts
 */
export interface DocumentModel {
  title: string;
  audience: DocumentAudience;
  style: DocumentStyle;
  /** BCP 47; every document is British English. */
  lang: "en-GB";
  date: string;
  /** Shown in the header of every page: "Knowsley Council". */
  authorityName: string;
  /** OFFICIAL-SENSITIVE unless the profile says otherwise; in every header and footer. */
  protectiveMarking: string;
  blocks: Block[];
}

/**
 * The plain text of some runs, line breaks as "\n" (for tests, HTML titles and glyph checks).
 * @example runsText([{ text: "a" }, { lineBreak: true }, { text: "b" }]) // "a\nb"
 */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => ("lineBreak" in r ? "\n" : r.text)).join("");
}
