/**
 * Gloucestershire PRP Protocol, Section 4.2 and the stage table (GL-4.2):
 *   "The timescale from the point of being formally raised to resolution should be no more than 20
 *   working days (IRO Handbook, 6.2). For this reason, each stage of the formal process has a maximum
 *   response time of 5 working days."
 *   Flow chart: "Managers follow up the concern in the child's timescales and no later than 5 working
 *   days and completes the PRP Form in Liquid Logic." Stage table: Formal 1 to 4, "5 Working Days".
 *
 * Each formal level reached (raised there, or escalated to it) is day 0; the due date is the
 * ladder's response time for that level, from the escalation state machine. A level escalated after
 * its due date with no response recorded is the manager not responding; escalated sooner, none was needed.
 */
import { defineRule } from "../define-rule.js";
import { checkStageResponses } from "../helpers/index.js";

export default defineRule({
  id: "gl-level-response",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The manager at each formal PRP level responds within {escalation-stage-response} of the form being delegated to them.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 4.2 and the stage table", requirement: "GL-4.2" },
  overrides: ["escalation-stage-response"],
  messages: {
    late: "{{stage}} was delegated on {{trigger}} and the manager responded on {{done}}; the response was due by {{due}} ({{limit}}).",
    unanswered: "{{stage}} was delegated on {{trigger}} and no response is recorded before it was escalated on {{ended}}; the response was due by {{due}} ({{limit}}).",
    overdue: "{{stage}} was delegated on {{trigger}} and no response is recorded; it was due by {{due}} ({{limit}}).",
    resolvedUnanswered:
      "{{stage}} was delegated on {{trigger}} and no response is recorded, though it was resolved on {{ended}}, after the response was due by {{due}}; please record when the manager responded.",
  },
  check(escalation, ctx) {
    checkStageResponses(ctx, escalation, {
      stages: "formal",
      timescale: "escalation-stage-response",
      messages: { late: "late", unanswered: "unanswered", overdue: "overdue", resolvedUnanswered: "resolvedUnanswered" },
    });
  },
});
