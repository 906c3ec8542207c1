/**
 * Every image of a document opened and embedded before anything is drawn, one after another in
 * reading order, so the same document is the same bytes every time (README: "The same input gives
 * the same bytes"). pdfkit embeds a PNG with an alpha channel (the pictures in a young child's
 * letter) asynchronously: it numbers the object of the picture's transparency mask only once the
 * picture's pixels have been inflated, so pictures drawn one after another had their masks numbered
 * in whichever order the inflating happened to finish, and the same letter came out with its objects
 * numbered differently from run to run (it looked the same; its bytes were not). Waiting for each
 * picture before opening the next numbers every object the same way each time.
 */
import type { LaidOut, Op } from "./page-model.js";
import type { PdfDoc, PdfImage } from "./pdfkit-types.js";

/** The images opened for a document's image operations, by operation (drawPages draws these). */
export type EmbeddedImages = ReadonlyMap<Op, PdfImage>;

/**
 * Opens and embeds each image operation's picture, in page order and, on a page, in drawing order,
 * each finished before the next is opened.
 * @example const images = await embedImages(doc, laid); drawPages(doc, laid, model, fonts, 9, images);
 */
export async function embedImages(doc: PdfDoc, laid: LaidOut): Promise<EmbeddedImages> {
  const images = new Map<Op, PdfImage>();
  for (const ops of laid.pages) {
    for (const op of ops) {
      if (op.kind !== "image") continue;
      const image = doc.openImage(bytesOf(op.data));
      await embedded(doc, image);
      images.set(op, image);
    }
  }
  return images;
}

/** The image's bytes as the ArrayBuffer pdfkit reads (a copy of exactly the view's bytes). */
function bytesOf(data: Uint8Array): ArrayBuffer {
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

/**
 * Embeds `image` and resolves once pdfkit has finished its object: a PNG's `finalize` runs when its
 * pixels are ready (at once for most, later for one with an alpha channel); a JPEG has no such step
 * and is finished when `embed` returns.
 */
function embedded(doc: PdfDoc, image: PdfImage): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const finalize = image.finalize;
    if (typeof finalize === "function") {
      image.finalize = function (this: PdfImage) {
        const result = finalize.call(this);
        resolve();
        return result;
      };
    }
    try {
      image.embed(doc);
    } catch (err) {
      reject(err);
      return;
    }
    if (typeof finalize !== "function") resolve();
  });
}
