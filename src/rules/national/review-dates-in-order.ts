/**
 * NAT-R33 — Care Planning, Placement and Case Review (England) Regulations 2010, reg 33: every review
 * timescale, and the minutes and outcomes that follow a review (IRO Standard 2.9), is counted from
 * the review's date. A date that cannot be true — a review before the child was born, minutes sent
 * before the review was held — makes every due date counted from it meaningless, and usually means
 * a date was typed wrongly (a day and month swapped, the wrong year). This rule catches that before
 * the timescale rules measure against it.
 */
import { defineRule } from "../define-rule.js";

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
    const after: [string, string, string | undefined][] = [
      ["/minutes/completedOn", "Minutes completed on", review.minutes?.completedOn],
      ["/minutes/sentOn", "Minutes sent on", review.minutes?.sentOn],
      ["/outcomesRecordedOn", "Outcomes recorded on", review.outcomesRecordedOn],
      ["/childDecisionsLetter/sentOn", "The child's decisions letter sent on", review.childDecisionsLetter?.sentOn],
      ["/nextReviewDate", "Next review date", review.nextReviewDate],
    ];
    for (const [path, field, date] of after) {
      if (date !== undefined && date < held) ctx.report({ messageId: "beforeReview", path, data: { field, date, reviewDate: held } });
    }
    const { completedOn, sentOn } = review.minutes ?? {};
    if (completedOn !== undefined && sentOn !== undefined && sentOn < completedOn && completedOn >= held && sentOn >= held) {
      ctx.report({ messageId: "sentBeforeCompleted", path: "/minutes/sentOn", data: { sent: sentOn, completed: completedOn } });
    }
  },
});
