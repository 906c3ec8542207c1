/**
 * The part of pdfkit 0.19's API the PDF writer uses, typed here because @types/pdfkit (0.17) lacks
 * the structure calls' current shapes. Kept to what is called, so a pdfkit upgrade that changes one
 * shows up as a type error in one place.
 */

/** A structure element (`doc.struct`). @example elem.add(doc.markStructureContent("P")) */
export interface PdfStructElement {
  add(child: PdfStructElement | PdfStructContent): PdfStructElement;
  end(): void;
}

/** A marked-content sequence's reference, returned by `markStructureContent`. */
export type PdfStructContent = { readonly refs: unknown[] };

/** An embedded font as pdfkit holds it: widths and line height at a size. */
export interface PdfFont {
  widthOfString(text: string, size: number): number;
  lineHeight(size: number, includeGap?: boolean): number;
  ascender: number;
}

/**
 * An opened image (`doc.openImage`): `embed` writes its objects, and a PNG's `finalize` finishes them
 * (later than `embed` returns for one with an alpha channel); a JPEG has no `finalize`.
 */
export interface PdfImage {
  embed(doc: PdfDoc): void;
  finalize?: () => unknown;
}

/** The document calls used. @example const doc = new PDFDocument({ autoFirstPage: false }) as unknown as PdfDoc; */
export interface PdfDoc {
  registerFont(name: string, src: Uint8Array): PdfDoc;
  font(name: string): PdfDoc;
  fontSize(size: number): PdfDoc;
  fillColor(color: string): PdfDoc;
  strokeColor(color: string): PdfDoc;
  lineWidth(w: number): PdfDoc;
  rect(x: number, y: number, w: number, h: number): PdfDoc;
  fill(color?: string): PdfDoc;
  stroke(color?: string): PdfDoc;
  text(text: string, x: number, y: number, options: { lineBreak: false }): PdfDoc;
  image(src: PdfImage, x: number, y: number, options: { width: number; height: number }): PdfDoc;
  openImage(src: ArrayBuffer): PdfImage;
  addPage(options: { size: [number, number]; margins: { top: number; bottom: number; left: number; right: number } }): PdfDoc;
  struct(type: string, options?: { alt?: string; lang?: string; title?: string; scope?: string }): PdfStructElement;
  addStructure(elem: PdfStructElement): PdfDoc;
  markContent(tag: string, options?: { type?: string }): PdfDoc;
  markStructureContent(tag: string): PdfStructContent;
  endMarkedContent(): PdfDoc;
  outline: { addItem(title: string): unknown };
  on(event: "data", fn: (chunk: Uint8Array) => void): PdfDoc;
  on(event: "end", fn: () => void): PdfDoc;
  on(event: "error", fn: (err: unknown) => void): PdfDoc;
  end(): void;
  _font: PdfFont;
}
