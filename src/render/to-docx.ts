import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  LineRuleType,
} from "./docx-library.js";
import { coreXml, fixZipDates } from "./docx-stable.js";
import { OFFICE_FONT } from "./fonts.js";
import { STYLES, runsText, type Block, type DocumentModel, type Run } from "./model.js";
import { charsAcross, tableSchemes } from "./table-widths.js";

/**
 * The DOCX writer (`docx`). Headings use Word's own Heading 1–4 styles, so the navigation pane,
 * screen readers and LibreOffice see real headings; the language is en-GB on every run; table
 * header rows are marked to repeat on each page. The result is made byte-stable afterwards
 * (docx-stable.ts): no clock reaches the file.
 *
 * Layout rules (the same as the PDF's, in Word's terms): headings keep with the next paragraph; a
 * table row may not split across pages (cantSplit) unless it is estimated taller than most of a
 * page, where Word would otherwise cut it off; every table of one kind (same header row) gets the
 * same column widths, from its content, so normal words are not broken. Word does the page
 * breaking, so a plain `<!-- page-break -->` (taken in the PDF only on a page a third full) is not
 * forced here; a new section starts on a new page.
 */

const PAGE_WIDTH = 11906; // A4 in twentieths of a point
const MARGIN = 1134; // 2 cm
const BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

function runs(rs: readonly Run[], extra: { bold?: boolean } = {}): TextRun[] {
  // Only emphasis that is on is written: an explicit "not bold" would override the heading style.
  return rs.map((r) =>
    "lineBreak" in r
      ? new TextRun({ text: "", break: 1 })
      : new TextRun({ text: r.text, ...(extra.bold || r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }),
  );
}

/** The text area's height in twips (A4 less the top and bottom margins), for the row-height estimate. */
const BODY_HEIGHT = 16838 - 1300 - 1100;

function table(b: Extract<Block, { kind: "table" }>, fontSize: number, lineSpacing: number, scheme: ReturnType<typeof tableSchemes>): Table {
  // Cell margins are 100 twips a side; the rest of each column holds text.
  const inner = BODY_WIDTH - b.header.length * 200;
  const fractions = scheme(b, charsAcross(inner / 20, fontSize));
  const widths = fractions.map((f) => Math.floor(f * inner) + 200);
  // A row's height, estimated from its longest cell at this font size (twips), to decide whether it
  // may be kept on one page: a row taller than about a page must be allowed to split.
  const lineTwips = fontSize * 20 * lineSpacing * 1.15;
  const rowTwips = (row: readonly (readonly Run[])[]) =>
    Math.max(
      ...row.map((cell, i) => {
        const perLine = Math.max(1, charsAcross((widths[i] ?? 200) / 20 - 10, fontSize));
        return runsText(cell).split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0) * lineTwips + 120;
      }),
    );
  const cell = (content: readonly Run[], width: number, header: boolean): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: runs(content, { bold: header }), spacing: { after: 0 } })],
      width: { size: width, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E6E6E6" } } : {}),
    });
  return new Table({
    width: { size: BODY_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((c, i) => cell(c, widths[i] ?? 0, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: rowTwips(r) < BODY_HEIGHT * 0.8, children: r.map((c, i) => cell(c, widths[i] ?? 0, false)) })),
    ],
  });
}

