/**
 * Issue 15, point 5: `render --format all` builds each document's model once and hands it to the
 * three writers. The files it writes must be those each format gives when rendered on its own
 * (renderDocument, which builds the model for that format alone): the same bytes for HTML, the same
 * parts for DOCX (the docx library numbers pictures from a counter kept for the whole process, so
 * the numbers, not the pictures, depend on what was rendered before), and for PDF the same text and
 * pages (pdfkit decodes pictures asynchronously, so the order it writes their objects in, not their
 * content, may differ between any two runs).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import PizZip from "pizzip";
import { afterAll, describe, expect, it } from "vitest";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { documentParts, partOption } from "../../src/render/conference-letter-children.js";
import { documentsFor, outputFileName, renderDocument, renderFiles } from "../../src/render/index.js";
import { shippedPath } from "../../src/paths.js";
import type { CaseFile } from "../../src/types/index.js";
import { pdfInfo, pdfText } from "./extract.js";

/** A DOCX's parts, with the pictures' process-wide numbers taken out. */
function docxParts(bytes: Uint8Array): Record<string, string> {
  const zip = new PizZip(bytes);
  return Object.fromEntries(Object.keys(zip.files).sort().map((name) => [name, zip.file(name)!.asBinary().replace(/(<wp:docPr id=")\d+/g, "$1#")]));
}

const out = mkdtempSync(join(tmpdir(), "reviewkit-format-all-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("render --format all", () => {
  it("writes what each format gives on its own", async () => {
    const file = shippedPath("examples", "leicestershire", "sofia-papadopoulou.case.json");
    const result = await renderFiles([file], { outDir: out, formats: ["docx", "pdf", "html"] });
    expect(result.failures).toEqual([]);
    const caseFile = JSON.parse(readFileSync(file, "utf8")) as CaseFile;
    const profile = loadProfile("leicestershire");
    let compared = 0;
    for (const record of caseFile.records) {
      for (const document of documentsFor(record)) {
        for (const part of documentParts(record, document, profile)) {
          for (const format of ["docx", "pdf", "html"] as const) {
            const name = outputFileName(record.id, document, format, part);
            const written = readFileSync(join(out, name));
            const alone = await renderDocument(record, document, format, { profile: "leicestershire", caseFile, file: basename(file), ...partOption(document, part) });
            if (format === "pdf") {
              expect(pdfText(written), name).toBe(pdfText(alone));
              expect(pdfInfo(written)["Pages"], name).toBe(pdfInfo(alone)["Pages"]);
            } else if (format === "docx") {
              expect(docxParts(written), name).toEqual(docxParts(alone));
            } else {
              expect(Buffer.from(alone).equals(written), name).toBe(true);
            }
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(result.written.length);
    expect(compared).toBeGreaterThan(9);
  });
});
