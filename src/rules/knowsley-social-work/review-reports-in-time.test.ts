import { testRule } from "../test-rule.js";
import { lookedAfterReview } from "../../../test/fixtures/records.js";
import rule from "./review-reports-in-time.js";

// Review Thu 10 Dec 2026 → reports at least 5 working days before: 9, 8, 7, 4, 3 Dec → by Thu 3 Dec.
// Review Thu 7 Jan 2027 → 6 Jan (1), 5 (2), 4 (3), 31 Dec (4), 30 Dec (5) → by Wed 30 Dec 2026.
function review(date: string, ...receivedOn: (string | undefined)[]) {
  const r = lookedAfterReview();
  r.reviewDate = date;
  r.reportsReceived = receivedOn.map((d, i) => ({ from: `Author ${i + 1}`, role: "Social Worker", ...(d ? { receivedOn: d } : {}) }));
  return r;
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "the fixture: reports on 2 and 3 Dec for 10 Dec", record: lookedAfterReview() },
    { why: "across New Year: on day 5 before, Wed 30 Dec", record: review("2027-01-07", "2026-12-30") },
    { why: "no report has a date", record: review("2027-01-07", undefined) },
  ],
  invalid: [
    { why: "a report on Fri 4 Dec, 4 working days before", record: review("2026-12-10", "2026-12-02", "2026-12-04"), errors: [{ messageId: "late", path: "/reportsReceived/1/receivedOn" }] },
    { why: "across New Year: on Thu 31 Dec, 4 working days before", record: review("2027-01-07", "2026-12-31"), errors: [{ messageId: "late", path: "/reportsReceived/0/receivedOn" }] },
  ],
});