function blocks(model: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const scheme = tableSchemes(model.blocks);
  const s = STYLES[model.style];
  let orderedLists = 0;
  // A new section starts its first paragraph on a new page (pageBreakBefore), with no empty line.
  let newPage = false;
  const breakBefore = () => (newPage ? ((newPage = false), { pageBreakBefore: true }) : {});
  for (const b of model.blocks) {
    if (newPage && b.kind !== "heading" && b.kind !== "paragraph" && b.kind !== "pageBreak") {
      out.push(new Paragraph({ children: [], pageBreakBefore: true, spacing: { after: 0 } }));
      newPage = false;
    }
    switch (b.kind) {
      case "heading":
        out.push(new Paragraph({ heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_4, children: runs(b.runs), ...breakBefore() }));
        break;
      case "paragraph":
        out.push(new Paragraph({ children: runs(b.runs), ...breakBefore() }));
        break;
      case "list": {
        const instance = ++orderedLists; // each numbered list starts again at 1
        for (const item of b.items) {
          const level = Math.min(item.level, 2);
          out.push(
            new Paragraph({
              children: runs(item.runs),
              ...(b.ordered ? { numbering: { reference: "numbered", level, instance } } : { bullet: { level } }),
              spacing: { after: 60 },
            }),
          );
        }
        break;
      }
      case "table":
        out.push(table(b, s.fontSize, s.lineSpacing, scheme), new Paragraph({ children: [], spacing: { after: 60 } }));
        break;
      case "pageBreak":
        // Only a new section is forced: Word knows how full the page is, the writer does not.
        if (b.section) newPage = true;
        break;
      case "chart":
        out.push(
          new Paragraph({
            // The document's proportional line spacing would clip a picture taller than a line in LibreOffice.
            spacing: { line: 240, lineRule: LineRuleType.AT_LEAST, after: 120 },
            children: [
              new ImageRun({
                type: "png",
                data: b.png,
                transformation: { width: Math.round((b.width * 96) / 72), height: Math.round((b.height * 96) / 72) },
                altText: { name: b.alt, title: b.alt, description: b.alt },
              }),
            ],
          }),
        );
        break;
      case "image":
        out.push(
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new ImageRun({
                type: "png",
                data: b.data,
                // docx sizes images in pixels at 96 per inch; the model is in points (72 per inch).
                transformation: { width: Math.round((b.width * 96) / 72), height: Math.round((b.height * 96) / 72) },
                altText: { name: b.alt, title: b.alt, description: b.alt },
              }),
            ],
          }),
        );
        break;
    }
  }
  return out;
}

/**
 * The document as DOCX bytes.
 * @example const bytes = await toDocx(model); // a zip starting "PK"
 */
export async function toDocx(model: DocumentModel): Promise<Uint8Array> {
  const s = STYLES[model.style];
  const half = (pt: number) => Math.round(pt * 2);
  const small = half(Math.max(8, Math.min(10, s.fontSize * 0.75)));
  const rightTab = [{ type: TabStopType.RIGHT, position: BODY_WIDTH }];
  const heading = (pt: number, before: number) => ({
    run: { font: OFFICE_FONT, size: half(pt), bold: true, color: "000000" },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  const doc = new Document({
    title: model.title,
    creator: model.authorityName,
    description: model.title,
    styles: {
      default: {
        document: {
          run: { font: OFFICE_FONT, size: half(s.fontSize), language: { value: model.lang } },
          paragraph: { spacing: { after: Math.round(s.fontSize * 12), line: Math.round(240 * s.lineSpacing) } },
        },
        heading1: heading(s.fontSize * s.headingScale ** 2, 0),
        heading2: heading(s.fontSize * s.headingScale, 240),
        heading3: heading(s.fontSize * 1.05, 200),
        heading4: heading(s.fontSize, 160),
      },
    },
    numbering: {
      config: [
        {
          reference: "numbered",
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE_WIDTH, height: 16838 }, margin: { top: 1300, bottom: 1100, left: MARGIN, right: MARGIN, header: 560, footer: 500 } } },
        headers: {
          default: new Header({
            children: [new Paragraph({ tabStops: rightTab, children: [new TextRun({ text: model.authorityName, size: small }), new TextRun({ children: [new Tab(), model.protectiveMarking], bold: true, size: small })] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: rightTab,
                children: [
                  new TextRun({ text: model.protectiveMarking, bold: true, size: small }),
                  new TextRun({ children: [new Tab(), "Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: small }),
                ],
              }),
            ],
          }),
        },
        children: blocks(model),
      },
    ],
  });
  // An ArrayBuffer rather than a Node Buffer: the same bytes, and the offline form runs this writer in a browser.
  const zip = await Packer.toArrayBuffer(doc, undefined, [{ path: "docProps/core.xml", data: coreXml(model) }]);
  return fixZipDates(new Uint8Array(zip));
}
