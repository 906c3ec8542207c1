/**
 * Knowsley IRO Standard 1.7 (Working in a Child Centred Manner):
 *   "The IRO will visit or communicate directly with the child prior to the review to gain their views
 *   and wishes and plan the review."
 *
 * The contact (iroContactBeforeReview) must be dated on or before the review: the same day counts,
 * as the IRO often sees the child just before the meeting. A date after the review is a breach (an
 * error), as is a contact on or before the *previous* review when the rule can see it (in a case
 * file, from the earlier review records and review events): that contact planned the last review,
 * not this one. With no contact recorded the rule warns rather than errors, since the record may
 * simply not carry it; and where the child's participation says they met the IRO before the review
 * ("met-iro-before"), that is the contact, so there is nothing to ask.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates, isoSortKey } from "../../calendar/index.js";
import { derivedFrom } from "../../case-index/active-index.js";
import { eventsOfType, longDate, recordsOfType } from "../helpers/index.js";
import type { CaseFileRecord } from "../record-map.js";

/** The latest review before `reviewDate` the case file knows of, from review records and review events. */
function previousReview(caseFile: CaseFileRecord | undefined, reviewDate: string): string | undefined {
  if (!caseFile) return undefined;
  // The latest of the dates before it: what sorting them and taking the last gives (review dates are
  // bare dates, so two that sort equal are the same text), from one list per case file with each
  // date read once, where each review used to gather, parse and sort them all again.
  const { dates, keys } = reviewDates(caseFile);
  const before = isoSortKey(reviewDate);
  let latest: number | undefined;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i]! - before < 0 && (latest === undefined || keys[i]! - keys[latest]! > 0)) latest = i;
  }
  return latest === undefined ? undefined : dates[latest];
}

/** Every looked-after review's date, from records then events, with its sort key: once per validation of the case file. */
function reviewDates(caseFile: CaseFileRecord): { dates: string[]; keys: number[] } {
  return derivedFrom(caseFile, "kiro-review-dates", () => {
    const dates = [
      ...recordsOfType(caseFile, "looked-after-review").map((r) => r.record.reviewDate),
      ...eventsOfType(caseFile, "looked-after-review").map((e) => e.event.date),
    ];
    return { dates, keys: dates.map((d) => isoSortKey(d)) };
  });
}

export default defineRule({
  id: "kiro-iro-saw-child-before-review",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The IRO visited or spoke with the child before the review, after the previous one.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.7", requirement: "KIRO-1.7" },
  messages: {
    afterReview: "The IRO's contact with the child is dated {{contact}}, after the review on {{review}}; the IRO sees or speaks with the child before the review.",
    beforePrevious: "The IRO's contact with the child on {{contact}} was before the previous review on {{previous}}, so it did not plan this review on {{review}}.",
    notRecorded: "The record does not show the IRO visiting or speaking with the child before the review on {{review}}; please record the date and how.",
  },
  check(review, ctx) {
    const contact = review.iroContactBeforeReview;
    // The message's dates are written only for a finding (most reviews pass).
    if (contact === undefined) {
      if (review.childParticipation?.how !== "met-iro-before") {
        ctx.report({ messageId: "notRecorded", path: "/iroContactBeforeReview/date", data: { review: longDate(review.reviewDate) }, severity: "warning" });
      }
      return;
    }
    if (compareIsoDates(contact.date, review.reviewDate) > 0) {
      ctx.report({ messageId: "afterReview", path: "/iroContactBeforeReview/date", data: { review: longDate(review.reviewDate), contact: longDate(contact.date) } });
      return;
    }
    const previous = previousReview(ctx.caseFile, review.reviewDate);
    if (previous !== undefined && compareIsoDates(contact.date, previous) <= 0) {
      ctx.report({
        messageId: "beforePrevious",
        path: "/iroContactBeforeReview/date",
        data: { review: longDate(review.reviewDate), contact: longDate(contact.date), previous: longDate(previous) },
      });
    }
  },
});
