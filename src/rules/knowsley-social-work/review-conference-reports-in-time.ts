/**
 * KSW-4.RCPC — Knowsley Practice Standards, section 4 (Working with children subject to CP plans):
 *   "Reports for Review CP Conferences are prepared at least 5 days before a conference and shared
 *   with parents, carers and children/young people in advance; If not a cause for concern letter will
 *   be sent;"
 *
 * "5 days" is read as working days (profiles/knowsley.json "review-conference-reports" says why).
 * Every report with a date it was shared with the family is checked, the social worker's too; a held
 * review conference with no sharing date at all is a warning: the record cannot show it was done.
 */
import { defineRule } from "../define-rule.js";
import { checkBefore, longDate } from "../helpers/index.js";
import { compareIsoDates, datePart } from "../../calendar/index.js";

export default defineRule({
  id: "review-conference-reports-in-time",
  appliesTo: ["cp-conference"],
  severity: "error",
  description: "Reports for a review conference are shared with the family at least {review-conference-reports} before it.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 4", requirement: "KSW-4.RCPC" },
  owns: ["review-conference-reports"],
  messages: {
    late: "A report for the review conference on {{trigger}} was shared with the family on {{done}}; it should have been shared by {{due}}, at least {{limit}} before.",
    notRecorded: "No report for the review conference on {{trigger}} is recorded as shared with the family beforehand.",
  },
  check(conference, ctx) {
    if (conference.conferenceType !== "review") {
      ctx.notApplicable("section 4 times reports for review conferences");
      return;
    }
    const shared: { done: string; path: string }[] = [];
    if (conference.socialWorkReport?.sharedWithFamilyAt) {
      shared.push({ done: conference.socialWorkReport.sharedWithFamilyAt, path: "/socialWorkReport/sharedWithFamilyAt" });
    }
    conference.reportsReceived.forEach((r, i) => {
      if (r.sharedWithFamilyOn) shared.push({ done: r.sharedWithFamilyOn, path: `/reportsReceived/${i}/sharedWithFamilyOn` });
    });
    if (shared.length === 0) {
      const t = ctx.timescale("review-conference-reports");
      const latest = ctx.calendar.addDuration(conference.conferenceDate, { value: -t.value, unit: t.unit });
      if (compareIsoDates(ctx.asOf, datePart(latest)) > 0) {
        ctx.report({ messageId: "notRecorded", path: "/reportsReceived", severity: "warning", timescale: "review-conference-reports", data: { trigger: longDate(conference.conferenceDate) } });
      } else ctx.notApplicable("no report shared yet, and the latest date has not passed");
      return;
    }
    for (const s of shared) {
      checkBefore(ctx, { trigger: conference.conferenceDate, done: s.done, timescale: "review-conference-reports", path: s.path, messages: { late: "late" } });
    }
  },
});
