/**
 * Knowsley IRO Standard 2.9 (Monitoring the Child's Plan to Permanence):
 *   "IROs will prepare timely minutes according to the requirements of the Local Authority within
 *   20 working days and outcomes will be inputted within 5 working days."
 *
 * This rule is the first half (minutes); kiro-outcomes-timely is the second. The number lives in the
 * profile ("lac-minutes"). The standard is about the IRO *preparing* the minutes, so the date the IRO
 * completed them counts; where only the date they were sent is recorded, that is used instead
 * (minutes cannot be sent before they are written, so a sent date on time proves completion on time).
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkWithin } from "../helpers/index.js";

export default defineRule({
  id: "kiro-minutes-timely",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The IRO completes the review minutes within the profile's minutes timescale, counted from the review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.9", requirement: "KIRO-2.9" },
  owns: ["lac-minutes"],
  messages: {
    late: "The minutes were completed on {{done}}, {{elapsed}} after the review on {{trigger}}; they were due by {{due}} ({{limit}}).",
    lateSent: "The minutes were sent on {{done}}, {{elapsed}} after the review on {{trigger}}, and no earlier completion date is recorded; they were due by {{due}} ({{limit}}).",
    overdue: "The minutes of the review on {{trigger}} were due by {{due}} ({{limit}}) and no completion date is recorded as of {{asOf}}.",
  },
  check(review, ctx) {
    const completed = review.minutes?.completedOn;
    const sent = review.minutes?.sentOn;
    const bySent = completed === undefined && sent !== undefined;
    const due = checkWithin(ctx, {
      trigger: review.reviewDate,
      done: completed ?? sent,
      timescale: "lac-minutes",
      path: bySent ? "/minutes/sentOn" : "/minutes/completedOn",
      messages: { late: bySent ? "lateSent" : "late", overdue: "overdue" },
    });
    // Not done and not yet due: nothing to judge yet.
    if (completed === undefined && sent === undefined && compareIsoDates(ctx.asOf, due) <= 0) ctx.notApplicable("minutes not yet due");
  },
});
