import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
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
} from "docx";
import { coreXml, fixZipDates } from "./docx-stable.js";
import { OFFICE_FONT } from "./fonts.js";
import { STYLES, type Block, type DocumentModel, type Run } from "./model.js";
import { charsAcross, columnFractions } from "./table-widths.js";

/**
 * The DOCX writer (`docx`). Headings use Word's own Heading 1–4 styles, so the navigation pane,
 * screen readers and LibreOffice see real headings; the language is en-GB on every run; table
 * header rows are marked to repeat on each page. The result is made byte-stable afterwards
 * (docx-stable.ts): no clock reaches the file.
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

function table(b: Extract<Block, { kind: "table" }>, fontSize: number): Table {
  // Cell margins are 100 twips a side; the rest of each column holds text.
  const inner = BODY_WIDTH - b.header.length * 200;
  const widths = columnFractions(b, charsAcross(inner / 20, fontSize)).map((f) => Math.floor(f * inner) + 200);
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
      ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i] ?? 0, false)) })),
    ],
  });
}

function blocks(model: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let orderedLists = 0;
  for (const b of model.blocks) {
    switch (b.kind) {
      case "heading":
        out.push(new Paragraph({ heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_4, children: runs(b.runs) }));
        break;
      case "paragraph":
        out.push(new Paragraph({ children: runs(b.runs) }));
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
        out.push(table(b, STYLES[model.style].fontSize), new Paragraph({ children: [], spacing: { after: 60 } }));
        break;
      case "pageBreak":
        out.push(new Paragraph({ children: [new PageBreak()] }));
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
