import pdfmake from "pdfmake";
import type { Content, TableCell } from "pdfmake/interfaces.js";
import { FONT_FACES, PDF_FONT, fontPath } from "./fonts.js";
import { STYLES, runsText, type Block, type DocumentModel, type Run } from "./model.js";
import { charsAcross, columnFractions } from "./table-widths.js";

/**
 * The PDF writer (pdfmake 0.3). Same model, same bytes: the creation date is the record's date, not
 * the clock, and pdfkit derives the file ID from the metadata. pdfmake may read only the shipped font
 * files and may fetch nothing. Table header rows repeat on every page, and rows may break across
 * pages (dontBreakRows: false) so a cell taller than a page is continued, never cut off.
 */

const A4_WIDTH = 595.28;
/** What pdfmake tells pageBreakBefore about a node. */
interface PageNode {
  headlineLevel?: number;
  table?: unknown;
  startPosition: { verticalRatio: number };
}
const MARGIN_X = 57; // 2 cm
const fontFiles = FONT_FACES.map(fontPath);

let configured = false;
function configure(): void {
  if (configured) return;
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontFiles.includes(path));
  pdfmake.setFonts({ [PDF_FONT]: Object.fromEntries(FONT_FACES.map((f) => [f, fontPath(f)])) } as never);
  configured = true;
}

function text(runs: readonly Run[]): Content[] {
  // Only set emphasis that is on: an explicit `bold: false` would override a heading style's bold.
  return runs.map((r) => ("lineBreak" in r ? { text: "\n" } : { text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }));
}

function list(b: Extract<Block, { kind: "list" }>): Content {
  // pdfmake nests lists as arrays inside the items; the model keeps a flat list with levels.
  const root: Content[] = [];
  const stack: Content[][] = [root];
  for (const item of b.items) {
    while (stack.length > item.level + 1) stack.pop();
    while (stack.length < item.level + 1) {
      const nested: Content[] = [];
      const parent = stack[stack.length - 1] ?? root;
      parent.push(b.ordered ? { ol: nested } : { ul: nested });
      stack.push(nested);
    }
    (stack[stack.length - 1] ?? root).push({ text: text(item.runs), margin: [0, 0, 0, 3] });
  }
  return b.ordered ? { ol: root, margin: [0, 0, 0, 8] } : { ul: root, margin: [0, 0, 0, 8] };
}

function block(b: Block, fontSize: number): Content {
  switch (b.kind) {
    case "heading":
      return { text: text(b.runs), style: `h${b.level}`, outline: true, outlineText: runsText(b.runs), headlineLevel: b.level };
    case "paragraph":
      return { text: text(b.runs), margin: [0, 0, 0, fontSize * 0.6] };
    case "list":
      return list(b);
    case "table": {
      const usable = A4_WIDTH - 2 * MARGIN_X;
      const cellPadding = 8 + 0.5; // paddingLeft + paddingRight + a rule
      const inner = usable - b.header.length * cellPadding;
      const widths = columnFractions(b, charsAcross(inner, fontSize * 0.95)).map((f) => Math.max(f * inner, 20));
      const head: TableCell[] = b.header.map((c) => ({ text: text(c), bold: true, fillColor: "#e6e6e6" }));
      const body: TableCell[][] = [head, ...b.rows.map((r) => r.map((c) => ({ text: text(c) })))];
      return { table: { headerRows: 1, dontBreakRows: false, widths, body }, layout: "reviewkit", margin: [0, 2, 0, 10], fontSize: fontSize * 0.95 };
    }
    case "pageBreak":
      return { text: "", pageBreak: "after" };
    case "image":
      return { image: `data:image/png;base64,${Buffer.from(b.data).toString("base64")}`, width: b.width, height: b.height, alignment: "right", margin: [0, 0, 0, 8] };    case "chart":
      return { svg: b.svg, width: b.width, height: b.height, margin: [0, 4, 0, 8] };
  }
}

/**
 * The document as PDF bytes.
 * @example const bytes = await toPdf(model); // %PDF-1.7 …
 */
export async function toPdf(model: DocumentModel): Promise<Uint8Array> {
  configure();
  const s = STYLES[model.style];
  const small = Math.max(8, Math.min(10, s.fontSize * 0.75));
  const marking = model.protectiveMarking;
  pdfmake.setTableLayouts({
    reviewkit: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => "#777777",
      vLineColor: () => "#777777",
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
  });
  const doc = pdfmake.createPdf({
    info: { title: model.title, author: model.authorityName, subject: model.title, creator: "reviewkit", producer: "reviewkit", creationDate: new Date(`${model.date}T00:00:00Z`) },
    language: model.lang,
    displayTitle: true,
    version: "1.7",
    pageSize: "A4",
    pageMargins: [MARGIN_X, 64, MARGIN_X, 56],
    header: () => ({
      columns: [{ text: model.authorityName }, { text: marking, bold: true, alignment: "right" }],
      margin: [MARGIN_X, 28, MARGIN_X, 0],
      fontSize: small,
    }),
    footer: (page: number, pages: number) => ({
      columns: [{ text: marking, bold: true }, { text: `Page ${page} of ${pages}`, alignment: "right" }],
      margin: [MARGIN_X, 20, MARGIN_X, 0],
      fontSize: small,
    }),
    defaultStyle: { font: PDF_FONT, fontSize: s.fontSize, lineHeight: s.lineSpacing },
    styles: {
      h1: { fontSize: s.fontSize * s.headingScale ** 2, bold: true, margin: [0, 0, 0, s.fontSize * 0.8], lineHeight: 1.15 },
      h2: { fontSize: s.fontSize * s.headingScale, bold: true, margin: [0, s.fontSize * 0.8, 0, s.fontSize * 0.4], lineHeight: 1.15 },
      h3: { fontSize: s.fontSize * 1.05, bold: true, margin: [0, s.fontSize * 0.6, 0, s.fontSize * 0.3] },
      h4: { fontSize: s.fontSize, bold: true, italics: true, margin: [0, s.fontSize * 0.4, 0, s.fontSize * 0.2] },
    },
    content: model.blocks.map((b) => block(b, s.fontSize)),
    // A heading never ends a page: if it sits at the foot of one, or what follows it only starts
    // there (a table whose rows all moved over), it moves to the next page with its section.
    pageBreakBefore: (node: PageNode, on: { getFollowingNodesOnPage(): PageNode[] }) => {
      // A table that would start in the last lines of a page (only its header row fits) moves too.
      if (node.table !== undefined) return node.startPosition.verticalRatio > 0.88;
      if (node.headlineLevel === undefined) return false;
      const next = on.getFollowingNodesOnPage()[0];
      return node.startPosition.verticalRatio > 0.85 || next === undefined || next.startPosition.verticalRatio > 0.88;
    },
  } as never);
  return new Uint8Array(await doc.getBuffer());
}
