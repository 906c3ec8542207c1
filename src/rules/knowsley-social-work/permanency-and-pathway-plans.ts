/**
 * KSW-8.CP (content) — Knowsley Practice Standards, section 8 (Children in Care):
 *   "From the 2nd LAC Review the Care Plan will include a Permanency Plan;"
 *   "If the young person is 16+ there will be an up-to-date Pathway Plan, based on an up to date needs
 *   assessment;"
 *
 * At each review from the second of a period in care (the record's review number where there is a
 * record), the case file must show a permanency plan: a "permanence-plan" event in the period on or
 * before the review, or the review record saying one is identified. At each review once the child is
 * 16, a pathway plan: a "pathway-plan" event in the period on or before it, or the record saying one
 * is in place. The 10-working-day care plan itself is care-plan-on-time.
 */
import { defineRule } from "../define-rule.js";
import { ageOn, longDate } from "../helpers/index.js";
import { compareIsoDates } from "../../calendar/index.js";
import { within } from "../../timeline/periods.js";
import { caseIndexOf } from "../../case-index/active-index.js";
import type { CaseFile, LookedAfterReview } from "../../types/index.js";

/** The age from which a looked-after young person has a pathway plan (Children Act 1989 sch 2 para 19B). */
const PATHWAY_PLAN_AGE = 16;
/** "From the 2nd LAC Review". */
const PERMANENCE_FROM_REVIEW = 2;

interface Held {
  date: string;
  path: string;
  record: LookedAfterReview | undefined;
}

function reviewsHeld(cf: CaseFile): Held[] {
  // Review records, then review events on a date no review yet has, each in file order: from the
  // index's positions of the two types rather than walks of every record and event.
  const index = caseIndexOf(cf);
  const out: Held[] = [];
  const dates = new Set<string>();
  for (const i of index.recordIndexes("looked-after-review")) {
    const r = cf.records[i] as LookedAfterReview;
    out.push({ date: r.reviewDate, path: `/records/${i}`, record: r });
    dates.add(r.reviewDate);
  }
  for (const i of index.eventIndexes("looked-after-review")) {
    const e = cf.events[i]!;
    if (dates.has(e.date)) continue;
    out.push({ date: e.date, path: `/events/${i}`, record: undefined });
    dates.add(e.date);
  }
  return out.sort((a, b) => compareIsoDates(a.date, b.date));
}

function eventBefore(cf: CaseFile, type: "permanence-plan" | "pathway-plan", from: string, date: string): boolean {
  return caseIndexOf(cf)
    .eventIndexes(type)
    .some((i) => {
      const e = cf.events[i]!;
      return compareIsoDates(e.date, from) >= 0 && compareIsoDates(e.date, date) <= 0;
    });
}

export default defineRule({
  id: "permanency-and-pathway-plans",
  appliesTo: ["case-file"],
  severity: "error",
  description: "From the second review the care plan includes a permanency plan, and from 16 the young person has a pathway plan.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.CP" },
  messages: {
    noPermanencePlan: "The review on {{date}} is review {{number}}; from the second review the care plan includes a permanency plan, and none is recorded.",
    noPathwayPlan: "At the review on {{date}} the young person was 16 or over, and no up-to-date pathway plan is recorded.",
  },
  check(cf, ctx) {
    let checked = false;
    const held = reviewsHeld(cf);
    // The index's periods, worked out once for the timeline and every rule (read, never changed).
    for (const period of caseIndexOf(cf).periods().lookedAfter) {
      held
        .filter((h) => within(period, h.date))
        .forEach((h, n) => {
          const number = h.record?.reviewNumber ?? n + 1;
          if (number >= PERMANENCE_FROM_REVIEW) {
            checked = true;
            if (h.record?.permanence.planIdentified !== true && !eventBefore(cf, "permanence-plan", period.from, h.date)) {
              ctx.report({ messageId: "noPermanencePlan", path: h.path, data: { date: longDate(h.date), number } });
            }
          }
          if (ageOn(cf.child.dateOfBirth, h.date) >= PATHWAY_PLAN_AGE) {
            checked = true;
            if (h.record?.pathwayPlan?.inPlace !== true && !eventBefore(cf, "pathway-plan", period.from, h.date)) {
              ctx.report({ messageId: "noPathwayPlan", path: h.path, data: { date: longDate(h.date) } });
            }
          }
        });
    }
    if (!checked) ctx.notApplicable("no second review yet, and no review at 16 or over");
  },
});
