/**
 * Issue 10 point 4 (part): the parents' letter read from the PDF. A review conference does not tell
 * parents their child "will have" the plan they already have; an initial one does not say the plan
 * "stays"; where an interpreter was booked the letter offers itself in that language (WB-2.INT).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/render/render-document.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { shippedPath } from "../../src/paths.js";
import type { CaseFile, CpConference } from "../../src/types/index.js";
import { pdfBodyText } from "./extract.js";

const conferences: { label: string; caseFile: CaseFile; conference: CpConference }[] = [];
for (const authority of ["england", "knowsley", "leicestershire", "west-berkshire", "gloucestershire"]) {
  const dir = shippedPath("examples", authority);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".case.json")).sort()) {
    const caseFile = readJsonFile(join(dir, name)) as CaseFile;
    for (const r of caseFile.records) if (r.recordType === "cp-conference") conferences.push({ label: `${authority}/${name} ${r.id}`, caseFile, conference: r });
  }
}

describe("the parents' letter, read from the PDF", () => {
  it("the examples hold initial and review conferences, and one with an interpreter", () => {
    expect(conferences.some((c) => c.conference.conferenceType === "initial")).toBe(true);
    expect(conferences.some((c) => c.conference.conferenceType === "review")).toBe(true);
    expect(conferences.some((c) => c.conference.interpreter?.needed === true && c.conference.interpreter.language !== undefined)).toBe(true);
  });

  for (const { label, caseFile, conference } of conferences) {
    it(`${label}: ${conference.conferenceType} wording; the offer in the interpreter's language`, async () => {
      const text = pdfBodyText(await renderDocument(conference, "parent-letter", "pdf", { profile: caseFile.authority ?? "england", caseFile })).replace(/\s+/g, " ");
      const onPlan = conference.children.filter((c) => c.outcome.subjectToPlan);
      if (conference.conferenceType === "review") {
        expect(text).not.toMatch(/will have a child protection plan/);
        for (const c of onPlan) expect(text).toContain(`${c.name} will stay on a child protection plan`);
      } else {
        expect(text).not.toMatch(/will stay on a child protection plan/);
        for (const c of onPlan) expect(text).toContain(`${c.name} will have a child protection plan`);
      }
      const i = conference.interpreter;
      if (i?.needed === true && i.language !== undefined) expect(text).toContain(`We can send you this letter in ${i.language}`);
      else expect(text).not.toContain("We can send you this letter in");
    }, 30_000);
  }
});
