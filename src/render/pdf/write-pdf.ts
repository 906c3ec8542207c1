import PDFDocument from "pdfkit";
import { FONT_FACES, type FontFace } from "../font-faces.js";
import { STYLES, type DocumentModel } from "../model.js";
import { charsAcross, tableSchemes } from "../table-widths.js";
import { drawPages } from "./draw.js";
import { embedImages } from "./embed-images.js";
import { layout, layoutToFit } from "./layout.js";
import { PAGE, type LaidOut } from "./page-model.js";
import type { PdfDoc, PdfFont } from "./pdfkit-types.js";

/**
 * The PDF writer's core: the block model straight to pdfkit, as a tagged PDF (title, en-GB, a
 * structure tree of H1–H4, P, L/LI, Table/TR/TH/TD and Figure with its alt text; running header and
 * footer as artifacts). It reads no files and uses no Node built-ins, so the same code runs in a
 * browser: the fonts (and the logo, in the model) come in as bytes. Node callers use to-pdf.ts,
 * which reads the shipped fonts. Same model and fonts, same bytes: the creation date is the
 * document's own date, and pdfkit derives the file ID from the metadata.
 */

/** The font files, one per face, as bytes. @example const assets: PdfAssets = { fonts: { normal, bold, italics, bolditalics } }; */
export interface PdfAssets {
  fonts: Record<FontFace, Uint8Array>;
}

interface PdfKitOptions {
  autoFirstPage: false;
  font: null;
  tagged: true;
  lang: string;
  displayTitle: true;
  pdfVersion: "1.7";
  info: Record<string, string | Date>;
}
const PdfKit = PDFDocument as unknown as new (options: PdfKitOptions) => PdfDoc;

/** A font parsed once, and pdfkit's class for embedding it (taken from the first document). */
interface Parsed {
  Embedded: new (doc: PdfDoc, font: unknown, id: string) => PdfFont;
  font: unknown;
  /** Word runs laid out by earlier documents (pdfkit's `layoutCache` entries), shared by later ones. */
  runs: Record<string, unknown>;
  /** How many entries `runs` holds (it stops growing at MAX_SHARED_RUNS). */
  size: number;
}

/** pdfkit's per-font cache of laid-out words: a null-prototype object, word → glyph run. */
type RunCache = Record<string, unknown>;

/**
 * At most this many words' runs shared per face: a batch's common vocabulary (names, headings,
 * everyday words) fits many times over, and memory stays bounded in a long-running process.
 */
const MAX_SHARED_RUNS = 20_000;
const parsed = new WeakMap<Uint8Array, Parsed>();

/** The part of a fontkit font that hands out its (cached) glyphs. */
interface GlyphSource {
  getGlyph(id: number, codePoints?: number[]): { codePoints: number[] } | null;
}

/**
 * fontkit makes each glyph once per font, with the characters of the first call. Writing a PDF's
 * font subset asks for the parts of a composed glyph with no characters (ź and ż are drawn from z),
 * so once fonts are shared between documents, a letter with "Łódź" but no plain z left the z with no
 * character and every later document's text layer lost its z's ("Łukas" for "Łukasz": what a screen
 * reader reads and a search finds). A glyph made without characters takes them from the first call
 * that has them.
 */
function keepCodePoints(font: GlyphSource): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && glyph.codePoints.length === 0 && codePoints.length > 0) glyph.codePoints = codePoints;
    return glyph;
  };
}

/**
 * Registers a face. pdfkit parses a font anew for every document, which was most of a PDF's time;
 * a parsed fontkit font is read-only (each document embeds its own subset of it), so the same bytes
 * are parsed once per process and later documents get a fresh pdfkit font over the parsed one.
 * The words pdfkit lays out (shaped by fontkit, its cache per document: most of measuring a line)
 * are shared the same way, up to MAX_SHARED_RUNS per face: a batch's letters share most words, and
 * a letter laid out again at another spacing (layoutToFit) measures nothing twice. `keep` shares the
 * document's new words once its layout is done.
 * This reaches into pdfkit 0.19 (`_fontFamilies`, `_fontCount`, its embedded-font class,
 * `layoutCache`), which is why package.json pins pdfkit to 0.19.x; the tagged-PDF tests fail if it
 * stops working.
 */
