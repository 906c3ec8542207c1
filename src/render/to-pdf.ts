import { readFileSync } from "node:fs";
import { FONT_FACES, fontPath, type FontFace } from "./fonts.js";
import type { DocumentModel } from "./model.js";
import { writePdf } from "./pdf/write-pdf.js";

/**
 * The PDF writer for Node: reads the shipped DejaVu fonts once per process and hands them, as bytes,
 * to the writer's core (pdf/write-pdf.ts), which runs unchanged in a browser. See the README's
 * "Tagged PDF" for why the writer draws with pdfkit directly rather than through pdfmake.
 */

let fonts: Record<FontFace, Uint8Array> | undefined;

/**
 * The document as tagged PDF bytes.
 * @example const bytes = await toPdf(model); // %PDF-1.7 …
 */
export function toPdf(model: DocumentModel): Promise<Uint8Array> {
  fonts ??= Object.fromEntries(FONT_FACES.map((f) => [f, new Uint8Array(readFileSync(fontPath(f)))])) as Record<FontFace, Uint8Array>;
  return writePdf(model, { fonts });
}
