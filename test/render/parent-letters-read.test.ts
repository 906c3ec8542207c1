/**
 * Issue 10 points 4 and 8: the parents' letters read as a parent would, from the text poppler
 * (pdftotext) and mammoth take out of the PDF and DOCX, and from the HTML.
 *  - Split letters: where the record splits them, what is private to one parent (their words, their
 *    safety plan, plan actions marked for them) is in their own letter and never in another parent's,
 *    in any format; the joint parents' views are in neither. A joint letter holds nothing private.
 *  - A looked-after review's letter to each parent who took part holds every decision of the review,
 *    with who and by when, written to the parent; no decision id, no "undefined".
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatLongDate } from "../../src/calendar/index.js";
import { readJsonFile } from "../../src/io/read-json.js";
import { shippedPath } from "../../src/paths.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { documentParts } from "../../src/render/conference-letter-children.js";
import { explainForParent } from "../../src/render/explain-jargon.js";
import { renderDocument, type OutputFormat } from "../../src/render/render-document.js";
import type { CaseFile, CpConference, CpPlan, LookedAfterReview } from "../../src/types/index.js";
import { cpCaseFile } from "../fixtures/records.js";
import { docxText, htmlText, NEVER, pdfBodyText, squash } from "./extract.js";

const FORMATS: OutputFormat[] = ["pdf", "docx", "html"];

/** The letter's text in each format, as a reader's tool takes it out. */
async function texts(record: CpConference | LookedAfterReview, document: "parent-letter" | "lac-parent-letter", options: { profile: string; caseFile: CaseFile; parentId?: string }): Promise<Record<OutputFormat, string>> {
  const out = {} as Record<OutputFormat, string>;
  for (const format of FORMATS) {
    const bytes = await renderDocument(record, document, format, options);
    out[format] = format === "pdf" ? pdfBodyText(bytes) : format === "docx" ? await docxText(bytes) : htmlText(bytes);
  }
  return out;
}

const has = (text: string, phrase: string) => squash(text).includes(squash(phrase));

/** What is private to one parent of a conference: their words, their safety plan, the actions marked for them. */
function privateTo(c: CpConference, plans: readonly CpPlan[], parentId: string): string[] {
  const p = c.parents?.find((x) => x.id === parentId);
  const actions = plans.flatMap((plan) => plan.outcomes.flatMap((o) => o.actions)).filter((a) => a.forParent === parentId);
  return [p?.letter?.whatYouToldUs, p?.letter?.safetyPlan, ...actions.map((a) => explainForParent(a.text))].filter((s): s is string => s !== undefined);
}

interface Example {
  label: string;
  profile: string;
  caseFile: CaseFile;
}

const examples: Example[] = [];
for (const authority of ["england", "knowsley", "leicestershire", "west-berkshire", "gloucestershire"]) {
  const dir = shippedPath("examples", authority);
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".case.json")).sort()) {
    examples.push({ label: `${authority}/${name}`, profile: authority, caseFile: readJsonFile(join(dir, name)) as CaseFile });
  }
}

const splitConferences = examples.flatMap((e) =>
  e.caseFile.records.filter((r): r is CpConference => r.recordType === "cp-conference").map((c) => ({ ...e, conference: c, parts: documentParts(c, "parent-letter", loadProfile(e.profile)) })).filter((x) => x.parts.some((p) => p !== undefined)),
);

describe("split parents' letters: one parent's private sections never reach the other", () => {
  it("the examples hold a conference whose letters are split (domestic abuse)", () => {
    expect(splitConferences.some((c) => c.conference.domesticAbuse === true && c.parts.length >= 2)).toBe(true);
  });

  for (const { label, profile, caseFile, conference, parts } of splitConferences) {
    it(`${label} ${conference.id}: each letter holds its parent's own sections and no other parent's, in PDF, DOCX and HTML`, async () => {
      const plans = caseFile.records.filter((r): r is CpPlan => r.recordType === "cp-plan" && r.conferenceId === conference.id);
      const letters = new Map<string, Record<OutputFormat, string>>();
      for (const id of parts as string[]) letters.set(id, await texts(conference, "parent-letter", { profile, caseFile, parentId: id }));
      for (const [id, text] of letters) {
        const parent = conference.parents!.find((p) => p.id === id)!;
        for (const format of FORMATS) {
          const t = text[format];
          expect(t, `${id} ${format}: addressed to the parent alone`).toContain(`Dear ${parent.name},`);
          for (const own of privateTo(conference, plans, id)) expect(has(t, own), `${id} ${format} has their own: ${own}`).toBe(true);
          for (const other of parts as string[]) {
            if (other === id) continue;
            for (const secret of privateTo(conference, plans, other)) expect(has(t, secret), `${id}'s ${format} letter must not hold ${other}'s: ${secret}`).toBe(false);
          }
          expect(has(t, conference.parentsViews), `${id} ${format}: the joint parents' views are in no parent's own letter`).toBe(false);
          if (conference.jointLetter?.whatYouToldUs !== undefined) expect(has(t, conference.jointLetter.whatYouToldUs)).toBe(false);
          for (const word of NEVER) expect(t).not.toContain(word);
        }
      }
    }, 60_000);
  }
});

