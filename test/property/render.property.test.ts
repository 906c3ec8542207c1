/**
 * Rendering never shows a broken value: for valid records whose free text is arbitrary (any
 * characters the shipped PDF font can draw, Markdown's own * # | _ [ ] ` < > \ included), no document
 * contains "undefined", "null", "NaN" or "[object Object]", and the child's words come out exactly as
 * written. Records are the fixtures with their free-text strings replaced.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildDocumentModel, documentsFor, renderDocument, type DocumentModel } from "../../src/render/index.js";
import { documentParts, partOption } from "../../src/render/conference-letter-children.js";
import { loadProfile } from "../../src/profiles/load-profile.js";
import { canDraw, FONT_FACES } from "../../src/render/fonts.js";
import { runsText } from "../../src/render/model.js";
import { checkSchema } from "../../src/schema/schema-findings.js";
import { createCalendar } from "../../src/calendar/index.js";
import type { CaseRecord } from "../../src/types/index.js";
import * as fixtures from "../fixtures/records.js";

const calendar = createCalendar({ onWarning: () => {} });

/** Every character of Latin, Greek, Cyrillic and common punctuation that all four faces can draw. */
const DRAWABLE: string[] = (() => {
  const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x24f], [0x370, 0x3ff], [0x400, 0x4ff], [0x1e00, 0x1eff], [0x2010, 0x2027], [0x20ac, 0x20ac]];
  const out: string[] = [];
  for (const [lo, hi] of ranges) {
    for (let cp = lo; cp <= hi; cp++) if (FONT_FACES.every((f) => canDraw(f, cp))) out.push(String.fromCodePoint(cp));
  }
  return out;
})();
/** Markdown's and Handlebars' own characters, often: they must come out as written. */
const SPECIAL = [..."*#|_[]`<>\\~{}!-+.()&\"'", "  ", "\n"];
const char = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DRAWABLE) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) });
const BROKEN = /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;
/** Free text: at least one letter, never itself one of the broken words. */
const freeText = fc
  .string({ unit: char, minLength: 1, maxLength: 40 })
  .filter((s) => /\p{L}/u.test(s) && !BROKEN.test(s) && s.trim() === s && !/\n\s*\n/.test(s));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;
/** Keys whose strings are codes, not prose: ids, enums, emails, phone numbers, roles compared by rule. */
const NOT_FREE = new Set(["recordType", "id", "recordId", "decisionId", "childId", "conferenceId", "email", "phone", "role", "status", "type", "stage", "category", "grade", "form", "audience", "event", "outcome", "plan", "method", "how", "format", "relationship", "legalStatus", "level", "attendance", "conferenceType", "childStatus", "gender", "preferredLanguage", "linkedDecisionIds", "parents", "delegatedTo"]);

function freeTextPaths(v: Json, at: (string | number)[] = [], key = ""): (string | number)[][] {
  if (typeof v === "string") return !NOT_FREE.has(key) && !DATE_LIKE.test(v) && /\s/.test(v) ? [at] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => freeTextPaths(x, [...at, i], key));
  if (v && typeof v === "object") return Object.entries(v).flatMap(([k, x]) => freeTextPaths(x, [...at, k], k));
  return [];
}
function setAt(root: Json, path: (string | number)[], value: Json): void {
  let o = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, Json>;
  o[path[path.length - 1]!] = value;
}

const RENDERABLE = [fixtures.lookedAfterReview, fixtures.cpConference, fixtures.cpPlan, fixtures.escalation, fixtures.goodPracticeNote, fixtures.qaProgressReview];

/** A fixture with every free-text field replaced by arbitrary drawable text; kept only when schema-valid. */
const record = fc.constantFrom(...RENDERABLE).chain((make) => {
  const base = make() as unknown as Json;
  const paths = freeTextPaths(base);
  return fc.array(freeText, { minLength: paths.length, maxLength: paths.length }).map((texts) => {
    const rec = structuredClone(base);
    paths.forEach((p, i) => setAt(rec, p, texts[i]!));
    return { rec: rec as unknown as CaseRecord, texts };
  });
});

const modelText = (m: DocumentModel) =>
  [m.title, ...m.blocks.flatMap((b) => (b.kind === "heading" || b.kind === "paragraph" ? [runsText(b.runs)] : b.kind === "list" ? b.items.map((i) => runsText(i.runs)) : b.kind === "table" ? [...b.header, ...b.rows.flat()].map(runsText) : []))].join("\n");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("rendering (property)", () => {
  it("the font covers the alphabet the records are generated from", () => {
    expect(DRAWABLE.length).toBeGreaterThan(500);
  });

  it("no document shows undefined, null, NaN or [object Object], and every field's text is there as written", () => {
    fc.assert(
      fc.property(record, ({ rec, texts }) => {
        const problems = checkSchema(rec);
        fc.pre(problems.length === 0);
        const docs = documentsFor(rec);
        let all = "";
        for (const d of docs) {
          // Every copy the record gives (a conference's letter: one per child of age with wording).
          for (const part of documentParts(rec, d, loadProfile("knowsley"))) {
            const { model } = buildDocumentModel(rec, d, { profile: "knowsley", calendar, ...partOption(d, part) });
            const text = modelText(model);
            expect(text, `${d}`).not.toMatch(BROKEN);
            all += `\n${text}`;
          }
        }
        // A field shown anywhere is shown exactly: Markdown characters escaped, not interpreted.
        const shown = squash(all);
        const printed = texts.filter((t) => shown.includes(squash(t)));
        expect(printed.length, "no generated text appeared in any document").toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it("the child's words in the minutes come out character for character", () => {
    fc.assert(
      fc.property(freeText, (words) => {
        const rec = fixtures.lookedAfterReview();
        rec.childViews.childsOwnWords = words;
        const { model } = buildDocumentModel(rec, "lac-review-minutes", { profile: "knowsley", calendar });
        expect(squash(modelText(model))).toContain(squash(words));
      }),
      { numRuns: 40 },
    );
  });

  it("DOCX, PDF and HTML of such records are made without error or broken values", async () => {
    await fc.assert(
      fc.asyncProperty(record, async ({ rec }) => {
        fc.pre(checkSchema(rec).length === 0);
        const [d] = documentsFor(rec);
        for (const format of ["html", "docx", "pdf"] as const) {
          const bytes = await renderDocument(rec, d!, format, { profile: "knowsley", calendar });
          expect(bytes.length).toBeGreaterThan(100);
          if (format === "html") expect(new TextDecoder().decode(bytes)).not.toMatch(BROKEN);
        }
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});
