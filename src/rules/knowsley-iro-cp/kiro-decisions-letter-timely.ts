/**
 * Knowsley IRO Standard 1.11 (Working in a Child Centred Manner):
 *   "The IRO will ensure that the child receives a copy of all decisions in a child friendly format
 *   and fully explained to the child according to their age and understanding."
 *
 * The standard sets no time; the profile's "child-decisions-letter" timescale supplies it (in
 * Knowsley the minutes' 20 working days of Standard 2.9, with a unitNote saying why), counted from
 * the review. The letter's sentOn date must fall within it; with no letter or no sent date the rule
 * reports overdue once the due date has passed. A review that made no decisions has no decisions to
 * copy to the child: not applicable. How the letter reads is kiro-decisions-child-friendly.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkWithin } from "../helpers/index.js";

export default defineRule({
  id: "kiro-decisions-letter-timely",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The child's own copy of the review decisions is sent within the decisions letter timescale.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.11", requirement: "KIRO-1.11" },
  owns: ["child-decisions-letter"],
  messages: {
    late: "The child's copy of the decisions was sent on {{done}}, {{elapsed}} after the review on {{trigger}}; it was due by {{due}} ({{limit}}).",
    overdue: "The child's copy of the decisions of the review on {{trigger}} was due by {{due}} ({{limit}}) and no sent date is recorded as of {{asOf}}.",
  },
  check(review, ctx) {
    if (review.decisions.length === 0) {
      ctx.notApplicable("no decisions");
      return;
    }
    const sentOn = review.childDecisionsLetter?.sentOn;
    const due = checkWithin(ctx, {
      trigger: review.reviewDate,
      done: sentOn,
      timescale: "child-decisions-letter",
      path: "/childDecisionsLetter/sentOn",
      messages: { late: "late", overdue: "overdue" },
    });
    if (sentOn === undefined && compareIsoDates(ctx.asOf, due) <= 0) ctx.notApplicable("letter not yet due");
  },
});
