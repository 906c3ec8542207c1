import { testRule } from "../test-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Action, Escalation, EscalationEvent } from "../../types/index.js";
import rule from "./gl-informal-timely.js";

const iro = { name: "Siân Llŷr", role: "Independent Reviewing Officer" };
const sw = { name: "Łukasz Wróbel", role: "Social Worker" };

/**
 * An informal concern raised on Wednesday 23 December 2026, with any agreed actions, then the given
 * steps. Hand-worked: 5 working days = 24, 29, 30, 31 December, 4 January → Monday 4 January 2027.
 */
function informal(actions: Action[], ...steps: Partial<EscalationEvent>[]): Escalation {
  const e = escalation();
  e.events = [
    { type: "raise-informal", date: "2026-12-23", stage: "informal", by: iro, text: "Informal concern.", ...(actions.length ? { agreedActions: actions } : {}) },
    ...steps.map((s) => ({ type: "resolve" as const, date: "2027-01-04", by: iro, text: "Step.", ...s })),
  ];
  return e;
}

const action = (dueDate: string, extra: Partial<Action> = {}): Action => ({ text: "Book sibling contact.", owner: sw, dueDate, ...extra });

testRule(rule, {
  profile: "gloucestershire",
  valid: [
    { why: "resolved on day 5, Monday 4 January 2027", record: informal([], {}), asOf: "2027-02-01" },
    { why: "taken formal on day 5", record: informal([], { type: "raise-formal", stage: "formal-1" }), asOf: "2027-01-04" },
    { why: "still informal on day 5", record: informal([]), asOf: "2027-01-04" },
    {
      why: "an action agreed for 15 January, done on time, and still informal on 15 January",
      record: informal([action("2027-01-15", { updates: [{ on: "2027-01-15", status: "done" }] })]),
      asOf: "2027-01-15",
    },
    {
      why: "raised formally: no informal stage (not applicable)",
      record: (() => {
        const e = informal([]);
        e.events[0] = { ...e.events[0]!, type: "raise-formal", stage: "formal-1" };
        return e;
      })(),
      asOf: "2027-02-01",
    },
  ],
  invalid: [
    { why: "resolved on day 6, Tuesday 5 January 2027", record: informal([], { date: "2027-01-05" }), asOf: "2027-02-01", errors: [{ messageId: "late", path: "/events/1/date" }] },
    { why: "taken formal on day 6", record: informal([], { type: "escalate", date: "2027-01-05", stage: "formal-1" }), asOf: "2027-02-01", errors: [{ messageId: "late", path: "/events/1/date" }] },
    { why: "still informal on day 6", record: informal([]), asOf: "2027-01-05", errors: [{ messageId: "overdue", path: "/events/0" }] },
    {
      why: "an action agreed for 15 January is not done and the concern is still informal on 18 January",
      record: informal([action("2027-01-15")]),
      asOf: "2027-01-18",
      errors: [
        { messageId: "overdue", path: "/events/0" },
        { messageId: "actionOverdue", path: "/events/0/agreedActions/0" },
      ],
    },
    {
      why: "an action done a day after its agreed date; the concern resolved that day too",
      record: informal([action("2027-01-15", { updates: [{ on: "2027-01-18", status: "done" }] })], { date: "2027-01-18" }),
      asOf: "2027-02-01",
      errors: [
        { messageId: "late", path: "/events/1/date" },
        { messageId: "actionLate", path: "/events/0/agreedActions/0/updates/0/on" },
      ],
    },
  ],
});
