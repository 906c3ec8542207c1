import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./gl-level-response.js";

const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const tm = { name: "Fatima Al-Sayed", role: "Team Manager" };

/**
 * Formal Level 1 delegated on Wednesday 23 December 2026, then the given steps. Hand-worked due date:
 * 5 working days = 24, 29, 30, 31 December, 4 January → Monday 4 January 2027.
 */
function levelOne(...steps: Partial<EscalationEvent>[]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-formal", date: "2026-12-23", stage: "formal-1", by: iro, delegatedTo: tm, text: "Formal Level 1." },
    ...steps.map((s) => ({ type: "respond" as const, date: "2027-01-04", by: tm, text: "Response.", ...s })),
  ];
  return e;
}

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "the Team Manager responded on day 5, Monday 4 January 2027", record: levelOne({}), asOf: "2027-02-01" },
    { why: "no response yet on the due date", record: levelOne(), asOf: "2027-01-04" },
    { why: "informal only (not applicable)", record: escalation(), asOf: "2027-02-01" },
  ],
  invalid: [
    { why: "responded on day 6, Tuesday 5 January 2027", record: levelOne({ date: "2027-01-05" }), asOf: "2027-02-01", errors: [{ messageId: "late", path: "/events/1/date" }] },
    { why: "no response and the due date has passed", record: levelOne(), asOf: "2027-01-05", errors: [{ messageId: "overdue", path: "/events/0" }] },
    {
      why: "escalated to Level 2 on day 6 with no response recorded",
      record: levelOne({ type: "escalate", date: "2027-01-05", stage: "formal-2", by: iro }),
      asOf: "2027-01-06",
      errors: [{ messageId: "unanswered", path: "/events/0" }],
    },
  ],
});
