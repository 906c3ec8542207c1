/**
 * DOCX to PDF through LibreOffice, the way a reader opens the file: ONE headless soffice run converts
 * every document given (starting LibreOffice costs ~1 s; each extra file ~0.1 s), with a fresh user
 * profile per run (two runs sharing a profile clash: one writes nothing). Collect a test file's
 * documents and convert them together, in a beforeAll or one test, rather than one call per document.
 * @example const pdfs = convertDocx([{ name: "minutes", bytes: docx }]); pdfText(pdfs.get("minutes")!)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** One document to convert: a file-name-safe name (unique in the batch) and its DOCX bytes. */
export interface DocxInput {
  name: string;
  bytes: Uint8Array;
}

/**
 * Converts the documents in one soffice run and returns each PDF by name; a document LibreOffice
 * could not open is missing from the map (the caller's assertion names it).
 */
export function convertDocx(docs: readonly DocxInput[], options: { timeoutMs?: number } = {}): Map<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), "rk-lo-"));
  const profile = mkdtempSync(join(tmpdir(), "rk-lo-profile-"));
  try {
    const files = docs.map((d) => {
      const file = join(dir, `${d.name}.docx`);
      writeFileSync(file, d.bytes);
      return file;
    });
    const outdir = join(dir, "pdf");
    mkdirSync(outdir);
    if (files.length > 0) {
      execFileSync("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "pdf", "--outdir", outdir, ...files], {
        stdio: "pipe",
        timeout: options.timeoutMs ?? 240_000,
      });
    }
    const out = new Map<string, Buffer>();
    for (const d of docs) {
      const pdf = join(outdir, `${d.name}.pdf`);
      if (existsSync(pdf)) out.set(d.name, readFileSync(pdf));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
