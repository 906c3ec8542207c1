/**
 * Knowsley CP Chair Standard 1.4 (Monitoring the Child's Plan):
 *   "CP Chair to make sure that Child Protection Conference minutes are amended and ready for
 *   distribution within 15 days of the Child Protection Conference."
 *
 * The number and its unit live in the profile ("cp-minutes": 15 working days; the standard gives no
 * unit, and the profile's unitNote says why working days). The conference is day 0. The standard
 * times the minutes being *ready*, so the ready date counts; where only the distribution date is
 * recorded, that is used instead, since minutes cannot be sent out before they are ready.
 * No date at all is reported as overdue once the due date has passed ctx.asOf, and is "not
 * applicable" before then (not yet due is not the same as on time).
 *
 * This rule owns "cp-minutes". In a case file the timing comes from the timeline's "cp-minutes"
 * items, as `deadlines` lists them, so a conference recorded only as an event is timed too (its
 * minutes from the event's minutesDistributedOn) and both commands give the same due date.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkWithin } from "../helpers/index.js";
import { reportOwnedItems, TIMELINE_MESSAGES } from "../timeline-rule.js";

export default defineRule({
  id: "kcp-minutes-ready",
  appliesTo: ["cp-conference", "case-file"],
  severity: "error",
  description: "Conference minutes are amended and ready for distribution within {cp-minutes}.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.4", requirement: "KCP-1.4" },
  owns: ["cp-minutes"],
  messages: {
    late: "The conference minutes were ready on {{done}}, {{elapsed}} after the conference on {{trigger}}; they were due by {{due}} ({{limit}}).",
    overdue: "The minutes of the conference on {{trigger}} were due by {{due}} ({{limit}}) and no date they were ready is recorded as of {{asOf}}.",
    lateInCaseFile: TIMELINE_MESSAGES.late,
    overdueInCaseFile: TIMELINE_MESSAGES.overdue,
  },
  check(record, ctx) {
    if (record.recordType === "case-file") {
      if (!reportOwnedItems(record, ctx, ["cp-minutes"], { late: "lateInCaseFile", overdue: "overdueInCaseFile" })) ctx.notApplicable();
      return;
    }
    if (ctx.caseFile !== undefined) {
      ctx.notApplicable("timed from the case file's timeline");
      return;
    }
    const conf = record;
    const ready = conf.minutes?.readyOn;
    const distributed = conf.minutes?.distributedOn;
    const due = checkWithin(ctx, {
      trigger: conf.conferenceDate,
      done: ready ?? distributed,
      timescale: "cp-minutes",
      path: ready !== undefined || distributed === undefined ? "/minutes/readyOn" : "/minutes/distributedOn",
      messages: { late: "late", overdue: "overdue" },
    });
    if (ready === undefined && distributed === undefined && compareIsoDates(ctx.asOf, due) <= 0) ctx.notApplicable("minutes not yet due");
  },
});
