import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/render/render-document.js";
import * as f from "../fixtures/records.js";
import { convertDocx } from "../helpers/libreoffice.js";
import { pdfText, squash } from "./extract.js";
import { shownFields } from "./expected.js";
import { renderAll } from "./render-all.js";

/**
 * Every DOCX opens in LibreOffice: one headless soffice run converts them all to PDF
 * (test/helpers/libreoffice.ts: a fresh user profile per run, as two runs sharing one clash).
 * LibreOffice takes ~1 s to start, so one batch.
 */
describe("DOCX in LibreOffice", () => {
  it("converts every document (and each age band of the child's letter) to PDF with its page numbers and marking", async () => {
    const files: { name: string; bytes: Uint8Array; expect: string }[] = [];
    for (const r of await renderAll(["docx"])) {
      files.push({ name: `${r.record.id}.${r.document}${r.childId === undefined ? "" : `.${r.childId}`}`, bytes: r.bytes.docx, expect: shownFields(r.document, r.record, r.plans, r.childId)[0] ?? "" });
    }
    for (const dob of ["2020-01-01", "2010-01-01"]) {
      const r = f.lookedAfterReview();
      r.child.dateOfBirth = dob;
      files.push({ name: `band-${dob}`, bytes: await renderDocument(r, "child-letter", "docx", { profile: "knowsley" }), expect: "Siân Llŷr" });
    }
    const pdfs = convertDocx(files);
    for (const file of files) {
      const pdf = pdfs.get(file.name);
      expect(pdf, `${file.name} did not convert`).toBeDefined();
      const text = pdfText(pdf!);
      expect(text, file.name).toMatch(/Page 1 of \d+/);
      expect(text, file.name).toContain("OFFICIAL-SENSITIVE");
      expect(squash(text), file.name).toContain(squash(file.expect));
    }
  }, 300_000);
});
