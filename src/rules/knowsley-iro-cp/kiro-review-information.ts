/**
 * Knowsley IRO Standard 3.1 (Working with Partners):
 *   "Each review process will have the necessary information available and people attending, to
 *   ensure clear, robust and informed judgements are made about the progress of the care plan. This
 *   will be achieved through consultation with the child and all professionals supporting the care
 *   plan."
 *
 * What the record can show: who was invited and attended (attendance) and what reports the review had
 * (reportsReceived, or attendees who provided one). No attendance recorded, or no report at all, means
 * the review cannot show it had the information and people it needed: errors. The social worker holds
 * the care plan, so a review where the social worker neither attended nor sent a report is a warning
 * asking the IRO to check the judgements were informed (a manager may have covered). Roles are matched
 * ignoring case, spaces and hyphens, as the schema says; any role containing "social worker" counts.
 */
import { defineRule } from "../define-rule.js";
import { normaliseRole } from "../helpers/index.js";

/** "Social Worker", "senior social-worker", "Social Worker (Leaving Care)" all hold the care plan. */
function isSocialWorker(role: string | undefined): boolean {
  if (role === undefined) return false;
  // Records repeat a handful of role names: each is lower-cased and stripped once, not at every attendee.
  let known = socialWorkerRoles.get(role);
  if (known === undefined) {
    if (socialWorkerRoles.size >= ROLES_KEPT) socialWorkerRoles.clear();
    socialWorkerRoles.set(role, (known = normaliseRole(role).includes("socialworker")));
  }
  return known;
}

/** Roles already judged, up to ROLES_KEPT of them (free text: a long run must not keep every one). */
const socialWorkerRoles = new Map<string, boolean>();
const ROLES_KEPT = 1000;

export default defineRule({
  id: "kiro-review-information",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The review record shows who attended and the reports it had, including from the social worker.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 3.1", requirement: "KIRO-3.1" },
  messages: {
    noAttendance: "The review record does not say who was invited or who attended.",
    noReports: "The review record shows no reports for the review; the review needs the information to judge the progress of the care plan.",
    noSocialWorker: "The social worker neither attended the review nor sent a report; please check the review had what it needed about the care plan.",
  },
  check(review, ctx) {
    if (review.attendance.length === 0) ctx.report({ messageId: "noAttendance", path: "/attendance" });
    const anyReport = review.reportsReceived.length > 0 || review.attendance.some((a) => a.reportProvided === true);
    if (!anyReport) ctx.report({ messageId: "noReports", path: "/reportsReceived" });
    if (review.attendance.length === 0) return;
    const social =
      // Whether they were there or sent a report is read first: the role is judged only for those who were.
      review.attendance.some((a) => (a.attendance === "present" || a.reportProvided === true) && isSocialWorker(a.role)) ||
      review.reportsReceived.some((r) => isSocialWorker(r.role ?? (typeof r.from === "string" ? undefined : r.from.role)));
    if (!social) ctx.report({ messageId: "noSocialWorker", path: "/attendance", severity: "warning" });
  },
});
