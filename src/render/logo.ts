import { readFileSync, statSync } from "node:fs";
import type { Block } from "./model.js";
import { RenderError } from "./render-error.js";

/** The logo's height on the page, in points; its width follows from the PNG's shape. */
const LOGO_HEIGHT = 48;
const MAX_WIDTH = 200;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads the authority's logo: a local PNG file named in the profile, never a URL (rendering never
 * touches the network). Its size comes from the PNG header, scaled to a letterhead height.
 * @example readLogo("./knowsley-logo.png", "profile") // { kind: "image", width: 120, height: 48, … }
 */
export function readLogo(path: string, alt: string): Extract<Block, { kind: "image" }> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith("data:")) {
    throw new RenderError("the logo must be a local PNG file, not an address", "profile", "/authority/logo");
  }
  let data: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error("not a file");
    if (statSync(path).size > MAX_LOGO_BYTES) throw new RenderError(`the profile's logo "${path}" is over ${MAX_LOGO_BYTES / 1048576} MB; a letterhead logo is a few KB`, "profile", "/authority/logo");
    data = readFileSync(path);
  } catch (err) {
    if (err instanceof RenderError) throw err;
    throw new RenderError(`the profile's logo file "${path}" cannot be read`, "profile", "/authority/logo");
  }
  if (data.length < 24 || PNG_SIGNATURE.some((b, i) => data[i] !== b) || data.toString("latin1", 12, 16) !== "IHDR") {
    throw new RenderError(`the profile's logo "${path}" is not a PNG file`, "profile", "/authority/logo");
  }
  const w = data.readUInt32BE(16);
  const h = data.readUInt32BE(20);
  if (w === 0 || h === 0) throw new RenderError(`the profile's logo "${path}" has no size`, "profile", "/authority/logo");
  const broken = pngProblem(data, w, h);
  if (broken) throw new RenderError(`the profile's logo "${path}" is a damaged PNG file (${broken}); the record is not at fault`, "profile", "/authority/logo");
  let height = LOGO_HEIGHT;
  let width = (w / h) * height;
  if (width > MAX_WIDTH) {
    height = (height * MAX_WIDTH) / width;
    width = MAX_WIDTH;
  }
  return { kind: "image", data: new Uint8Array(data), width: Math.round(width), height: Math.round(height), alt };
}

const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Why a PNG is damaged, or undefined when it is whole: every chunk's checksum, IHDR first, image
 * data present, IEND last, a known pixel format. Checked
 * here so a damaged logo is named as the profile's, rather than failing inside the PDF writer (which
 * blamed the record) or being copied into DOCX and HTML for the reader's program to trip on.
 */
function pngProblem(data: Buffer, w: number, h: number): string | undefined {
  const idat: Buffer[] = [];
  let offset = 8;
  let last = "";
  while (offset < data.length) {
    if (offset + 12 > data.length) return "it ends part-way through a chunk";
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    if (offset + 12 + length > data.length) return `the ${printableType(type)} chunk is cut short`;
    const crc = data.readUInt32BE(offset + 8 + length);
    if (crc32(data.subarray(offset + 4, offset + 8 + length)) !== crc) return `the ${printableType(type)} chunk's checksum is wrong`;
    if (type === "IDAT") idat.push(data.subarray(offset + 8, offset + 8 + length));
    last = type;
    offset += 12 + length;
    if (type === "IEND") break;
  }
  if (last !== "IEND") return "it has no end chunk";
  if (idat.length === 0) return "it has no image data";
  const bitDepth = data[24] ?? 0;
  const channels = CHANNELS[data[25] ?? -1];
  if (channels === undefined || ![1, 2, 4, 8, 16].includes(bitDepth)) return "its header names an unknown pixel format";
  // The image data's size is not inflated and checked here: node:zlib is not in the browser form,
  // which renders with this same code. Every chunk's checksum (above) catches a damaged file.
  return undefined;
}

/** A chunk type is four bytes of the file: shown only when they are letters. */
function printableType(type: string): string {
  return /^[A-Za-z]{4}$/.test(type) ? type : "a";
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** PNG's CRC-32 (ISO 3309), as the PNG specification gives it. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
