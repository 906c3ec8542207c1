/**
 * KSW-3.REP — Knowsley Practice Standards, section 3 (Initial Child Protection Conference):
 *   "I have shared my ICPC report with the family not less than 24 hours in advance of the conference
 *   and noted their comments;"
 *   "The report has been sent to the Safeguarding and Quality Assurance 3 working days before the
 *   conference."
 *
 * The social worker's report is the conference's socialWorkReport or, where that is not filled in,
 * any report received from a social worker. With the conference's start time, 24 hours is exact;
 * from a date alone, sharing on the day before passes. A held conference with no date recorded for
 * either step is a warning: the standard may have been met, but the record cannot show it.
 */
import { defineRule, type RuleContext } from "../define-rule.js";
import { checkBefore, longDate } from "../helpers/index.js";
import { compareIsoDates, datePart } from "../../calendar/index.js";

interface Step {
  done: string | undefined;
  path: string;
  timescale: "conference-report-to-family" | "conference-report-to-qa";
}

function missing(ctx: RuleContext, step: Step, conferenceAt: string): void {
  const latest = ctx.calendar.addDuration(conferenceAt, { value: -ctx.timescale(step.timescale).value, unit: ctx.timescale(step.timescale).unit });
  if (compareIsoDates(ctx.asOf, datePart(latest)) <= 0) return;
  const messageId = step.timescale === "conference-report-to-family" ? "familyNotRecorded" : "qaNotRecorded";
  ctx.report({ messageId, path: step.path, severity: "warning", timescale: step.timescale, data: { trigger: longDate(conferenceAt) } });
}

export default defineRule({
  id: "conference-report-shared-in-time",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "The social worker's initial conference report is shared with the family at least {conference-report-to-family} before, and sent to the QA unit {conference-report-to-qa} before.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 3", requirement: "KSW-3.REP" },
  owns: ["conference-report-to-family", "conference-report-to-qa"],
  messages: {
    familyLate: "The social worker's report was shared with the family on {{done}}; it should have been shared by {{due}}, at least {{limit}} before the conference on {{trigger}}.",
    qaLate: "The social worker's report was sent to the QA unit on {{done}}; it should have been sent by {{due}}, {{limit}} before the conference on {{trigger}}.",
    familyNotRecorded: "No date is recorded for sharing the social worker's report with the family before the conference on {{trigger}}.",
    qaNotRecorded: "No date is recorded for sending the social worker's report to the QA unit before the conference on {{trigger}}.",
  },
  check(conference, ctx) {
    if (conference.conferenceType !== "initial") {
      ctx.notApplicable("section 3 times the initial conference's report");
      return;
    }
    const at = conference.conferenceStartedAt ?? conference.conferenceDate;
    const steps: Step[] = [];
    const swr = conference.socialWorkReport;
    if (swr) {
      steps.push({ done: swr.sharedWithFamilyAt, path: "/socialWorkReport/sharedWithFamilyAt", timescale: "conference-report-to-family" });
      steps.push({ done: swr.sentToQaOn, path: "/socialWorkReport/sentToQaOn", timescale: "conference-report-to-qa" });
    } else {
      const i = conference.reportsReceived.findIndex((r) => /social worker/i.test(r.role ?? (typeof r.from === "string" ? "" : (r.from.role ?? ""))));
      const r = conference.reportsReceived[i];
      const base = r ? `/reportsReceived/${i}` : "/socialWorkReport";
      steps.push({ done: r?.sharedWithFamilyOn, path: `${base}/${r ? "sharedWithFamilyOn" : "sharedWithFamilyAt"}`, timescale: "conference-report-to-family" });
      steps.push({ done: r?.sentToQaOn, path: `${base}/sentToQaOn`, timescale: "conference-report-to-qa" });
    }
    for (const step of steps) {
      if (step.done === undefined) {
        missing(ctx, step, at);
        continue;
      }
      const late = step.timescale === "conference-report-to-family" ? "familyLate" : "qaLate";
      checkBefore(ctx, { trigger: at, done: step.done, timescale: step.timescale, path: step.path, messages: { late } });
    }
  },
});