function useFont(doc: PdfDoc, face: FontFace, bytes: Uint8Array): { font: PdfFont; keep: () => void } {
  doc.registerFont(face, bytes);
  let known = parsed.get(bytes);
  if (known) {
    const internals = doc as unknown as { _fontFamilies: Record<string, PdfFont>; _fontCount: number };
    internals._fontFamilies[face] = new known.Embedded(doc, known.font, `F${++internals._fontCount}`);
  } else {
    const font = doc.font(face)._font as PdfFont & { font: unknown };
    keepCodePoints(font.font as GlyphSource);
    known = { Embedded: font.constructor as Parsed["Embedded"], font: font.font, runs: Object.create(null) as RunCache, size: 0 };
    parsed.set(bytes, known);
  }
  const font = doc.font(face)._font as PdfFont & { layoutCache?: RunCache };
  // Words already laid out by an earlier document are looked up through the prototype; this
  // document's new words land on its own cache and are shared once its layout is done (keep).
  // A run is read-only once made (pdfkit copies before it adjusts one), so sharing changes no byte.
  const shared = known;
  const own = (font.layoutCache = Object.create(shared.runs) as RunCache);
  const keep = () => {
    for (const word of Object.keys(own)) {
      if (shared.size >= MAX_SHARED_RUNS) break;
      shared.runs[word] = own[word];
      shared.size++;
    }
  };
  return { font, keep };
}

/**
 * The document laid out on its pages, with the pdfkit document and fonts it was measured with (the
 * tests read the layout: which words, if any, had to be broken).
 * `spacing` forces one step of the spacing (1: the style's own) instead of the fewest pages (tests).
 * @example layoutPdf(model, { fonts }).laid.pages.length // 3
 */
export function layoutPdf(model: DocumentModel, assets: PdfAssets, spacing?: number): { doc: PdfDoc; fonts: Record<FontFace, PdfFont>; laid: LaidOut } {
  const doc = new PdfKit({
    autoFirstPage: false,
    font: null, // no default font: pdfkit would load Helvetica's metrics from disk
    tagged: true,
    lang: model.lang,
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: model.title, Author: model.authorityName, Subject: model.title, Creator: "reviewkit", Producer: "reviewkit", CreationDate: new Date(`${model.date}T00:00:00Z`) },
  });
  const fonts = {} as Record<FontFace, PdfFont>;
  const keeps: (() => void)[] = [];
  for (const face of FONT_FACES) {
    const used = useFont(doc, face, assets.fonts[face]);
    fonts[face] = used.font;
    keeps.push(used.keep);
  }
  const s = STYLES[model.style];
  const scheme = tableSchemes(model.blocks);
  const inner = (columns: number) => PAGE.width - PAGE.left - PAGE.right - columns * 8.5;
  const args = [
    model,
    (text: string, face: FontFace, size: number) => fonts[face].widthOfString(text, size),
    (size: number) => fonts.normal.lineHeight(size, true),
    (t: Extract<DocumentModel["blocks"][number], { kind: "table" }>) => scheme(t, charsAcross(inner(t.header.length), s.fontSize * 0.95)),
  ] as const;
  const laid = spacing === undefined ? layoutToFit(...args) : layout(...args, spacing);
  for (const keep of keeps) keep();
  return { doc, fonts, laid };
}

/**
 * The document as tagged PDF bytes.
 * @example const bytes = await writePdf(model, { fonts }); // %PDF-1.7 …
 */
export async function writePdf(model: DocumentModel, assets: PdfAssets): Promise<Uint8Array> {
  const { doc, fonts, laid } = layoutPdf(model, assets);
  const s = STYLES[model.style];
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
  // Pictures embedded first, each finished before the next, so their objects are numbered the same
  // way every time (embed-images.ts).
  const images = await embedImages(doc, laid);
  drawPages(doc, laid, model, fonts, Math.max(8, Math.min(10, s.fontSize * 0.75)), images);
  doc.end();
  return done;
}
