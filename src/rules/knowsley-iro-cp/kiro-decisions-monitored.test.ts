import { testRule } from "../test-rule.js";
import { caseFile, lookedAfterReview } from "../../../test/fixtures/records.js";
import type { LookedAfterReview } from "../../types/index.js";
import rule from "./kiro-decisions-monitored.js";

// Knowsley: at least every 3 months. Worked by hand:
// review 10 December 2026 + 3 months = 10 March 2027 (day 10 March passes, 11 March is overdue);
// review 30 November 2026 + 3 months = 28 February 2027 (no 30 February: clamped to month end);
// last checked 31 December 2026 + 3 months = 31 March 2027 (Easter does not matter for months).
const review = (reviewDate: string, lastMonitoredOn?: string) => {
  const r = lookedAfterReview();
  r.reviewDate = reviewDate;
  r.decisions = [r.decisions[0]!];
  if (lastMonitoredOn) r.decisions[0]!.updates = [{ on: lastMonitoredOn, status: "in-progress" }];
  return r;
};
// Review 10 December 2026, checked on 1 December (before it: not counted) and 5 January 2027:
// the next check is due by 5 January + 3 months = 5 April 2027.
const checkedBeforeAndAfter = () => {
  const r = review("2026-12-10");
  r.decisions[0]!.updates = [{ on: "2026-12-01", status: "in-progress" }, { on: "2027-01-05", status: "in-progress" }];
  return r;
};
const laterReview = (previousDecisions: NonNullable<LookedAfterReview["previousDecisions"]>) => {
  const r = lookedAfterReview();
  r.id = "LAR-2027-03-05";
  r.reviewNumber = 4;
  r.reviewDate = "2027-03-05";
  r.decisions = [];
  r.previousDecisions = previousDecisions;
  return r;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "never checked, today 10 March 2027, exactly 3 months after the review", record: review("2026-12-10"), asOf: "2027-03-10" },
    {
      // why: the clock runs from the latest check after the review (5 January 2027 + 3 months = 5 April), not from one before it.
      why: "checked 1 December 2026 (before the review, not counted) and 5 January 2027; today 5 April 2027",
      record: checkedBeforeAndAfter(),
      asOf: "2027-04-05",
    },
    { why: "review 30 November 2026, today 28 February 2027 (month-end clamp)", record: review("2026-11-30"), asOf: "2027-02-28" },
    { why: "last checked 31 December 2026, today 31 March 2027", record: review("2026-12-10", "2026-12-31"), asOf: "2027-03-31" },
    {
      why: "done, so no more monitoring",
      record: (() => {
        const r = review("2026-12-10");
        r.decisions[0]!.updates = [{ on: "2027-01-20", status: "done" }];
        return r;
      })(),
      asOf: "2027-09-01",
    },
    {
      why: "in a case file, the next review on 5 March 2027 reported on it; today 5 June 2027",
      record: (() => {
        const cf = caseFile();
        cf.records = [review("2026-12-10"), laterReview([{ decisionId: "D1", status: "in-progress" }])];
        return cf;
      })(),
      asOf: "2027-06-05",
    },
    {
      why: "in a case file, the next review reported it done",
      record: (() => {
        const cf = caseFile();
        cf.records = [review("2026-12-10"), laterReview([{ decisionId: "D1", status: "done" }])];
        return cf;
      })(),
      asOf: "2027-12-01",
    },
  ],
  invalid: [
    {
      why: "never checked, today 11 March 2027",
      record: review("2026-12-10"),
      asOf: "2027-03-11",
      errors: [{ messageId: "notChecked", path: "/decisions/0/updates" }],
    },
    {
      why: "review 30 November 2026, today 1 March 2027",
      record: review("2026-11-30"),
      asOf: "2027-03-01",
      errors: [{ messageId: "notChecked", path: "/decisions/0/updates" }],
    },
    {
      why: "last checked 31 December 2026, today 1 April 2027",
      record: review("2026-12-10", "2026-12-31"),
      asOf: "2027-04-01",
      errors: [{ messageId: "overdue", path: "/decisions/0/updates" }],
    },
    {
      why: "a check dated before the review does not count: checked 1 December 2026, review 10 December, today 11 March 2027",
      record: review("2026-12-10", "2026-12-01"),
      asOf: "2027-03-11",
      errors: [{ messageId: "notChecked", path: "/decisions/0/updates" }],
    },
    {
      why: "checked 1 December 2026 (before the review) and 5 January 2027; today 6 April 2027, a day past the check due from 5 January",
      record: checkedBeforeAndAfter(),
      asOf: "2027-04-06",
      errors: [{ messageId: "overdue", path: "/decisions/0/updates" }],
    },
    {
      why: "done on 1 April 2027 is the future on 11 March 2027: still open then, and never checked",
      record: (() => {
        const r = review("2026-12-10");
        r.decisions[0]!.updates = [{ on: "2027-04-01", status: "done" }];
        return r;
      })(),
      asOf: "2027-03-11",
      errors: [{ messageId: "notChecked", path: "/decisions/0/updates" }],
    },
    {
      why: "in a case file, reported at the next review on 5 March 2027, nothing since; today 6 June 2027",
      record: (() => {
        const cf = caseFile();
        cf.records = [review("2026-12-10"), laterReview([{ decisionId: "D1", status: "not-done" }])];
        return cf;
      })(),
      asOf: "2027-06-06",
      errors: [{ messageId: "overdue", path: "/records/0/decisions/0/updates" }],
    },
  ],
});
