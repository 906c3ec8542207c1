/**
 * KSW-8.LS — Knowsley Practice Standards, section 8 (Children in Care):
 *   "No child/young person's legal status as a Child Looked After must be changed without first
 *   discussing this at a LAC Review meeting."
 *
 * Each change from a looked-after status (to another one, or out of care) is checked: the legal
 * status entry's changedAtReview says so directly; where it is not filled in, a looked-after review
 * held between the start of the old status and the change (that day included) is taken as the place
 * it was discussed, and no such review is a breach.
 */
import { defineRule } from "../define-rule.js";
import { longDate } from "../helpers/index.js";
import { compareIsoDates } from "../../calendar/index.js";
import { LOOKED_AFTER_STATUSES } from "../../timeline/periods.js";
import type { CaseFile, LookedAfterReview } from "../../types/index.js";
import { caseIndexOf } from "../../case-index/active-index.js";

function reviewDates(cf: CaseFile): string[] {
  // Review events, then review records, each in file order, from the index's positions.
  const index = caseIndexOf(cf);
  return [
    ...index.eventIndexes("looked-after-review").map((i) => cf.events[i]!.date),
    ...index.recordIndexes("looked-after-review").map((i) => (cf.records[i] as LookedAfterReview).reviewDate),
  ];
}

export default defineRule({
  id: "legal-status-change-at-review",
  appliesTo: ["case-file"],
  severity: "error",
  description: "A looked-after child's legal status is not changed without first discussing it at a looked-after review.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.LS" },
  messages: {
    notDiscussed: "The change of legal status on {{date}} is recorded as not discussed at a looked-after review first.",
    noReview: "No looked-after review is recorded between {{from}} and the change of legal status on {{date}}, so the change was not discussed at a review first.",
  },
  check(cf, ctx) {
    const entries = cf.legalStatus.map((s, index) => ({ s, index })).sort((a, b) => compareIsoDates(a.s.from, b.s.from));
    const reviews = reviewDates(cf);
    let checked = false;
    entries.forEach(({ s, index }, n) => {
      const prev = entries[n - 1]?.s;
      if (!prev || !LOOKED_AFTER_STATUSES.has(prev.status) || prev.status === s.status) return;
      checked = true;
      // The message's facts are written only for a finding: most changes were discussed at a review.
      const data = () => ({ date: longDate(s.from), from: longDate(prev.from) });
      if (s.changedAtReview === false) {
        ctx.report({ messageId: "notDiscussed", path: `/legalStatus/${index}/changedAtReview`, data: data() });
      } else if (s.changedAtReview === undefined) {
        const discussed = reviews.some((d) => compareIsoDates(d, prev.from) >= 0 && compareIsoDates(d, s.from) <= 0);
        if (!discussed) ctx.report({ messageId: "noReview", path: `/legalStatus/${index}/from`, data: data() });
      }
    });
    if (!checked) ctx.notApplicable("no change from a looked-after legal status");
  },
});
