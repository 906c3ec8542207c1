/**
 * The documents the render benches compare: one 3-page looked-after review record (minutes), and the
 * same document built three other ways — directly with `docx` (the floor), directly with pdfmake and
 * the same fonts (the floor), and by docxtemplater filling an equivalent .docx template that is itself
 * built here with `docx` (no binary files from elsewhere).
 *
 * "The same document" is taken from reviewkit's own block model of the record, built once: the same
 * headings, paragraphs, lists and tables, in the same order. Emphasis inside a paragraph is kept for
 * the direct builders; docxtemplater fills plain text.
 */
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, ShadingType,
  Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, PageBreak,
} from "docx";
import pdfmake from "pdfmake";
import PizZip from "pizzip";
import Docxtemplater from "docxtemplater";
import { buildDocumentModel, renderDocument } from "../../src/render/index.js";
import type { Block, DocumentModel, Run } from "../../src/render/index.js";
import { FONT_FACES, PDF_FONT, fontPath } from "../../src/render/fonts.js";
import { STYLES } from "../../src/render/model.js";
import type { CaseRecord } from "../../src/types/index.js";
import { reviewWithDecisions } from "./generate-records.js";

export const PROFILE = "knowsley";
export const DOC = "lac-review-minutes" as const;

/** Pages in a PDF made by pdfkit (one "/Type /Page" object per page). */
export function pdfPages(bytes: Uint8Array): number {
  return (Buffer.from(bytes).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * The review whose minutes come to three pages of PDF: the fewest decisions that make three pages
 * (the templates may change; the document stays "three pages").
 */
export async function threePageReview(): Promise<{ record: CaseRecord; decisions: number; pages: number }> {
  let best: { record: CaseRecord; decisions: number; pages: number } | undefined;
  for (let n = 1; n <= 40; n++) {
    const record = reviewWithDecisions(n, 3) as unknown as CaseRecord;
    const pages = pdfPages(await renderDocument(record, DOC, "pdf", { profile: PROFILE }));
    best = { record, decisions: n, pages };
    if (pages >= 3) break;
  }
  return best!;
}

export function modelOf(record: CaseRecord, document: Parameters<typeof buildDocumentModel>[1] = DOC): DocumentModel {
  return buildDocumentModel(record, document, { profile: PROFILE }).model;
}

const plain = (rs: readonly Run[]) => rs.map((r) => ("lineBreak" in r ? "\n" : r.text)).join("");

// --- direct with docx ------------------------------------------------------------------------

const PAGE_WIDTH = 11906;
const MARGIN = 1134;
const BODY = PAGE_WIDTH - 2 * MARGIN;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

const textRuns = (rs: readonly Run[], bold = false) =>
  rs.map((r) => ("lineBreak" in r ? new TextRun({ text: "", break: 1 }) : new TextRun({ text: r.text, bold: bold || r.bold === true, italics: r.italic === true })));

function docxSection(children: (Paragraph | Table)[], model: DocumentModel) {
  const small = 18;
  const rightTab = [{ type: TabStopType.RIGHT, position: BODY }];
  return {
    properties: { page: { size: { width: PAGE_WIDTH, height: 16838 }, margin: { top: 1300, bottom: 1100, left: MARGIN, right: MARGIN, header: 560, footer: 500 } } },
    headers: { default: new Header({ children: [new Paragraph({ tabStops: rightTab, children: [new TextRun({ text: model.authorityName, size: small }), new TextRun({ children: [new Tab(), model.protectiveMarking], bold: true, size: small })] })] }) },
    footers: {
      default: new Footer({
        children: [new Paragraph({ tabStops: rightTab, children: [new TextRun({ text: model.protectiveMarking, bold: true, size: small }), new TextRun({ children: [new Tab(), "Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: small })] })],
      }),
    },
    children,
  };
}

function docxDocument(model: DocumentModel, children: (Paragraph | Table)[]): Document {
  const s = STYLES[model.style];
  return new Document({
    title: model.title,
    creator: model.authorityName,
    styles: { default: { document: { run: { font: "Arial", size: Math.round(s.fontSize * 2), language: { value: model.lang } } } } },
    numbering: {
      config: [{ reference: "numbered", levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })) }],
    },
    sections: [docxSection(children, model)],
  });
}

function docxTable(header: Paragraph[][], rows: Paragraph[][][]): Table {
  const w = Math.floor(BODY / Math.max(1, header.length));
  const cell = (children: Paragraph[], head: boolean) =>
    new TableCell({ children, width: { size: w, type: WidthType.DXA }, ...(head ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E6E6E6" } } : {}) });
  return new Table({
    width: { size: BODY, type: WidthType.DXA },
    rows: [new TableRow({ tableHeader: true, children: header.map((c) => cell(c, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) }))],
  });
}

/** The model's document built straight from `docx`: no template, no Markdown, no post-processing. */
export async function directDocx(model: DocumentModel): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let instance = 0;
  for (const b of model.blocks) {
    if (b.kind === "heading") children.push(new Paragraph({ heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_4, children: textRuns(b.runs) }));
    else if (b.kind === "paragraph") children.push(new Paragraph({ children: textRuns(b.runs) }));
    else if (b.kind === "list") {
      instance++;
      for (const it of b.items) children.push(new Paragraph({ children: textRuns(it.runs), ...(b.ordered ? { numbering: { reference: "numbered", level: Math.min(it.level, 2), instance } } : { bullet: { level: Math.min(it.level, 2) } }) }));
    } else if (b.kind === "table") {
      children.push(docxTable(b.header.map((c) => [new Paragraph({ children: textRuns(c, true) })]), b.rows.map((r) => r.map((c) => [new Paragraph({ children: textRuns(c) })]))));
    } else if (b.kind === "pageBreak") children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  return new Uint8Array(await Packer.toBuffer(docxDocument(model, children)));
}

// --- docxtemplater -----------------------------------------------------------------------------

/**
 * A .docx template equivalent to the model's document, built with `docx`: each heading and paragraph
 * a {tag}; each list a paragraph loop; each table a header row and one row loop (`{#t3}{c0}` … `{c4}{/t3}`).
 */
export async function buildDocxTemplate(model: DocumentModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  model.blocks.forEach((b, i) => {
    if (b.kind === "heading") children.push(new Paragraph({ heading: HEADINGS[b.level - 1] ?? HeadingLevel.HEADING_4, children: [new TextRun(`{b${i}}`)] }));
    else if (b.kind === "paragraph") children.push(new Paragraph({ children: [new TextRun(`{b${i}}`)] }));
    else if (b.kind === "list") {
      children.push(new Paragraph({ children: [new TextRun(`{#b${i}}`)] }));
      children.push(new Paragraph({ children: [new TextRun("{text}")], bullet: { level: 0 } }));
      children.push(new Paragraph({ children: [new TextRun(`{/b${i}}`)] }));
    } else if (b.kind === "table") {
      const n = b.header.length;
      const head = b.header.map((_, c) => [new Paragraph({ children: [new TextRun({ text: `{h${i}_${c}}`, bold: true })] })]);
      const loop = b.header.map((_, c) => [new Paragraph({ children: [new TextRun(`${c === 0 ? `{#b${i}}` : ""}{c${c}}${c === n - 1 ? `{/b${i}}` : ""}`)] })]);
      children.push(docxTable(head, [loop]));
    } else if (b.kind === "pageBreak") children.push(new Paragraph({ children: [new PageBreak()] }));
  });
  return Packer.toBuffer(docxDocument(model, children));
}

/** The data docxtemplater fills the template with: the model's text, by block. */
export function templaterData(model: DocumentModel): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  model.blocks.forEach((b: Block, i) => {
    if (b.kind === "heading" || b.kind === "paragraph") data[`b${i}`] = plain(b.runs);
    else if (b.kind === "list") data[`b${i}`] = b.items.map((it) => ({ text: plain(it.runs) }));
    else if (b.kind === "table") {
      b.header.forEach((h, c) => (data[`h${i}_${c}`] = plain(h)));
      data[`b${i}`] = b.rows.map((r) => Object.fromEntries(r.map((cell, c) => [`c${c}`, plain(cell)])));
    }
  });
  return data;
}

/** One docxtemplater run: load the template zip, fill it, zip the result. */
export function docxtemplaterFill(template: Buffer, model: DocumentModel): Uint8Array {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(templaterData(model));
  return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
}

// --- direct with pdfmake -------------------------------------------------------------------------

let pdfConfigured = false;
function configurePdf(): void {
  if (pdfConfigured) return;
  const files = FONT_FACES.map(fontPath);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p: string) => files.includes(p));
  pdfmake.setFonts({ [PDF_FONT]: Object.fromEntries(FONT_FACES.map((f) => [f, fontPath(f)])) } as never);
  pdfConfigured = true;
}

const pdfText = (rs: readonly Run[]) => rs.map((r) => ("lineBreak" in r ? { text: "\n" } : { text: r.text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italics: true } : {}) }));

/** The model's document straight from pdfmake with the same embedded fonts (DejaVu Sans): the floor. */
export async function directPdf(model: DocumentModel): Promise<Uint8Array> {
  configurePdf();
  const s = STYLES[model.style];
  const content = model.blocks.map((b) => {
    switch (b.kind) {
      case "heading":
        return { text: pdfText(b.runs), style: `h${b.level}` };
      case "paragraph":
        return { text: pdfText(b.runs), margin: [0, 0, 0, s.fontSize * 0.6] };
      case "list":
        return b.ordered ? { ol: b.items.map((it) => ({ text: pdfText(it.runs) })) } : { ul: b.items.map((it) => ({ text: pdfText(it.runs) })) };
      case "table":
        return {
          table: { headerRows: 1, widths: b.header.map(() => "*"), body: [b.header.map((c) => ({ text: pdfText(c), bold: true, fillColor: "#e6e6e6" })), ...b.rows.map((r) => r.map((c) => ({ text: pdfText(c) })))] },
          fontSize: s.fontSize * 0.95,
          margin: [0, 2, 0, 10],
        };
      case "pageBreak":
        return { text: "", pageBreak: "after" };
      default:
        return { text: "" };
    }
  });
  const doc = pdfmake.createPdf({
    info: { title: model.title, creationDate: new Date(`${model.date}T00:00:00Z`) },
    pageSize: "A4",
    pageMargins: [57, 64, 57, 56],
    header: () => ({ columns: [{ text: model.authorityName }, { text: model.protectiveMarking, bold: true, alignment: "right" }], margin: [57, 28, 57, 0], fontSize: 9 }),
    footer: (page: number, pages: number) => ({ columns: [{ text: model.protectiveMarking, bold: true }, { text: `Page ${page} of ${pages}`, alignment: "right" }], margin: [57, 20, 57, 0], fontSize: 9 }),
    defaultStyle: { font: PDF_FONT, fontSize: s.fontSize, lineHeight: s.lineSpacing },
    styles: {
      h1: { fontSize: s.fontSize * s.headingScale ** 2, bold: true },
      h2: { fontSize: s.fontSize * s.headingScale, bold: true },
      h3: { fontSize: s.fontSize * 1.05, bold: true },
      h4: { fontSize: s.fontSize, bold: true, italics: true },
    },
    content,
  } as never);
  return new Uint8Array(await doc.getBuffer());
}
