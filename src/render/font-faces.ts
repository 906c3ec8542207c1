/**
 * The font faces and family names, with nothing that reads a file, so the PDF writer's core (which
 * also runs in a browser) can use them. fonts.ts adds where the files are and what they can draw.
 */

/** The four faces of the PDF font. @example FONT_FACES.includes("bold") // true */
export const FONT_FACES = ["normal", "bold", "italics", "bolditalics"] as const;
/** @example const f: FontFace = "bold"; */
export type FontFace = (typeof FONT_FACES)[number];

/** The PDF font family name. @example PDF_FONT // "DejaVuSans" */
export const PDF_FONT = "DejaVuSans";
/** The font named in DOCX and HTML. @example OFFICE_FONT // "Arial" */
export const OFFICE_FONT = "Arial";

/**
 * The face a run uses.
 * @example faceFor({ bold: true }) // "bold"
 */
export function faceFor(style: { bold?: boolean | undefined; italic?: boolean | undefined }): FontFace {
  if (style.bold) return style.italic ? "bolditalics" : "bold";
  return style.italic ? "italics" : "normal";
}
