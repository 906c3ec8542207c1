/**
 * Gloucestershire PRP Protocol, Section 3 Responding to good and outstanding practice (GL-3):
 *   "… these should be acknowledged through a 'good practice note'. The note should be completed with
 *   details of the good practice and how it has impacted on the child and family involved. This note
 *   should be sent directly to the social worker, copying in their team manager."
 *
 * The schema makes the practice, the impact, the recipient and the copy required; this rule checks
 * what it cannot: the practice and impact say something (not blank), the note goes to a social
 * worker and is copied to a team manager (roles compared ignoring case, spaces and hyphens). A
 * recipient with no role given is a warning to add it.
 */
import { defineRule } from "../define-rule.js";
import { roleIsOneOf } from "../helpers/index.js";

const SOCIAL_WORKER = ["Social Worker", "Senior Social Worker"];
const TEAM_MANAGER = ["Team Manager"];

export default defineRule({
  id: "gl-good-practice-note",
  appliesTo: ["good-practice-note"],
  severity: "error",
  description: "A good practice note gives the practice and its impact on the child and family, goes to the social worker and copies in the team manager.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 3", requirement: "GL-3" },
  messages: {
    blank: "The note's {{field}} is blank; the protocol asks for details of the good practice and how it affected the child and family.",
    notToSocialWorker: "The note is sent to a {{role}}; the protocol sends it directly to the social worker.",
    ccNotTeamManager: "The note is copied to a {{role}}; the protocol copies in the social worker's team manager.",
    roleMissing: "The {{who}} has no role recorded; please add it, so the note shows it went to the social worker and their team manager.",
  },
  check(note, ctx) {
    if (note.practice.trim() === "") ctx.report({ messageId: "blank", path: "/practice", data: { field: "good practice" } });
    if (note.impact.trim() === "") ctx.report({ messageId: "blank", path: "/impact", data: { field: "impact on the child and family" } });
    if (note.to.role === undefined) ctx.report({ messageId: "roleMissing", path: "/to/role", data: { who: "person the note was sent to" }, severity: "warning" });
    else if (!roleIsOneOf(note.to.role, SOCIAL_WORKER)) ctx.report({ messageId: "notToSocialWorker", path: "/to/role", data: { role: note.to.role } });
    if (note.cc.role === undefined) ctx.report({ messageId: "roleMissing", path: "/cc/role", data: { who: "person copied in" }, severity: "warning" });
    else if (!roleIsOneOf(note.cc.role, TEAM_MANAGER)) ctx.report({ messageId: "ccNotTeamManager", path: "/cc/role", data: { role: note.cc.role } });
  },
});
