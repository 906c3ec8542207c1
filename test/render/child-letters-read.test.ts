/**
 * Issue 10 point 8: the child's letter read as a person reads it. Every example review's letter is
 * rendered to PDF and its text taken out with poppler (pdftotext), then checked: every decision made
 * at that review is there (Knowsley IRO Standard 1.11: "a copy of all decisions in a child friendly
 * format"), written to the child as "you" — the child's name only in the greeting, never "undefined",
 * never a decision id.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/render/render-document.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { shippedPath } from "../../src/paths.js";
import type { CaseFile, LookedAfterReview } from "../../src/types/index.js";
import { pdfBodyText } from "./extract.js";

const squash = (s: string) => s.replace(/\s+/g, "");

const reviews: { label: string; caseFile: CaseFile; review: LookedAfterReview }[] = [];
for (const authority of ["england", "knowsley", "leicestershire", "west-berkshire", "gloucestershire"]) {
  const dir = shippedPath("examples", authority);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".case.json")).sort()) {
    const caseFile = readJsonFile(join(dir, name)) as CaseFile;
    for (const r of caseFile.records) if (r.recordType === "looked-after-review") reviews.push({ label: `${authority}/${name} ${r.id}`, caseFile, review: r });
  }
}

describe("the child's letter, read from the PDF", () => {
  it("there are letters to read", () => expect(reviews.length).toBeGreaterThanOrEqual(20));

  for (const { label, caseFile, review } of reviews) {
    it(`${label}: every decision, to "you", no id, no "undefined"`, async () => {
      const pdf = await renderDocument(review, "child-letter", "pdf", { profile: caseFile.authority ?? "england", caseFile });
      const text = pdfBodyText(pdf);
      const flat = squash(text);
      // Every decision made at the review, in the child's words.
      for (const d of review.decisions) expect(flat, `${d.id} is missing`).toContain(squash(d.childFriendlyText ?? d.text));
      // No decision id of the child's case file, anywhere in the letter.
      const ids = caseFile.records.flatMap((r) => (r.recordType === "looked-after-review" ? r.decisions.map((d) => d.id) : []));
      for (const id of ids) expect(text.includes(id), `${id} is shown`).toBe(false);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      // Written to the child: the name they are called by appears only in the greeting, and the
      // adult third-person summary of their views is not pasted in.
      const name = review.child.preferredName ?? review.child.name;
      const outsideQuote = text.replace(/"[^"]*"/g, "");
      expect(outsideQuote.split(name).length - 1, `${name} named outside the greeting`).toBe(1);
      expect(flat).not.toContain(squash(review.childViews.wishesAndFeelings));
      expect(text).toMatch(/\byou\b/i);
    }, 30_000);
  }
});
