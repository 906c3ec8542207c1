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
import type { CaseFile, CpConference, LookedAfterReview } from "../../src/types/index.js";
import { conferenceLetterChildren } from "../../src/render/conference-letter-children.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { formatLongDate } from "../../src/calendar/index.js";
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

/**
 * Issue 10 point 3: the chair's letter to each child of the profile's age after a conference (KCP-3.3:
 * decisions explained and the outcome clear), read from the PDF the same way.
 */
const conferenceLetters: { label: string; caseFile: CaseFile; conference: CpConference; childId: string }[] = [];
for (const authority of ["england", "knowsley", "leicestershire", "west-berkshire", "gloucestershire"]) {
  const dir = shippedPath("examples", authority);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".case.json")).sort()) {
    const caseFile = readJsonFile(join(dir, name)) as CaseFile;
    for (const r of caseFile.records) {
      if (r.recordType !== "cp-conference") continue;
      for (const childId of conferenceLetterChildren(r, loadProfile(caseFile.authority ?? "england"))) {
        conferenceLetters.push({ label: `${authority}/${name} ${r.id} ${childId}`, caseFile, conference: r, childId });
      }
    }
  }
}

describe("the child's conference letter, read from the PDF", () => {
  it("every example child of 8 or over has one; younger children none (england profile: from 8)", () => {
    expect(conferenceLetters.map((l) => l.label.split(" ").slice(1).join(" ")).sort()).toEqual(
      [
        "ICPC-KN-31502-2025-10-13 KN-31502",
        "ICPC-KN-31503-2025-10-13 KN-31502",
        "ICPC-WB-61207-2026-05-12 WB-61207",
        "RCPC-KN-31502-2026-01-12 KN-31502",
        "RCPC-KN-31502-2026-07-09 KN-31502",
        "RCPC-KN-31503-2026-01-12 KN-31502",
        "RCPC-KN-31503-2026-07-09 KN-31502",
        "RCPC-WB-61207-2026-08-06 WB-61207",
      ].sort(),
    );
  });

  for (const { label, caseFile, conference, childId } of conferenceLetters) {
    it(`${label}: the decision, who helps by role and name, the next conference, to "you"`, async () => {
      const pdf = await renderDocument(conference, "child-conference-letter", "pdf", { profile: caseFile.authority ?? "england", caseFile, childId });
      const text = pdfBodyText(pdf);
      const flat = squash(text);
      const child = conference.children.find((c) => c.id === childId)!;
      const letter = child.childLetter!;
      expect(flat).toContain(squash(letter.whatWeDecided));
      for (const h of letter.whoWillHelp) {
        expect(flat.toLowerCase()).toContain(squash(h.what).toLowerCase());
        if (h.who.name !== conference.chair.name) expect(flat).toContain(squash(h.who.knownAs ?? h.who.name));
      }
      if (conference.nextReviewConferenceDate) expect(text).toContain(formatLongDate(conference.nextReviewConferenceDate));
      expect(text).toMatch(/phone me on|email me at/);
      // Review conferences do not tell a child they "will have" the plan they already have.
      if (conference.conferenceType === "review") expect(text).not.toMatch(/will have a child protection plan/);
      for (const r of caseFile.records) expect(text.includes(r.id), `${r.id} is shown`).toBe(false);
      expect(text).not.toContain(child.id);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      const name = child.preferredName ?? child.name;
      expect(text.split(name).length - 1, `${name} named outside the greeting`).toBe(1);
      expect(text).not.toContain(child.name);
      expect(flat).not.toContain(squash(conference.childrensViews));
      expect(text).toMatch(/\byou\b/i);
    }, 30_000);
  }
});
