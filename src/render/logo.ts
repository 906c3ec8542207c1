import { readFileSync } from "node:fs";
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
    data = readFileSync(path);
  } catch {
    throw new RenderError(`the logo file "${path}" cannot be read`, "profile", "/authority/logo");
  }
  if (data.length < 24 || PNG_SIGNATURE.some((b, i) => data[i] !== b) || data.toString("latin1", 12, 16) !== "IHDR") {
    throw new RenderError(`the logo "${path}" is not a PNG file`, "profile", "/authority/logo");
  }
  const w = data.readUInt32BE(16);
  const h = data.readUInt32BE(20);
  if (w === 0 || h === 0) throw new RenderError(`the logo "${path}" has no size`, "profile", "/authority/logo");
  let height = LOGO_HEIGHT;
  let width = (w / h) * height;
  if (width > MAX_WIDTH) {
    height = (height * MAX_WIDTH) / width;
    width = MAX_WIDTH;
  }
  return { kind: "image", data: new Uint8Array(data), width: Math.round(width), height: Math.round(height), alt };
}
