import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./lei-formal-stage-response.js";

const chair = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const manager = { name: "Gareth Price", role: "Service Manager" };

/**
 * Stage Two reached on Tuesday 23 March 2027, then the given steps. Hand-worked due date: 5 working
 * days = 24, 25, 30, 31 March, 1 April → Thursday 1 April 2027 (Good Friday 26 March and Easter
 * Monday 29 March skipped).
 */
function stageTwo(...steps: Partial<EscalationEvent>[]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-formal", date: "2027-03-23", stage: "formal-2", by: chair, delegatedTo: manager, text: "Raised at Stage Two." },
    ...steps.map((s) => ({ type: "respond" as const, date: "2027-04-01", by: manager, text: "Step.", ...s })),
  ];
  return e;
}

testRule(rule, {
  profile: "leicestershire",
  valid: [
    { why: "the Service Manager responded on day 5, Thursday 1 April 2027", record: stageTwo({}), asOf: "2027-05-01" },
    { why: "no response yet; today is the due date", record: stageTwo(), asOf: "2027-04-01" },
    { why: "escalated to Stage Three on day 5 with no response: none was needed", record: stageTwo({ type: "escalate", stage: "formal-3", by: chair }), asOf: "2027-04-01" },
    { why: "a Positive Challenge only: no formal stage (not applicable)", record: escalation(), asOf: "2027-05-01" },
  ],
  invalid: [
    { why: "responded on day 6, Friday 2 April 2027", record: stageTwo({ date: "2027-04-02" }), asOf: "2027-05-01", errors: [{ messageId: "late", path: "/events/1/date" }] },
    { why: "no response and the due date has passed", record: stageTwo(), asOf: "2027-04-02", errors: [{ messageId: "overdue", path: "/events/0" }] },
    {
      why: "no response at Stage Two before it was escalated on day 6; Stage Three (due 9 April) then answered in time",
      record: stageTwo({ type: "escalate", date: "2027-04-02", stage: "formal-3", by: chair }, { date: "2027-04-09" }),
      asOf: "2027-05-01",
      errors: [{ messageId: "unanswered", path: "/events/0" }],
    },
    {
      why: "resolved on day 6 with no response recorded: a warning to check",
      record: stageTwo({ type: "resolve", date: "2027-04-02", by: chair }),
      asOf: "2027-05-01",
      errors: [{ messageId: "resolvedUnanswered", severity: "warning" }],
    },
  ],
});
