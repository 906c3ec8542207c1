import type { DocumentModel } from "./model.js";

/**
 * Same input, same bytes, for DOCX. `docx` stamps docProps/core.xml with the clock and the zip
 * entries with the time they were packed; both are replaced here: core.xml carries the record's date
 * (and the title and en-GB language), and every zip entry's time is set to the zip epoch.
 */

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * docProps/core.xml with fixed created and modified dates: the record's date at midnight UTC.
 * @example coreXml(model).includes("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-12-10T00:00:00Z") // true
 */
export function coreXml(model: Pick<DocumentModel, "title" | "authorityName" | "date" | "lang">): string {
  const when = `${model.date}T00:00:00Z`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xml(model.title)}</dc:title>`,
    `<dc:creator>${xml(model.authorityName)}</dc:creator>`,
    `<dc:language>${xml(model.lang)}</dc:language>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    "</cp:coreProperties>",
  ].join("");
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** 1 January 1980 00:00, the earliest time a zip entry can carry: MS-DOS date and time fields. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/**
 * Sets every entry's modification time in a zip (local headers and central directory) to the zip
 * epoch. Walks the central directory from the end record, so file data is never misread as a header.
 * @example fixZipDates(await Packer.toBuffer(doc)) // same bytes on every run
 */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error("the DOCX writer made a zip without an end record");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error("the DOCX writer made a zip with a broken directory");
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error("the DOCX writer made a zip with a broken entry");
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
