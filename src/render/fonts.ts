import { createRequire } from "node:module";
import { shippedPath } from "../paths.js";

/**
 * The font embedded in PDFs: DejaVu Sans, shipped in fonts/ (see fonts/README.md for why). DOCX and
 * HTML name Arial instead: they are opened on council machines, where Arial is always present and
 * LibreOffice substitutes its metric twin Liberation Sans.
 */

/** The four faces pdfmake needs, by pdfmake's names for them. @example FONT_FACES.map(fontPath) */
export const FONT_FACES = ["normal", "bold", "italics", "bolditalics"] as const;
/** @example const f: FontFace = "bold"; */
export type FontFace = (typeof FONT_FACES)[number];

const FILES: Record<FontFace, string> = {
  normal: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italics: "DejaVuSans-Oblique.ttf",
  bolditalics: "DejaVuSans-BoldOblique.ttf",
};

/** The PDF font family name. @example PDF_FONT // "DejaVuSans" */
export const PDF_FONT = "DejaVuSans";
/** The font named in DOCX and HTML. @example OFFICE_FONT // "Arial" */
export const OFFICE_FONT = "Arial";

/**
 * Absolute path of a face's TTF file.
 * @example fontPath("bold") // "/…/reviewkit/fonts/DejaVuSans-Bold.ttf"
 */
export function fontPath(face: FontFace): string {
  return shippedPath("fonts", FILES[face]);
}

/**
 * The face a run uses.
 * @example faceFor({ bold: true }) // "bold"
 */
export function faceFor(style: { bold?: boolean | undefined; italic?: boolean | undefined }): FontFace {
  if (style.bold) return style.italic ? "bolditalics" : "bold";
  return style.italic ? "italics" : "normal";
}

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const cmaps = new Map<FontFace, FontkitFont>();

/**
 * Whether a face can draw a code point, from the font's own cmap (fontkit, which pdfmake uses to
 * embed the font, so the answer is the one the PDF will get). Fonts are read once per process.
 * @example canDraw("normal", "ŵ".codePointAt(0)!) // true
 */
export function canDraw(face: FontFace, codePoint: number): boolean {
  let font = cmaps.get(face);
  if (!font) {
    // fontkit is CommonJS without types; only openSync and hasGlyphForCodePoint are used.
    const fontkit = createRequire(import.meta.url)("fontkit") as { openSync(path: string): FontkitFont };
    font = fontkit.openSync(fontPath(face));
    cmaps.set(face, font);
  }
  return font.hasGlyphForCodePoint(codePoint);
}
