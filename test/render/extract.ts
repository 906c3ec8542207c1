/**
 * Text out of rendered files, the way a reader's tools see it: pdftotext (poppler) for PDF, mammoth
 * for DOCX, tags stripped for HTML. `squash` drops all white space, so a phrase that wraps across
 * lines or table cells still matches.
 * @example squash(await pdfText(bytes)).includes(squash("Siân Llŷr"))
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";

const dir = mkdtempSync(join(tmpdir(), "reviewkit-extract-"));
let n = 0;

/** Text of a PDF in content order (-raw keeps a table cell's words together). */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const file = join(dir, `f${++n}.pdf`);
  writeFileSync(file, bytes);
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", ...range, file, "-"], { encoding: "utf8" });
}

/**
 * The body text of a PDF: the running header and footer (drawn first on every page, as artifacts, so
 * they are each page's first two lines in content order) left out, so a paragraph that runs over a
 * page break reads on as one.
 */
export function pdfBodyText(bytes: Uint8Array): string {
  return pdfText(bytes)
    .split("\f")
    .map((page) => page.split("\n").slice(2).join("\n"))
    .join("\n");
}

/** The PDF's Info dictionary as pdfinfo prints it (Title, Pages …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const file = join(dir, `f${++n}.pdf`);
  writeFileSync(file, bytes);
  const out = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
  return Object.fromEntries(out.split("\n").map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
}

/** The PDF's structure tree as poppler prints it (`pdfinfo -struct-text`), one line each. */
export function pdfStruct(bytes: Uint8Array): string[] {
  const file = join(dir, `f${++n}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" }).split("\n").filter((l) => l.trim() !== "");
}

/** The body text of a DOCX (mammoth reads the main document, not headers and footers). */
export async function docxText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

/** HTML to text: tags out, the five entities back. */
export function htmlText(bytes: Uint8Array): string {
  return new TextDecoder()
    .decode(bytes)
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** White space removed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Words that mean a template printed a missing or wrong value. */
export const NEVER = ["undefined", "null", "NaN", "[object Object]"];