describe("split and joint letters from one fixture", () => {
  const safetyPlan = "You can call the helpline on 0808 2000 247 at any time, day or night.";
  const hersOnly = "Refuge worker to go through the safety plan with Olga every week.";
  const build = (split: boolean) => {
    const cf = cpCaseFile();
    const c = cf.records[0] as CpConference;
    if (split) c.domesticAbuse = true;
    c.parents = [
      { id: "mother", name: "Olga Sokolova", relationship: "Mother", letter: { whatYouToldUs: "You told us you are afraid when Rhys drinks.", safetyPlan } },
      { id: "partner", name: "Rhys Evans", relationship: "Mother's partner", letter: { whatYouToldUs: "You told us you will stop drinking." } },
    ];
    const plan = cf.records[1] as CpPlan;
    plan.outcomes[0]!.actions.push({ text: hersOnly, owner: { name: "Hafsa Mirza", role: "Refuge Worker" }, dueDate: "2026-12-21", measure: "Weekly sessions recorded.", forParent: "mother" });
    return { cf, c };
  };

  it("domestic abuse: two letters; hers has her words, safety plan and action, his has none of them", async () => {
    const { cf, c } = build(true);
    expect(documentParts(c, "parent-letter", loadProfile("knowsley"))).toEqual(["mother", "partner"]);
    const hers = await texts(c, "parent-letter", { profile: "knowsley", caseFile: cf, parentId: "mother" });
    const his = await texts(c, "parent-letter", { profile: "knowsley", caseFile: cf, parentId: "partner" });
    for (const format of FORMATS) {
      for (const s of [safetyPlan, hersOnly, "You told us you are afraid when Rhys drinks."]) {
        expect(has(hers[format], s), `hers ${format}: ${s}`).toBe(true);
        expect(has(his[format], s), `his ${format}: ${s}`).toBe(false);
      }
      expect(has(his[format], "You told us you will stop drinking.")).toBe(true);
      expect(has(hers[format], "You told us you will stop drinking.")).toBe(false);
      expect(has(hers[format], c.parentsViews)).toBe(false);
      expect(his[format]).not.toContain("Olga Sokolova and");
    }
  }, 60_000);

  it("no split recorded: one joint letter, to \"you\", which holds no parent's private section", async () => {
    const { cf, c } = build(false);
    c.jointLetter = { whatYouToldUs: "You told us you both want help with money." };
    expect(documentParts(c, "parent-letter", loadProfile("knowsley"))).toEqual([undefined]);
    const joint = await texts(c, "parent-letter", { profile: "knowsley", caseFile: cf });
    for (const format of FORMATS) {
      expect(joint[format]).toContain("Dear Olga Sokolova and Rhys Evans,");
      expect(has(joint[format], "You told us you both want help with money.")).toBe(true);
      expect(has(joint[format], c.parentsViews), "the views as recorded give way to the words written to the parents").toBe(false);
      for (const s of [safetyPlan, hersOnly, "You told us you are afraid when Rhys drinks.", "You told us you will stop drinking."]) expect(has(joint[format], s), `joint ${format}: ${s}`).toBe(false);
    }
  }, 60_000);

  it("domestic abuse with no parents listed: no letter can be made (render says which field)", async () => {
    const { cf, c } = build(true);
    delete c.parents;
    expect(documentParts(c, "parent-letter", loadProfile("knowsley"))).toEqual([]);
    await expect(renderDocument(c, "parent-letter", "html", { profile: "knowsley", caseFile: cf })).rejects.toThrow(/list them in parents/);
  });
});

const reviews = examples.flatMap((e) => e.caseFile.records.filter((r): r is LookedAfterReview => r.recordType === "looked-after-review").map((r) => ({ ...e, review: r })));

describe("a looked-after review's letter to each parent who took part", () => {
  it("the examples give letters to parents who attended and to parents met separately, and none to a parent not met", () => {
    const parts = reviews.map(({ review, profile }) => ({ review, parts: documentParts(review, "lac-parent-letter", loadProfile(profile)) }));
    expect(parts.some(({ review }) => review.parents.some((p) => !p.attended && p.metSeparatelyOn !== undefined))).toBe(true);
    for (const { review, parts: ids } of parts) {
      expect(ids.length).toBe(review.parents.filter((p) => p.attended || p.metSeparatelyOn !== undefined).length);
    }
  });

  for (const { label, profile, caseFile, review } of reviews) {
    const ids = documentParts(review, "lac-parent-letter", loadProfile(profile)) as string[];
    for (const id of ids) {
      it(`${label} ${review.id} ${id}: every decision with who and when, to "you", no id`, async () => {
        const index = review.parents.findIndex((p, i) => (p.id ?? `parent-${i + 1}`) === id);
        const parent = review.parents[index]!;
        const t = await texts(review, "lac-parent-letter", { profile, caseFile, parentId: id });
        for (const format of ["pdf", "docx"] as const) {
          const text = t[format];
          expect(text).toContain(`Dear ${parent.name},`);
          for (const d of review.decisions) {
            expect(has(text, d.parentText ?? explainForParent(d.text)), `${format}: decision ${d.id}`).toBe(true);
            expect(has(text, `will do this by ${formatLongDate(d.dueDate)}`), `${format}: when ${d.id}`).toBe(true);
            expect(text, `${format}: no decision id`).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}-])${d.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}-])`, "u"));
          }
          expect(text).toMatch(/\bThank you for (taking part|meeting me)\b/);
          expect(text).toMatch(/\bWhat we decided\b/);
          // Another parent's own words never reach this parent.
          for (const [k, other] of review.parents.entries()) {
            if (k !== index && other.letter?.whatYouToldUs !== undefined) expect(has(text, other.letter.whatYouToldUs)).toBe(false);
            if (k !== index && other.views !== undefined) expect(has(text, other.views)).toBe(false);
          }
          for (const word of NEVER) expect(text).not.toContain(word);
        }
      }, 60_000);
    }
  }
});
