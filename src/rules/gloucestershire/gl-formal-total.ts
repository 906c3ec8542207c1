/**
 * Gloucestershire PRP Protocol, Section 4.2 and the stage table (GL-4.2):
 *   "The timescale from the point of being formally raised to resolution should be no more than 20
 *   working days (IRO Handbook, 6.2)."
 *   Stage table note: "The Formal Stages of the PRP must not exceed 20 working days in total."
 *
 * Day 0 is the first formal step (raised at a formal level, or escalated from informal); the clock
 * does not restart at each level. The due date comes from the escalation state machine.
 */
import { defineRule } from "../define-rule.js";
import { checkFormalTotal } from "../helpers/index.js";

export default defineRule({
  id: "gl-formal-total",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The formal PRP levels together end in resolution within {escalation-total} of the concern being formally raised.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.2 and the stage table", requirement: "GL-4.2" },
  overrides: ["escalation-total"],
  messages: {
    late: "The concern was formally raised on {{trigger}} and resolved on {{done}}; the formal stages must not exceed {{limit}} in total, so it was due by {{due}}.",
    overdue: "The concern was formally raised on {{trigger}} and is not resolved; the formal stages must not exceed {{limit}} in total, so it was due by {{due}}.",
  },
  check(escalation, ctx) {
    checkFormalTotal(ctx, escalation, { timescale: "escalation-total", messages: { late: "late", overdue: "overdue" } });
  },
});
