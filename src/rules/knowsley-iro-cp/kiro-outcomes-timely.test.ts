import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./kiro-outcomes-timely.js";

// 5 working days, worked by hand.
// Review Thursday 10 December 2026: 11 Dec (1), 14 (2), 15 (3), 16 (4), 17 Dec (5); 18 Dec is day 6.
// Review Tuesday 22 December 2026: 23 (1), 24 (2), 25 and 28 bank holidays, 26–27 weekend,
// 29 (3), 30 (4), 31 Dec (5); 1 Jan bank holiday, 2–3 weekend, so Monday 4 January 2027 is day 6.
const review = (reviewDate: string, outcomesRecordedOn: string | undefined) => {
  const r = lookedAfterReview();
  r.reviewDate = reviewDate;
  if (outcomesRecordedOn === undefined) delete r.outcomesRecordedOn;
  else r.outcomesRecordedOn = outcomesRecordedOn;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture's outcomes were recorded on 14 December 2026, day 2", record: lookedAfterReview() },
    { why: "recorded on 17 December 2026, day 5", record: review("2026-12-10", "2026-12-17") },
    { why: "review on 22 December, recorded on 31 December 2026, day 5 across Christmas", record: review("2026-12-22", "2026-12-31") },
    { why: "recorded on the day of the review", record: review("2026-12-10", "2026-12-10") },
    { why: "not recorded yet, and today is the due day 31 December 2026", record: review("2026-12-22", undefined), asOf: "2026-12-31" },
  ],
  invalid: [
    { why: "recorded on 18 December 2026, day 6", record: review("2026-12-10", "2026-12-18"), errors: [{ messageId: "late", path: "/outcomesRecordedOn" }] },
    { why: "review on 22 December, recorded on 4 January 2027, day 6", record: review("2026-12-22", "2027-01-04"), errors: [{ messageId: "late", path: "/outcomesRecordedOn" }] },
    {
      why: "not recorded, and today is 4 January 2027, after the 31 December due date",
      record: review("2026-12-22", undefined),
      asOf: "2027-01-04",
      errors: [{ messageId: "overdue", path: "/outcomesRecordedOn" }],
    },
  ],
});
