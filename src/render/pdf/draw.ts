import type { FontFace } from "../font-faces.js";
import type { DocumentModel } from "../model.js";
import { PAGE, type LaidOut, type Op, type Tag } from "./page-model.js";
import type { PdfDoc, PdfFont, PdfStructElement } from "./pdfkit-types.js";
import { svgToPdfkit } from "./svg-to-pdfkit.js";
import type { EmbeddedImages } from "./embed-images.js";

/**
 * Draws a laid-out document with pdfkit, tagged: the structure tree is built first, in reading order,
 * then every piece of text and image is drawn inside a marked-content sequence that is added to its
 * element. Rules, shading, repeated header rows and the running header and footer are artifacts.
 */

/** Builds pdfkit structure elements for a tag tree; the map says which element each tag became. */
function buildTree(doc: PdfDoc, tag: Tag, elems: Map<Tag, PdfStructElement>): PdfStructElement {
  const elem = doc.struct(tag.type, { ...(tag.alt !== undefined ? { alt: tag.alt } : {}), ...(tag.scope ? { scope: tag.scope } : {}) });
  elems.set(tag, elem);
  for (const child of tag.children) elem.add(buildTree(doc, child, elems));
  return elem;
}

/**
 * Draws the pages; `fonts` are the document's own embedded faces, for measuring the furniture;
 * `images` the pictures embedImages opened, one for each image operation.
 * @example drawPages(doc, laidOut, model, fonts, 9, await embedImages(doc, laidOut))
 */
export function drawPages(doc: PdfDoc, laid: LaidOut, model: DocumentModel, fonts: Record<FontFace, PdfFont>, small: number, images: EmbeddedImages): void {
  const elems = new Map<Tag, PdfStructElement>();
  doc.addStructure(buildTree(doc, laid.root, elems));
  const total = laid.pages.length;
  laid.pages.forEach((ops, i) => {
    doc.addPage({ size: [PAGE.width, PAGE.height], margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    furniture(doc, model, fonts, small, i + 1, total);
    // One marked-content sequence per run of operations with the same tag (or of artifacts).
    let open: Tag | null | undefined;
    const mark = (tag: Tag | null) => {
      if (open === tag) return;
      if (open !== undefined) doc.endMarkedContent();
      if (tag === null) doc.markContent("Artifact");
      else elems.get(tag)!.add(doc.markStructureContent(tag.type));
      open = tag;
    };
    for (const op of ops) drawOp(doc, op, mark, images);
    if (open !== undefined) doc.endMarkedContent();
  });
}

function drawOp(doc: PdfDoc, op: Op, mark: (tag: Tag | null) => void, images: EmbeddedImages): void {
  switch (op.kind) {
    case "text": {
      mark(op.tag);
      let x = op.x;
      doc.fillColor("black").fontSize(op.size);
      for (const seg of op.segments) {
        doc.font(seg.face).text(seg.text, x, op.y, { lineBreak: false });
        x += seg.width;
      }
      return;
    }
    case "rect":
      mark(null);
      if (op.fill) doc.rect(op.x, op.y, op.width, op.height).fill(op.fill);
      if (op.stroke) doc.lineWidth(0.5).rect(op.x, op.y, op.width, op.height).stroke(op.stroke);
      return;
    case "image":
      mark(op.tag);
      doc.image(images.get(op)!, op.x, op.y, { width: op.width, height: op.height });
      return;
    case "svg":
      // Vector, drawn by the SVG-to-pdfkit port pdfmake ships; its text in the document's own faces.
      mark(op.tag);
      svgToPdfkit(doc, op.svg, op.x, op.y, { width: op.width, height: op.height, assumePt: true, fontCallback: (_family: string, bold: boolean) => (bold ? "bold" : "normal") });
      return;
    case "bookmark":
      doc.outline.addItem(op.title);
      return;
  }
}

/** The running header (authority, marking) and footer (marking, Page N of M): pagination artifacts. */
function furniture(doc: PdfDoc, model: DocumentModel, fonts: Record<FontFace, PdfFont>, small: number, page: number, pages: number): void {
  const right = PAGE.width - PAGE.right;
  const at = (text: string, face: FontFace, x: number, y: number, alignRight: boolean) => {
    const w = fonts[face].widthOfString(text, small);
    doc.font(face).text(text, alignRight ? x - w : x, y, { lineBreak: false });
  };
  doc.markContent("Artifact", { type: "Pagination" });
  doc.fillColor("black").fontSize(small);
  at(model.authorityName, "normal", PAGE.left, 28, false);
  at(model.protectiveMarking, "bold", right, 28, true);
  const footerY = PAGE.height - PAGE.bottom + 20;
  at(model.protectiveMarking, "bold", PAGE.left, footerY, false);
  at(`Page ${page} of ${pages}`, "normal", right, footerY, true);
  doc.endMarkedContent();
}
