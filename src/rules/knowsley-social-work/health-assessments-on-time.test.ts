import { testRule } from "../test-rule.js";
import { ev, lookedAfterFrom } from "../../../test/fixtures/timeline.js";
import rule from "./health-assessments-on-time.js";

// Placed Mon 22 Mar 2027 → request within 5 working days, Easter skipped: 23, 24, 25, 30, 31 Mar → Wed 31 Mar.
// A 12-year-old assessed on Sun 20 Dec 2026 → next within 12 months → Mon 20 Dec 2027; under 5, 6 months → 20 Jun 2027.
const easter = (...events: ReturnType<typeof ev>[]) => lookedAfterFrom("2027-03-22", { events });
function assessed(dateOfBirth: string, ...events: ReturnType<typeof ev>[]) {
  const cf = lookedAfterFrom("2026-12-15", { events: [ev("health-assessment-request", "2026-12-16"), ev("health-assessment", "2026-12-20"), ...events] });
  cf.child.dateOfBirth = dateOfBirth;
  return cf;
}

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "requested on day 5, Wed 31 Mar", record: easter(ev("health-assessment-request", "2027-03-31")), asOf: "2027-04-01" },
    { why: "a 12-year-old reassessed 12 months on", record: assessed("2014-05-09", ev("health-assessment", "2027-12-20")), asOf: "2027-12-21" },
    { why: "a 3-year-old reassessed 6 months on", record: assessed("2023-06-01", ev("health-assessment", "2027-06-20")), asOf: "2027-06-21" },
  ],
  invalid: [
    { why: "requested on day 6, Thu 1 Apr", record: easter(ev("health-assessment-request", "2027-04-01")), asOf: "2027-04-02", errors: [{ messageId: "late", path: "/events/0" }] },
    { why: "a 12-year-old reassessed a day past 12 months", record: assessed("2014-05-09", ev("health-assessment", "2027-12-21")), asOf: "2027-12-22", errors: [{ messageId: "late", path: "/events/2" }] },
    { why: "a 3-year-old not reassessed by 21 Jun 2027", record: assessed("2023-06-01"), asOf: "2027-06-21", errors: [{ messageId: "overdue", path: "/events/1" }] },
  ],
});
