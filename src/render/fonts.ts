import { createRequire } from "node:module";
import { shippedPath } from "../paths.js";
import type { FontFace } from "./font-faces.js";

export { FONT_FACES, OFFICE_FONT, PDF_FONT, faceFor, type FontFace } from "./font-faces.js";

/**
 * The font embedded in PDFs: DejaVu Sans, shipped in fonts/ (see fonts/README.md for why). DOCX and
 * HTML name Arial instead: they are opened on council machines, where Arial is always present and
 * LibreOffice substitutes its metric twin Liberation Sans.
 */

const FILES: Record<FontFace, string> = {
  normal: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italics: "DejaVuSans-Oblique.ttf",
  bolditalics: "DejaVuSans-BoldOblique.ttf",
};

/**
 * Absolute path of a face's TTF file.
 * @example fontPath("bold") // "/…/reviewkit/fonts/DejaVuSans-Bold.ttf"
 */
export function fontPath(face: FontFace): string {
  return shippedPath("fonts", FILES[face]);
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
