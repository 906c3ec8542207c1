import { OFFICE_FONT } from "./fonts.js";
import { STYLES, runsText, type Block, type DocumentModel, type Run } from "./model.js";
import { charsAcross, tableSchemes } from "./table-widths.js";

/**
 * The HTML writer: one self-contained page (inline CSS, the logo as a data: URL, a Content Security
 * Policy that forbids loading anything), so it opens offline and prints with the marking and
 * "Page N of M" on every page. Every piece of text is HTML-escaped; nothing from a record or
 * template becomes markup.
 *
 * Printing follows the PDF's layout rules in CSS: headings avoid a break after them, table rows avoid
 * breaking inside (the browser still splits a row taller than a page), tables of one kind share
 * column widths from their content (a <colgroup>), and only a new section forces a new page; the
 * browser paginates, so a plain `<!-- page-break -->` is not forced.
 */

/** The width a printed page's text takes (A4 less 20 mm margins), in points, for column widths. */
const PRINT_WIDTH = 482;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML content and attribute values.
 * @example escapeHtml("Tobi <3 & me") // "Tobi &lt;3 &amp; me"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A CSS string literal. Everything but letters, digits and spaces becomes a hex escape, so text from
 * a profile (the protective marking in `@page` content) cannot end the string, the rule or the
 * `<style>` element (`</style><form …>` stays text).
 * @example cssString('OFFICIAL"</style>') // '"OFFICIAL\\22 \\3c \\2f style\\3e "'
 */
export function cssString(text: string): string {
  return `"${Array.from(text, (c) => (/^[A-Za-z0-9 ]$/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16)} `)).join("")}"`;
}

function runs(rs: readonly Run[]): string {
  return rs
    .map((r) => {
      if ("lineBreak" in r) return "<br>";
      let html = escapeHtml(r.text);
      if (r.italic) html = `<em>${html}</em>`;
      if (r.bold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join("");
}

function block(b: Block, widths: (t: Extract<Block, { kind: "table" }>) => number[]): string {
  switch (b.kind) {
    case "heading":
      return `<h${b.level}>${runs(b.runs)}</h${b.level}>`;
    case "paragraph":
      return `<p>${runs(b.runs)}</p>`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag}>${b.items.map((i) => `<li class="level-${i.level}">${runs(i.runs)}</li>`).join("")}</${tag}>`;
    }
    case "table": {
      const head = `<thead><tr>${b.header.map((c) => `<th scope="col">${runs(c)}</th>`).join("")}</tr></thead>`;
      const body = b.rows.map((r) => `<tr>${r.map((c) => `<td>${runs(c)}</td>`).join("")}</tr>`).join("");
      const cols = `<colgroup>${widths(b).map((f) => `<col style="width: ${(f * 100).toFixed(1)}%">`).join("")}</colgroup>`;
      return `<table>${cols}${head}<tbody>${body}</tbody></table>`;
    }
    case "pageBreak":
      return b.section ? `<div class="new-section"></div>` : "";
    case "image":
      return `<img class="logo" src="data:image/png;base64,${Buffer.from(b.data).toString("base64")}" width="${b.width}" height="${b.height}" alt="${escapeHtml(b.alt)}">`;
    case "chart":
      // The SVG is made by the chart library from numbers only (no record text); role="img" and a label let a screen reader name it.
      return `<figure class="chart" role="img" aria-label="${escapeHtml(b.alt)}">${b.svg.replace(/^<svg /, '<svg aria-hidden="true" ')}</figure>`;
  }
}

function css(model: DocumentModel): string {
  const s = STYLES[model.style];
  const marking = cssString(model.protectiveMarking);
  return [
    `@page { size: A4; margin: 25mm 20mm; @top-center { content: ${marking}; font-weight: bold; } @bottom-left { content: ${marking}; } @bottom-right { content: "Page " counter(page) " of " counter(pages); } }`,
    `body { font-family: ${OFFICE_FONT}, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: ${s.fontSize}pt; line-height: ${s.lineSpacing}; max-width: 48em; margin: 0 auto; padding: 1em; color: #000; }`,
    `h1 { font-size: ${(s.fontSize * s.headingScale ** 2).toFixed(1)}pt; } h2 { font-size: ${(s.fontSize * s.headingScale).toFixed(1)}pt; } h3, h4 { font-size: ${s.fontSize}pt; }`,
    "table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; } th, td { border: 1px solid #777; padding: 0.3em 0.5em; text-align: left; vertical-align: top; } th { background: #e6e6e6; }",
    "thead { display: table-header-group; } tr { break-inside: avoid; } th, td { overflow-wrap: normal; word-break: normal; hyphens: manual; }",
    "h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }",
    ".chart { margin: 0.5em 0; break-inside: avoid; } .chart svg { max-width: 100%; height: auto; } .marking { font-weight: bold; text-align: center; } .new-section { break-before: page; } .logo { display: block; margin-left: auto; }",
    "li.level-1 { margin-left: 1.5em; } li.level-2 { margin-left: 3em; }",
    "@media print { .marking { display: none; } }",
  ].join("\n");
}

/**
 * The document as a complete HTML page, language en-GB, with its title and real headings.
 * @example toHtml(model).startsWith("<!DOCTYPE html>") // true
 */
export function toHtml(model: DocumentModel): string {
  const title = escapeHtml(model.title);
  const scheme = tableSchemes(model.blocks);
  const marking = escapeHtml(model.protectiveMarking);
  return [
    "<!DOCTYPE html>",
    `<html lang="${model.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="reviewkit">`,
    `<title>${title}</title>`,
    `<style>\n${css(model)}\n</style>`,
    "</head>",
    "<body>",
    `<header><p class="marking">${marking}</p><p>${escapeHtml(model.authorityName)}</p></header>`,
    "<main>",
    ...model.blocks.map((b) => block(b, (t) => scheme(t, charsAcross(PRINT_WIDTH - t.header.length * 10, STYLES[model.style].fontSize)))),
    "</main>",
    `<footer><p class="marking">${marking}</p></footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** Plain text of a model (used by tests and the glyph check's messages). @example modelText(model).includes("Amara") */
export function modelText(model: DocumentModel): string {
  return model.blocks
    .map((b) => (b.kind === "table" ? [...b.header, ...b.rows.flat()].map(runsText).join(" ") : "runs" in b ? runsText(b.runs) : b.kind === "list" ? b.items.map((i) => runsText(i.runs)).join("\n") : ""))
    .join("\n");
}
