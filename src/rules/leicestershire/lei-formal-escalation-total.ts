/**
 * Leicestershire, Formal Escalation Process (LEI-FE-20):
 *   "Once the Formal Escalation step has been accessed, the resolution period is 20 working days."
 *   "Total timescale for the Formal Escalation Process is 20 working days (IRO Handbook) if
 *   resolution not achieved sooner."
 *
 * Day 0 is the first formal step, however the escalation got there (raised formally, or escalated
 * from a Positive Challenge), and the clock does not restart at each stage. The due date comes from
 * the escalation state machine (the ladder's total formal time).
 */
import { defineRule } from "../define-rule.js";
import { checkFormalTotal } from "../helpers/index.js";

export default defineRule({
  id: "lei-formal-escalation-total",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The Formal Escalation Process is resolved within {escalation-total} of the Formal Escalation step being accessed.",
  source: { document: "001_184c5097ab010ef4.txt", paragraph: "Formal Escalation Process", requirement: "LEI-FE-20" },
  overrides: ["escalation-total"],
  messages: {
    late: "The Formal Escalation Process began on {{trigger}} and was resolved on {{done}}; the resolution period ended on {{due}} ({{limit}}).",
    overdue: "The Formal Escalation Process began on {{trigger}} and is not resolved; the resolution period ended on {{due}} ({{limit}}).",
  },
  check(escalation, ctx) {
    checkFormalTotal(ctx, escalation, { timescale: "escalation-total", messages: { late: "late", overdue: "overdue" } });
  },
});
