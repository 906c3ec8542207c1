/**
 * West Berkshire Standard 4, Build on the strengths of our multi-agency partnerships:
 *   "Where there are issues around attendance and provision of reports at conference, core groups
 *   and LAC reviews challenge the relevant agency directly and note for reporting purposes for LSCB."
 *
 * The record is what the LSCB report is built from, so it must let every agency's attendance and
 * report be counted. An attendee is taken as an agency's representative when an organisation is
 * named or whether they gave a report is recorded (family members have neither). Judgement calls:
 *  - No attendance recorded at all is an error: nothing can be reported.
 *  - An agency that sent apologies or did not attend must say whether it provided a report, or a
 *    missing report cannot be counted (error).
 *  - An absent agency representative with no organisation named is a warning: non-attendance is
 *    reported by agency.
 *  - Each agency that did not attend without apologies, or provided no report, is listed as an
 *    info finding ("note for reporting"), naming the role, never the person: these are the entries
 *    the LSCB report counts, and the prompt to challenge the agency. Apologies with a report
 *    provided is not an issue.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "wb-agency-attendance",
  appliesTo: ["looked-after-review", "cp-conference"],
  severity: "error",
  description: "Agency attendance and reports are recorded so non-attendance and missing reports can be challenged and reported to the LSCB.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 4", requirement: "WB-4.ATT" },
  messages: {
    noAttendance: "No attendance is recorded for this meeting, so agency attendance and reports cannot be reported.",
    reportNotStated: "The {{role}} {{absence}}; record whether their agency provided a report, so a missing report can be reported.",
    agencyNotNamed: "The {{role}} {{absence}}, but their agency is not named; non-attendance is reported by agency.",
    forReporting: "For the LSCB report: the {{role}} {{issue}}. Challenge the agency directly.",
  },
  check(record, ctx) {
    if (record.attendance.length === 0) {
      ctx.report({ messageId: "noAttendance", path: "/attendance" });
      return;
    }
    record.attendance.forEach((a, i) => {
      const isAgency = a.organisation !== undefined || a.reportProvided !== undefined;
      if (!isAgency || a.attendance === "present") {
        if (isAgency && a.reportProvided === false) {
          ctx.report({ messageId: "forReporting", path: `/attendance/${i}`, data: { role: a.role, issue: "attended without a report" }, severity: "info" });
        }
        return;
      }
      const absence = a.attendance === "apologies" ? "sent apologies" : "did not attend and sent no apologies";
      if (a.reportProvided === undefined) {
        ctx.report({ messageId: "reportNotStated", path: `/attendance/${i}/reportProvided`, data: { role: a.role, absence } });
      }
      if (a.organisation === undefined) {
        ctx.report({ messageId: "agencyNotNamed", path: `/attendance/${i}/organisation`, data: { role: a.role, absence }, severity: "warning" });
      }
      const issues = [
        ...(a.attendance === "did-not-attend" ? ["did not attend and sent no apologies"] : []),
        ...(a.reportProvided === false ? ["provided no report"] : []),
      ];
      if (issues.length > 0) {
        ctx.report({ messageId: "forReporting", path: `/attendance/${i}`, data: { role: a.role, issue: issues.join(" and ") }, severity: "info" });
      }
    });
  },
});
