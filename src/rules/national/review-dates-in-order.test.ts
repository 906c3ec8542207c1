import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./review-dates-in-order.js";

// The fixture's review is held on Thu 10 Dec 2026.
function review(change: (r: ReturnType<typeof lookedAfterReview>) => void) {
  const r = lookedAfterReview();
  change(r);
  return r;
}

testRule(rule, {
  profile: "england",
  valid: [
    { why: "the fixture: born first, minutes and outcomes after the review", record: lookedAfterReview() },
    { why: "minutes completed and sent on the day of the review", record: review((r) => (r.minutes = { completedOn: "2026-12-10", sentOn: "2026-12-10" })) },
    { why: "a baby's review held on the day it was born", record: review((r) => (r.child.dateOfBirth = "2026-12-10")) },
    { why: "no minutes yet", record: review((r) => delete r.minutes) },
  ],
  invalid: [
    { why: "review dated the day before the child was born", record: review((r) => (r.child.dateOfBirth = "2026-12-11")), errors: [{ messageId: "beforeBirth", path: "/reviewDate" }] },
    { why: "minutes completed and sent the day before the review", record: review((r) => (r.minutes = { completedOn: "2026-12-09", sentOn: "2026-12-09" })), errors: [{ messageId: "beforeReview", path: "/minutes/completedOn" }, { messageId: "beforeReview", path: "/minutes/sentOn" }] },
    { why: "outcomes recorded before the review", record: review((r) => (r.outcomesRecordedOn = "2026-12-01")), errors: [{ messageId: "beforeReview", path: "/outcomesRecordedOn" }] },
    { why: "next review set before this one (day and month swapped)", record: review((r) => (r.nextReviewDate = "2026-06-10")), errors: [{ messageId: "beforeReview", path: "/nextReviewDate" }] },
    { why: "minutes sent before they were completed", record: review((r) => (r.minutes = { completedOn: "2026-12-21", sentOn: "2026-12-18" })), errors: [{ messageId: "sentBeforeCompleted", path: "/minutes/sentOn" }] },
  ],
});
