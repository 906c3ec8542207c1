import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import rule from "./kiro-escalation-outcome-recorded.js";

// 5 working days, worked by hand.
// Resolved Tuesday 22 December 2026: 23 (1), 24 (2), 25 and 28 Dec bank holidays, 29 (3), 30 (4),
// 31 Dec (5); 1 Jan 2027 bank holiday, so Monday 4 January 2027 is day 6.
// Resolved Wednesday 24 March 2027: 25 (1), Good Friday 26 and Easter Monday 29 March bank holidays,
// 30 (2), 31 (3), 1 April (4), 2 April (5); Monday 5 April 2027 is day 6.
const resolved = (resolvedOn: string, recordedOn?: string) => {
  const e = escalation();
  e.outcome = recordedOn === undefined ? { resolvedOn, summary: "Contact started." } : { resolvedOn, summary: "Contact started.", recordedOn };
  return e;
};

testRule(rule, {
  profile: "knowsley",
  valid: [
    { why: "resolved 22 December 2026, recorded 31 December, day 5 across Christmas", record: resolved("2026-12-22", "2026-12-31") },
    { why: "resolved 24 March 2027, recorded 2 April, day 5 across Easter", record: resolved("2027-03-24", "2027-04-02") },
    { why: "recorded the day it was resolved", record: resolved("2027-03-24", "2027-03-24") },
    { why: "resolved, not recorded yet, today is the due day 2 April 2027", record: resolved("2027-03-24"), asOf: "2027-04-02" },
    { why: "still open: no outcome to record (not applicable)", record: escalation(), asOf: "2027-06-01" },
  ],
  invalid: [
    { why: "resolved 22 December 2026, recorded 4 January 2027, day 6", record: resolved("2026-12-22", "2027-01-04"), errors: [{ messageId: "late", path: "/outcome/recordedOn" }] },
    { why: "resolved 24 March 2027, recorded 5 April 2027, day 6", record: resolved("2027-03-24", "2027-04-05"), errors: [{ messageId: "late", path: "/outcome/recordedOn" }] },
    {
      why: "resolved 24 March 2027, not recorded, today is 5 April 2027",
      record: resolved("2027-03-24"),
      asOf: "2027-04-05",
      errors: [{ messageId: "overdue", path: "/outcome/recordedOn" }],
    },
  ],
});
