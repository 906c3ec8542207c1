import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./dispute-stage-response-in-time.js";

const iro = { name: "Kwabena Mensah", role: "Independent Reviewing Officer" };
const tm = { name: "Ioana Popescu", role: "Team Manager" };

/**
 * Stage one raised on Wednesday 23 December 2026, then the given steps. Hand-worked due date:
 * 5 working days = 24, 29, 30, 31 December, 4 January (25 and 28 December are bank holidays) →
 * Monday 4 January 2027.
 */
function stageOne(...steps: Partial<EscalationEvent>[]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-formal", date: "2026-12-23", stage: "formal-1", by: iro, delegatedTo: tm, text: "Stage one." },
    ...steps.map((s) => ({ type: "respond" as const, date: "2027-01-04", by: tm, text: "Response.", ...s })),
  ];
  return e;
}

testRule(rule, {
  profile: "england",
  valid: [
    { why: "the manager responded on day 5, Monday 4 January 2027, across Christmas", record: stageOne({}), asOf: "2027-02-01" },
    { why: "no response yet on the due date", record: stageOne(), asOf: "2027-01-04" },
    { why: "informal only (not applicable)", record: escalation(), asOf: "2027-02-01" },
  ],
  invalid: [
    { why: "responded on day 6, Tuesday 5 January 2027", record: stageOne({ date: "2027-01-05" }), asOf: "2027-02-01", errors: [{ messageId: "late", path: "/events/1/date" }] },
    { why: "no response and the due date has passed", record: stageOne(), asOf: "2027-01-05", errors: [{ messageId: "overdue", path: "/events/0" }] },
  ],
});
