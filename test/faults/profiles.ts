import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync, crc32 } from "node:zlib";

/** Hostile or broken user profiles and logos for the fault suite. */

/**
 * A user profile file extending england, with `extra` merged in.
 * @example const file = userProfile(dir, { protectiveMarking: "OFFICIAL" })
 */
export function userProfile(dir: string, extra: Record<string, unknown>, name = "profile.json"): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ id: "fault-council", name: "Fault Council", extends: "england", description: "A profile for the fault suite.", ...extra }));
  return file;
}

/** The authority block for a profile with this logo path. @example userProfile(dir, withLogo("logo.png")) */
export function withLogo(logo: string): Record<string, unknown> {
  return { authority: { name: "Fault Council", logo }, overrides: [{ path: "authority", reason: "Our own letterhead." }] };
}

/**
 * A valid PNG of w×h grey pixels; `damage` spoils one byte of the image data (the checksum then fails).
 * @example writeFileSync("logo.png", png(4, 2))
 */
export function png(w = 4, h = 2, damage = false): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(data.length + 12);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc(h * (w + 1), 0x80);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0; // filter: none
  const idat = chunk("IDAT", deflateSync(raw));
  if (damage) idat[10] = (idat[10] ?? 0) ^ 0xff;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), idat, chunk("IEND", Buffer.alloc(0))]);
}
