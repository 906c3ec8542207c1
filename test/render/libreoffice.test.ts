import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/render/render-document.js";
import * as f from "../fixtures/records.js";
import { pdfText, squash } from "./extract.js";
import { shownFields } from "./expected.js";
import { renderAll } from "./render-all.js";

/**
 * Every DOCX opens in LibreOffice: one headless soffice run converts them all to PDF (a fresh user
 * profile per run, as two runs sharing one clash). LibreOffice takes ~1 s to start, so one batch.
 */
describe("DOCX in LibreOffice", () => {
  it("converts every document (and each age band of the child's letter) to PDF with its page numbers and marking", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rk-lo-"));
    const files: { name: string; expect: string }[] = [];
    for (const r of await renderAll()) {
      const name = `${r.record.id}.${r.document}`;
      writeFileSync(join(dir, `${name}.docx`), r.bytes.docx);
      files.push({ name, expect: shownFields(r.document, r.record, r.plans, r.childId)[0] ?? "" });
    }
    for (const dob of ["2020-01-01", "2010-01-01"]) {
      const r = f.lookedAfterReview();
      r.child.dateOfBirth = dob;
      writeFileSync(join(dir, `band-${dob}.docx`), await renderDocument(r, "child-letter", "docx", { profile: "knowsley" }));
      files.push({ name: `band-${dob}`, expect: "Siân Llŷr" });
    }
    const profile = pathToFileURL(mkdtempSync(join(tmpdir(), "rk-lo-profile-"))).href;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...files.map((x) => join(dir, `${x.name}.docx`))], { stdio: "pipe", timeout: 240_000 });
    for (const file of files) {
      const pdf = join(dir, "pdf", `${file.name}.pdf`);
      expect(existsSync(pdf), `${file.name} did not convert`).toBe(true);
      const text = pdfText(readFileSync(pdf));
      expect(text, file.name).toMatch(/Page 1 of \d+/);
      expect(text, file.name).toContain("OFFICIAL-SENSITIVE");
      expect(squash(text), file.name).toContain(squash(file.expect));
    }
  }, 300_000);
});
