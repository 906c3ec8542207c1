import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./lei-formal-escalation-total.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };

/**
 * A Positive Challenge on Monday 21 December 2026, taken to Stage One on Wednesday 23 December (the
 * Formal Escalation step accessed: day 0), then Stage Two on 4 January. Hand-worked: 20 working days
 * from 23 December = 24, 29, 30, 31 Dec, 4–8, 11–15, 18–22, 25 Jan → Monday 25 January 2027.
 */
function formal(...steps: Partial<EscalationEvent>[]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-informal", date: "2026-12-21", stage: "informal", by: chair, text: "Positive Challenge." },
    { type: "escalate", date: "2026-12-23", stage: "formal-1", by: chair, text: "Stage One." },
    { type: "escalate", date: "2027-01-04", stage: "formal-2", by: chair, text: "Stage Two." },
    ...steps.map((s) => ({ type: "resolve" as const, date: "2027-01-25", by: chair, text: "Resolved.", ...s })),
  ];
  return e;
}

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "resolved on day 20, Monday 25 January 2027 (the clock did not restart at Stage Two)", record: formal({}), asOf: "2027-03-01" },
    { why: "still open on day 20", record: formal(), asOf: "2027-01-25" },
    { why: "never went formal (not applicable)", record: escalation(), asOf: "2027-03-01" },
  ],
  invalid: [
    { why: "resolved on day 21, Tuesday 26 January 2027", record: formal({ date: "2027-01-26" }), asOf: "2027-03-01", errors: [{ messageId: "late", path: "/events/3/date" }] },
    { why: "still open on day 21", record: formal(), asOf: "2027-01-26", errors: [{ messageId: "overdue", path: "/events/1" }] },
    {
      why: "closed only by the outcome, on day 21",
      record: (() => {
        const e = formal();
        e.outcome = { resolvedOn: "2027-01-26", summary: "Resolved." };
        return e;
      })(),
      asOf: "2027-03-01",
      errors: [{ messageId: "late", path: "/outcome/resolvedOn" }],
    },
  ],
});
