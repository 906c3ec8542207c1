import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CaseFile } from "../../src/types/index.js";
import { DOCUMENT_NAMES } from "../../src/render/documents.js";
import { renderDocument } from "../../src/render/render-document.js";
import { docxText, htmlText, NEVER, pdfBodyText, squash } from "./extract.js";
import { shownFields } from "./expected.js";
import { caseFileWithConference } from "./full-records.js";
import { renderAll, type Rendered } from "./render-all.js";

let all: Rendered[] = [];
const texts = new Map<Rendered, { docx: string; pdf: string; html: string }>();

beforeAll(async () => {
  all = await renderAll();
  for (const r of all) texts.set(r, { docx: await docxText(r.bytes.docx), pdf: pdfBodyText(r.bytes.pdf), html: htmlText(r.bytes.html) });
}, 120_000);

describe("every document, every format", () => {
  it("renders each of the documents at least once", () => {
    expect(new Set(all.map((r) => r.document))).toEqual(new Set(DOCUMENT_NAMES));
  });

  it("shows every record field its template shows, in DOCX, PDF and HTML", () => {
    for (const r of all) {
      const t = texts.get(r)!;
      for (const field of shownFields(r.document, r.record, r.plans, r.childId)) {
        for (const [format, text] of Object.entries(t)) {
          expect(squash(text), `${r.document} ${format}: ${field}`).toContain(squash(field));
        }
      }
    }
  });

  it('never prints "undefined", "null", "NaN" or "[object Object]"', () => {
    for (const r of all) {
      for (const [format, text] of Object.entries(texts.get(r)!)) {
        for (const bad of NEVER) {
          const re = bad === "[object Object]" ? /\[object Object\]/ : new RegExp(`\\b${bad}\\b`);
          expect(re.test(text), `${r.document} ${format} has ${bad}`).toBe(false);
        }
      }
    }
  });

  it("gives the same bytes for the same input (no clock in any format)", async () => {
    const caseFile = caseFileWithConference();
    for (const r of all) {
      for (const format of ["docx", "pdf", "html"] as const) {
        const again = await renderDocument(r.record, r.document, format, { profile: "knowsley", caseFile });
        expect(Buffer.compare(Buffer.from(again), Buffer.from(r.bytes[format])), `${r.document} ${format}`).toBe(0);
      }
    }
  }, 120_000);

  it("gives the same bytes for a letter with pictures made several at once (each picture's mask numbered in drawing order)", async () => {
    // Sofia's letter has pictures (PNGs with transparency), whose masks pdfkit finishes asynchronously:
    // made eight at a time, each used to come out with its objects numbered its own way.
    const caseFile = JSON.parse(readFileSync("examples/leicestershire/sofia-papadopoulou.case.json", "utf8")) as CaseFile;
    const review = caseFile.records.find((r) => r.recordType === "looked-after-review")!;
    const made = await Promise.all(Array.from({ length: 8 }, () => renderDocument(review, "child-letter", "pdf", { profile: "leicestershire", caseFile })));
    expect(Buffer.from(made[0]!).includes("/SMask")).toBe(true);
    for (const bytes of made) expect(Buffer.compare(Buffer.from(bytes), Buffer.from(made[0]!))).toBe(0);
  }, 60_000);

  it("works out the minutes due date from the profile's calendar (Knowsley: 20 working days)", () => {
    const minutes = all.find((r) => r.document === "lac-review-minutes")!;
    // Review on Thursday 10 December 2026; 20 working days, skipping Christmas and New Year: 12 January 2027.
    expect(squash(texts.get(minutes)!.pdf)).toContain(squash("Minutes due by: 12 January 2027 (20 working days after the review)"));
  });

  it("puts each child's SMART plan in the conference minutes, from the case file", () => {
    const minutes = all.find((r) => r.document === "cp-conference-minutes")!;
    const text = squash(texts.get(minutes)!.docx);
    expect(text).toContain(squash("Child protection plan for Dmitri Sokolov"));
    expect(text).toContain(squash("How we will know it is done"));
  });

  it("takes escalation roles from the authority's ladder", () => {
    const form = all.find((r) => r.document === "escalation-form")!;
    const text = squash(texts.get(form)!.html);
    for (const role of ["Team Manager", "Service Manager", "Head of Service", "Director of Children's Services", "IRO Manager"]) expect(text).toContain(squash(role));
    expect(text).toContain(squash("Formal stage 2"));
  });
});
