/**
 * Knowsley CP Chair Standard 1.2 (Monitoring the Child's Plan):
 *   "CP Chair to complete Child Protection Plans within 24 hours of the Child Protection Review."
 *
 * The 24 hours live in the profile ("cp-plan-completed"); the clock is the conference (the standard
 * says "Review", and an initial conference makes the first plan, so both count). Hours are clock
 * hours, not working hours: the standard says hours, and a plan made on a Friday afternoon is due
 * on Saturday afternoon. With times on both the conference and the completion, the exact moment
 * decides (10:00 Monday → 10:00 Tuesday). Where either is a bare date, the hour is unknown and the
 * rule takes the reading that never calls a plan late when it may have been on time: 24 hours from
 * a bare date can end at the latest on the next day, and a completion given as a date on the due
 * day passes.
 *
 * A cp-plan record must have a completion time (the schema requires it), so there is no "overdue"
 * branch here: a plan that was never written has no record, and kcp-plan-for-each-child reports it
 * from the conference once the 24 hours have passed.
 *
 * In a case file the conference record is also read: if the plan gives a different conference date
 * from the record its conference ID names, the timing above may be measured from the wrong day, so
 * that is a warning.
 */
import { defineRule } from "../define-rule.js";
import { datePart } from "../../calendar/index.js";
import { checkWithin, longDate, recordsOfType } from "../helpers/index.js";

export default defineRule({
  id: "kcp-plan-within-24-hours",
  appliesTo: ["cp-plan"],
  severity: "error",
  description: "The chair completes the child protection plan within 24 hours of the conference.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.2", requirement: "KCP-1.2" },
  messages: {
    late: "The plan was completed on {{done}}, after the conference on {{trigger}}; it was due by {{due}} ({{limit}}).",
    conferenceMismatch:
      "The plan gives the conference date as {{planDate}}, but conference record {{conferenceId}} was held on {{recordDate}}. Correct the date so the plan is timed from the right day.",
  },
  check(plan, ctx) {
    checkWithin(ctx, {
      trigger: plan.conferenceDate,
      done: plan.completedAt,
      timescale: "cp-plan-completed",
      path: "/completedAt",
      messages: { late: "late" },
    });
    if (ctx.caseFile === undefined) return;
    const conf = recordsOfType(ctx.caseFile, "cp-conference").find((c) => c.record.id === plan.conferenceId)?.record;
    if (conf !== undefined && datePart(plan.conferenceDate) !== conf.conferenceDate) {
      ctx.report({
        messageId: "conferenceMismatch",
        path: "/conferenceDate",
        severity: "warning",
        data: { planDate: longDate(datePart(plan.conferenceDate)), recordDate: longDate(conf.conferenceDate), conferenceId: conf.id },
      });
    }
  },
});
