/**
 * A PDF with its compressed streams inflated and its byte offsets (stream lengths, the xref table,
 * startxref) left out: what is the same when two PDFs differ only in how deflate packed them. The
 * page's PDF writer is the CLI's, but in a browser pdfkit deflates with pako where Node uses its
 * own zlib, and the two pack the same bytes differently.
 */
import { constants, inflateSync } from "node:zlib";

/**
 * The PDF's objects and inflated streams, comparable across deflate implementations. Each stream's
 * bytes come as a latin1 string (one character per byte): `toEqual` compares strings at once, where
 * it walks a Buffer byte by byte (a quarter of a second for one 100 KB PDF).
 */
export function pdfContent(bytes: Uint8Array): { streams: string[]; rest: string } {
  const b = Buffer.from(bytes);
  const streams: string[] = [];
  const text = b.toString("latin1").replace(/stream\r?\n([\s\S]*?)\r?\nendstream/g, (_m, body: string) => {
    const raw = Buffer.from(body, "latin1");
    try {
      // Sync flush: a stream whose last byte is a CR loses it to the pattern above (it is the
      // checksum's, not the content's), so inflate what is there without asking for the end.
      streams.push(inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }).toString("latin1"));
    } catch {
      streams.push(body);
    }
    return "stream…endstream";
  });
  const rest = text.replace(/\/Length \d+/g, "/Length …").replace(/\d{10} \d{5} [nf]/g, "").replace(/startxref\s+\d+/, "startxref …");
  return { streams, rest };
}
