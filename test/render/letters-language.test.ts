/**
 * Issue 5: every letter rendered for a child or a parent from the bundled examples must meet its
 * reader's plain-language target (no unexplained jargon; readability for the child's age band or for
 * parents, from the profile). The text checked is the rendered document itself — template wording,
 * record text and profile details together — as the block model every writer prints.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocumentModel } from "../../src/render/render-document.js";
import { documentsFor } from "../../src/render/documents.js";
import { documentParts, partOption } from "../../src/render/conference-letter-children.js";
import { runsText, type Block } from "../../src/render/model.js";
import { checkLanguage } from "../../src/language/check-language.js";
import { BUILT_IN_PROFILES, loadProfile } from "../../src/profiles/load-profile.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { shippedPath } from "../../src/paths.js";
import { ageOn } from "../../src/people/age.js";
import type { CaseFile } from "../../src/types/index.js";

/**
 * The letterhead: the paragraph the shared `letterhead` partial prints before the letter starts,
 * the authority's name in bold, then its postal address, phone, email and website, one a line.
 */
function isLetterhead(b: Block, authorityName: string): boolean {
  const first = b.kind === "paragraph" ? b.runs[0] : undefined;
  return first !== undefined && "text" in first && first.bold === true && first.text === authorityName;
}

/**
 * The words a reader meets, one paragraph, heading, list item or table row a line.
 *
 * The letterhead is left out. It is the sender's name and contact details, printed from the
 * profile, the same on every document the authority sends, not wording written for the reader:
 * the authority's name and postal address cannot be put into plain words, and the checker, which
 * joins the lines of a paragraph, would otherwise score "Leicestershire County Council / County
 * Hall, Glenfield, Leicester LE3 8RA / Phone: 0116 232 3232" as one 13-word sentence of long words
 * for a five-year-old. (The authority's name is in every page header as well, which this never
 * measured.) Everything after the letterhead, including the profile's complaints contact and
 * advocacy service, is still checked.
 */
function textOf(blocks: readonly Block[], authorityName: string): string {
  const lines: string[] = [];
  const letterhead = blocks.findIndex((b) => isLetterhead(b, authorityName));
  const firstHeading = blocks.findIndex((b) => b.kind === "heading");
  for (const [i, b] of blocks.entries()) {
    if (i === letterhead && (firstHeading === -1 || i < firstHeading)) continue;
    if (b.kind === "heading" || b.kind === "paragraph") lines.push(runsText(b.runs));
    else if (b.kind === "list") for (const item of b.items) lines.push(runsText(item.runs));
    else if (b.kind === "table") for (const row of [b.header, ...b.rows]) lines.push(row.map((c) => runsText(c)).join(". "));
  }
  return lines.map((l) => l.trim()).filter(Boolean).join("\n\n");
}

interface Letter {
  label: string;
  text: string;
  audience: "child" | "parent";
  age: number | undefined;
  profile: string;
}

function letters(): Letter[] {
  const out: Letter[] = [];
  for (const authority of BUILT_IN_PROFILES) {
    const dir = shippedPath("examples", authority);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const caseFile = readJsonFile(join(dir, name)) as CaseFile;
      for (const record of caseFile.records) {
        for (const document of documentsFor(record)) {
          if (document !== "child-letter" && document !== "parent-letter" && document !== "child-conference-letter" && document !== "lac-parent-letter") continue;
          // A conference's letter to the child is one per child of the profile's age.
          for (const childId of documentParts(record, document, loadProfile(authority))) {
            const { model } = buildDocumentModel(record, document, { profile: authority, caseFile, ...partOption(document, childId) });
            const child = document === "child-conference-letter" && record.recordType === "cp-conference" ? record.children.find((c) => c.id === childId) : undefined;
            const age =
              record.recordType === "looked-after-review" && document === "child-letter"
                ? ageOn(record.child.dateOfBirth, record.reviewDate)
                : child !== undefined && record.recordType === "cp-conference"
                  ? ageOn(child.dateOfBirth, record.conferenceDate.slice(0, 10))
                  : undefined;
            const label = `${authority}/${name} ${record.id} ${document}${childId === undefined ? "" : ` ${childId}`}`;
            out.push({ label, text: textOf(model.blocks, model.authorityName), audience: document === "parent-letter" || document === "lac-parent-letter" ? "parent" : "child", age, profile: authority });
          }
        }
      }
    }
  }
  return out;
}

describe("letters rendered from the examples", () => {
  const all = letters();

  it("include child letters in every age band and parents' letters", () => {
    const ages = all.filter((l) => l.audience === "child").map((l) => l.age ?? -1);
    expect(ages.some((a) => a < 8), "a child under 8").toBe(true);
    expect(ages.some((a) => a >= 8 && a <= 12), "a child of 8 to 12").toBe(true);
    expect(ages.some((a) => a >= 13), "a child of 13 or over").toBe(true);
    expect(all.some((l) => l.audience === "parent"), "a parents' letter").toBe(true);
    expect(all.some((l) => l.label.includes("child-conference-letter")), "a child's conference letter").toBe(true);
  });

  it.each(all.map((l) => [l.label, l] as const))("%s meets its reader's target", (_label, letter) => {
    const report = checkLanguage(letter.text, {
      audience: letter.audience,
      ...(letter.age === undefined ? {} : { age: letter.age }),
      profile: loadProfile(letter.profile),
    });
    const jargon = report.jargon.map((j) => j.term).join(", ");
    expect(report.pass, `${report.reasons.join(" ")}${jargon ? ` (jargon: ${jargon})` : ""}`).toBe(true);
  });
});
