/**
 * Knowsley CP Chair Standard 1.2 (Monitoring the Child's Plan):
 *   "CP Chair to complete Child Protection Plans within 24 hours of the Child Protection Review."
 *
 * The 24 hours live in the profile ("cp-plan-completed"); the clock is the conference (the standard
 * says "Review", and an initial conference makes the first plan, so both count). "Within 24 hours of"
 * a meeting could run from its start or its end; the profile's reading "kcp-plan-24-hours-from-end"
 * takes the end, where the conference record (conferenceEndedAt) or event (endedAt) gives it: the
 * plan is what the conference decided, so it cannot be written before the conference ends, and
 * timing it from the start would take a long conference's length off the chair's 24 hours. Hours are clock
 * hours, not working hours: the standard says hours, and a plan made on a Friday afternoon is due
 * on Saturday afternoon. With times on both the conference and the completion, the exact moment
 * decides (10:00 Monday → 10:00 Tuesday). Where either is a bare date, the hour is unknown and the
 * rule takes the reading that never calls a plan late when it may have been on time: 24 hours from
 * a bare date can end at the latest on the next day, and a completion given as a date on the due
 * day passes.
 *
 * This rule owns the "cp-plan-completed" timescale. A cp-plan record validated on its own is timed
 * here. In a case file the timing comes from the timeline's "cp-plan-completed" items, as
 * `deadlines` lists them: a plan done late, and, for a conference recorded only as an event (or a
 * record) with no plan after 24 hours, the plan overdue, with the same due date `deadlines` shows.
 *
 * In a case file the conference record is also read: if the plan gives a different conference date
 * from the record its conference ID names, the timing above may be measured from the wrong day, so
 * that is a warning.
 */
import { defineRule } from "../define-rule.js";
import { datePart } from "../../calendar/index.js";
import { checkWithin, longDate, recordsOfType } from "../helpers/index.js";
import { reportOwnedItems, TIMELINE_MESSAGES } from "../timeline-rule.js";

export default defineRule({
  id: "kcp-plan-within-24-hours",
  appliesTo: ["cp-plan", "case-file"],
  severity: "error",
  description: "The chair completes the child protection plan within {cp-plan-completed} of the conference.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.2", requirement: "KCP-1.2" },
  owns: ["cp-plan-completed"],
  messages: {
    late: "The plan was completed on {{done}}, after the conference on {{trigger}}; it was due by {{due}} ({{limit}}).",
    lateInCaseFile: TIMELINE_MESSAGES.late,
    overdue: TIMELINE_MESSAGES.overdue,
    conferenceMismatch:
      "The plan gives the conference date as {{planDate}}, but conference record {{conferenceId}} was held on {{recordDate}}. Correct the date so the plan is timed from the right day.",
  },
  check(record, ctx) {
    if (record.recordType === "case-file") {
      if (!reportOwnedItems(record, ctx, ["cp-plan-completed"], { late: "lateInCaseFile", overdue: "overdue" })) ctx.notApplicable();
      return;
    }
    const plan = record;
    if (ctx.caseFile === undefined) {
      checkWithin(ctx, { trigger: plan.conferenceDate, done: plan.completedAt, timescale: "cp-plan-completed", path: "/completedAt", messages: { late: "late" } });
      return;
    }
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
