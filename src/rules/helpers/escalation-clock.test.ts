import { testRule } from "../test-rule.js";
import { defineRule } from "../define-rule.js";
import { escalation } from "../../../test/fixtures/records.js";
import type { Escalation, EscalationEvent } from "../../types/index.js";
import { checkFormalTotal, checkStageResponses } from "./escalation-clock.js";

/** A throwaway rule over both helpers under the england ladder, to test them as a rule sees them. */
const rule = defineRule({
  id: "test-escalation-clock",
  appliesTo: ["escalation"],
  severity: "error",
  description: "Test rule for the escalation clock helpers.",
  source: { document: "IRO-Handbook-2010", paragraph: "para 6.2", requirement: "NAT-HB-6.2" },
  // Only a timescale's owner reports it: the test rule takes both over from the national rules.
  overrides: ["escalation-stage-response", "escalation-total"],
  messages: {
    late: "{{stage}} reached {{trigger}}, answered {{done}}, due {{due}} ({{limit}}).",
    unanswered: "{{stage}} reached {{trigger}}, left {{ended}} unanswered, due {{due}}.",
    overdue: "{{stage}} reached {{trigger}}, due {{due}}, still waiting on {{asOf}}.",
    totalLate: "Formal from {{trigger}}, closed {{done}}, due {{due}} ({{limit}}).",
    totalOverdue: "Formal from {{trigger}}, open on {{asOf}}, due {{due}}.",
  },
  check(e, ctx) {
    checkStageResponses(ctx, e, { stages: "formal", timescale: "escalation-stage-response", messages: { late: "late", unanswered: "unanswered", overdue: "overdue" } });
    checkFormalTotal(ctx, e, { timescale: "escalation-total", messages: { late: "totalLate", overdue: "totalOverdue" } });
  },
});

const iro = { name: "Siân Llŷr" };

/** Formal stage 1 on Wednesday 23 December 2026: response due Monday 4 January 2027, the whole process Monday 25 January 2027. */
function formal(...steps: Pick<EscalationEvent, "type" | "date">[]): Escalation {
  const e = escalation();
  e.events = [{ type: "raise-formal", date: "2026-12-23", stage: "formal-1", by: iro, text: "Raised." }, ...steps.map((s) => ({ ...s, by: iro, text: "Step." }))];
  return e;
}

testRule(rule, {
  profile: "england",
  valid: [
    { why: "answered on day 5 and resolved on day 20", record: formal({ type: "respond", date: "2027-01-04" }, { type: "resolve", date: "2027-01-25" }), asOf: "2027-03-01" },
    { why: "resolved on day 6 with no response: without a resolvedUnanswered message nothing is reported", record: formal({ type: "resolve", date: "2027-01-05" }), asOf: "2027-03-01" },
    { why: "informal only: neither clock applies", record: escalation(), asOf: "2027-03-01" },
  ],
  invalid: [
    {
      why: "answered on day 6 and resolved on day 21",
      record: formal({ type: "respond", date: "2027-01-05" }, { type: "resolve", date: "2027-01-26" }),
      asOf: "2027-03-01",
      errors: [{ messageId: "late", path: "/events/1/date" }, { messageId: "totalLate", path: "/events/2/date" }],
    },
    {
      why: "escalated on day 6 unanswered; stage 2 (from 5 January, due 12 January) still waiting on day 21 of the whole",
      record: formal({ type: "escalate", date: "2027-01-05" }),
      asOf: "2027-01-26",
      errors: [
        { messageId: "unanswered", path: "/events/0" },
        { messageId: "overdue", path: "/events/1" },
        { messageId: "totalOverdue", path: "/events/0" },
      ],
    },
  ],
});
