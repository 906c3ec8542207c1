/**
 * NAT-R33 — Care Planning, Placement and Case Review (England) Regulations 2010, reg 33: every review
 * timescale, and the minutes and outcomes that follow a review (IRO Standard 2.9), is counted from
 * the review's date. A date that cannot be true — a review before the child was born, minutes sent
 * before the review was held — makes every due date counted from it meaningless, and usually means
 * a date was typed wrongly (a day and month swapped, the wrong year). This rule catches that before
 * the timescale rules measure against it.
 */
import { defineRule } from "../define-rule.js";
import type { LookedAfterReview } from "../../types/index.js";

/**
 * The dates that come after the review: where each is, what the message calls it, and how to read
 * it. One table for every review, not a list of them built for each.
 */
const AFTER: readonly (readonly [string, string, (review: LookedAfterReview) => string | undefined])[] = [
  ["/minutes/completedOn", "Minutes completed on", (r) => r.minutes?.completedOn],
  ["/minutes/sentOn", "Minutes sent on", (r) => r.minutes?.sentOn],
  ["/outcomesRecordedOn", "Outcomes recorded on", (r) => r.outcomesRecordedOn],
  ["/childDecisionsLetter/sentOn", "The child's decisions letter sent on", (r) => r.childDecisionsLetter?.sentOn],
  ["/nextReviewDate", "Next review date", (r) => r.nextReviewDate],
];

export default defineRule({
  id: "review-dates-in-order",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "A review's dates are in the order things happen: the child is born before the review, and minutes, outcomes and the next review come after it.",
  source: { document: "CPPCR-2010", paragraph: "reg 33", requirement: "NAT-R33" },
  messages: {
    beforeBirth: "The review is dated {{date}}, before the child was born ({{born}}); check the review date and the date of birth.",
    beforeReview: "{{field}} is {{date}}, before the review was held on {{reviewDate}}; check both dates.",
    sentBeforeCompleted: "The minutes were sent on {{sent}}, before they were completed on {{completed}}; check both dates.",
  },
  check(review, ctx) {
    const held = review.reviewDate;
    if (review.child.dateOfBirth > held) {
      ctx.report({ messageId: "beforeBirth", path: "/reviewDate", data: { date: held, born: review.child.dateOfBirth } });
    }
    // ISO dates compare correctly as strings.
    for (const [path, field, read] of AFTER) {
      const date = read(review);
      if (date !== undefined && date < held) ctx.report({ messageId: "beforeReview", path, data: { field, date, reviewDate: held } });
    }
    const { completedOn, sentOn } = review.minutes ?? {};
    if (completedOn !== undefined && sentOn !== undefined && sentOn < completedOn && completedOn >= held && sentOn >= held) {
      ctx.report({ messageId: "sentBeforeCompleted", path: "/minutes/sentOn", data: { sent: sentOn, completed: completedOn } });
    }
  },
});
