/**
 * Knowsley IRO Standard 2.9 (Monitoring the Child's Plan to Permanence):
 *   "IROs will prepare timely minutes according to the requirements of the Local Authority within
 *   20 working days and outcomes will be inputted within 5 working days."
 *
 * This rule is the second half: the review's outcomes (its decisions) entered on the child's record
 * within the "lac-outcomes" timescale of the review (5 working days in Knowsley). kiro-minutes-timely
 * checks the minutes.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkWithin } from "../helpers/index.js";

export default defineRule({
  id: "kiro-outcomes-timely",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The review's outcomes are entered on the child's record within the profile's outcomes timescale, counted from the review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.9", requirement: "KIRO-2.9" },
  owns: ["lac-outcomes"],
  messages: {
    late: "The review outcomes were recorded on {{done}}, {{elapsed}} after the review on {{trigger}}; they were due by {{due}} ({{limit}}).",
    overdue: "The outcomes of the review on {{trigger}} were due on the child's record by {{due}} ({{limit}}) and no date is recorded as of {{asOf}}.",
  },
  check(review, ctx) {
    const due = checkWithin(ctx, {
      trigger: review.reviewDate,
      done: review.outcomesRecordedOn,
      timescale: "lac-outcomes",
      path: "/outcomesRecordedOn",
      messages: { late: "late", overdue: "overdue" },
    });
    if (review.outcomesRecordedOn === undefined && compareIsoDates(ctx.asOf, due) <= 0) ctx.notApplicable("outcomes not yet due");
  },
});
