import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation } from "../../types/index.js";
import rule from "./gl-formal-total.js";

const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/**
 * Formally raised at Level 2 on Tuesday 23 March 2027 (day 0), escalated to Level 3 on 1 April.
 * Hand-worked: 20 working days = 24, 25, 30, 31 Mar, 1, 2, 5–9, 12–16, 19–22 April → Thursday
 * 22 April 2027 (Good Friday 26 March and Easter Monday 29 March skipped).
 */
function formal(resolvedOn?: string): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-formal", date: "2027-03-23", stage: "formal-2", by: iro, text: "Level 2." },
    { type: "escalate", date: "2027-04-01", stage: "formal-3", by: iro, text: "Level 3." },
  ];
  if (resolvedOn) e.events.push({ type: "resolve", date: resolvedOn, by: iro, text: "Resolved." });
  return e;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "resolved on day 20, Thursday 22 April 2027", record: formal("2027-04-22"), asOf: "2027-06-01" },
    { why: "still open on day 20", record: formal(), asOf: "2027-04-22" },
    { why: "informal only (not applicable)", record: escalation(), asOf: "2027-06-01" },
  ],
  invalid: [
    { why: "resolved on day 21, Friday 23 April 2027", record: formal("2027-04-23"), asOf: "2027-06-01", errors: [{ messageId: "late", path: "/events/2/date" }] },
    { why: "still open on day 21", record: formal(), asOf: "2027-04-23", errors: [{ messageId: "overdue", path: "/events/0" }] },
  ],
});
