/**
 * Knowsley IRO Standard 6.2 (Escalation Process):
 *   "The IRO will consider referring the matter to Cafcass at an early stage if that appears to be the
 *   most effective way of resolving the issue. Outcomes will be inputted within 5 working days."
 *
 * "Outcomes" here are the escalation's outcomes, so the clock starts when the escalation is resolved
 * (outcome.resolvedOn, day 0) and stops when the outcome is entered on the child's record
 * (outcome.recordedOn). The number is the profile's "escalation-outcome-recorded" timescale. An
 * escalation that is not resolved yet has no outcome to record: not applicable. The Cafcass half of
 * the paragraph is kiro-cafcass-considered.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkWithin } from "../helpers/index.js";

export default defineRule({
  id: "kiro-escalation-outcome-recorded",
  appliesTo: ["escalation"],
  severity: "error",
  description: "The outcome of an escalation is entered on the child's record within the profile's timescale, counted from its resolution.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 6.2", requirement: "KIRO-6.2" },
  owns: ["escalation-outcome-recorded"],
  messages: {
    late: "The escalation's outcome was recorded on {{done}}, {{elapsed}} after it was resolved on {{trigger}}; it was due by {{due}} ({{limit}}).",
    overdue: "The escalation was resolved on {{trigger}}; its outcome was due on the child's record by {{due}} ({{limit}}) and no date is recorded as of {{asOf}}.",
  },
  check(escalation, ctx) {
    const outcome = escalation.outcome;
    if (outcome === undefined) {
      ctx.notApplicable("not resolved yet");
      return;
    }
    const due = checkWithin(ctx, {
      trigger: outcome.resolvedOn,
      done: outcome.recordedOn,
      timescale: "escalation-outcome-recorded",
      path: "/outcome/recordedOn",
      messages: { late: "late", overdue: "overdue" },
    });
    if (outcome.recordedOn === undefined && compareIsoDates(ctx.asOf, due) <= 0) ctx.notApplicable("outcome not yet due");
  },
});
