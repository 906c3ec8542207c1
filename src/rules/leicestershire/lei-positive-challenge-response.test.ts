import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./lei-positive-challenge-response.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const tm = { name: "Fatima Al-Sayed", role: "Team Manager" };

/**
 * A Positive Challenge raised on Wednesday 23 December 2026, then the given steps. Hand-worked due
 * date: 5 working days = 24, 29, 30, 31 December, 4 January → Monday 4 January 2027 (25 and 28
 * December and 1 January are bank holidays).
 */
function challenge(...steps: Partial<EscalationEvent>[]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-informal", date: "2026-12-23", stage: "informal", by: chair, delegatedTo: tm, text: "Positive Challenge raised." },
    ...steps.map((s) => ({ type: "note" as const, date: "2027-01-04", by: tm, text: "Step.", ...s })),
  ];
  return e;
}

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "the team responded on day 5, Monday 4 January 2027", record: challenge({ type: "respond", date: "2027-01-04" }), asOf: "2027-02-01" },
    { why: "no response yet, and today is the due date", record: challenge(), asOf: "2027-01-04" },
    {
      why: "the chair went formal on day 5 before any response: no response was needed",
      record: challenge({ type: "escalate", date: "2027-01-04", stage: "formal-1", by: chair }),
      asOf: "2027-02-01",
    },
    {
      why: "raised straight into the formal process: no Positive Challenge (not applicable)",
      record: (() => {
        const e = challenge();
        e.events[0] = { ...e.events[0]!, type: "raise-formal", stage: "formal-1" };
        return e;
      })(),
      asOf: "2027-02-01",
    },
  ],
  invalid: [
    {
      why: "the team responded on day 6, Tuesday 5 January 2027",
      record: challenge({ type: "respond", date: "2027-01-05" }),
      asOf: "2027-02-01",
      errors: [{ messageId: "late", path: "/events/1/date" }],
    },
    { why: "no response, and the due date passed yesterday", record: challenge(), asOf: "2027-01-05", errors: [{ messageId: "overdue", path: "/events/0" }] },
    {
      why: "no response before the chair went formal on day 6",
      record: challenge({ type: "escalate", date: "2027-01-05", stage: "formal-1", by: chair }),
      asOf: "2027-01-06",
      errors: [{ messageId: "unanswered", path: "/events/0" }],
    },
    {
      why: "resolved on day 6 with no response recorded: a warning to check",
      record: challenge({ type: "resolve", date: "2027-01-05", stage: "informal", by: chair }),
      asOf: "2027-02-01",
      errors: [{ messageId: "resolvedUnanswered", path: "/events/0", severity: "warning" }],
    },
  ],
});
