/**
 * Gloucestershire PRP Protocol, Section 5.1, Grading (GL-5.1):
 *   "Inadequate ratings should only be used where the impact for the child shows a significant cause
 *   for concern. Where a case is inadequate IRO's must raise a formal challenge.
 *   Should an IRO Grade Requires Improvement (RI), it is anticipated that consideration is given to
 *   raising an escalation. This may be informal or formal depending on the seriousness of the concern
 *   leading to an RI grading.
 *   A rating of Good or Outstanding should be celebrated and shared with the Social Worker and Team Manager."
 *
 * On the QA progress review itself: Requires Improvement → an escalation decision is recorded (a
 * warning: the protocol "anticipates" it); Inadequate → a decision recorded is a formal one (whether
 * the formal challenge is in the case file, and in time, is gl-qapr-inadequate-challenge); Good or
 * Outstanding on the IRO form → shared with the Social Worker and the Team Manager. Section 5.2
 * (CP Chairs) says QARs challenge inadequate and RI practice too, so the first two apply to both
 * forms; sharing is asked of the IRO form only.
 */
import { defineRule } from "../define-rule.js";
import { listRoles, missingRoles } from "../../escalation/index.js";

const SHARE_WITH = ["Social Worker", "Team Manager"];

export default defineRule({
  id: "gl-qapr-grade-follow-up",
  appliesTo: ["qa-progress-review"],
  severity: "error",
  description: "A QA progress review's grade is followed up: an escalation decision for Requires Improvement, a formal challenge for Inadequate, and Good or Outstanding shared.",
  source: { document: "003_d67215d843be25d1.txt", paragraph: "Section 5.1", requirement: "GL-5.1" },
  messages: {
    noDecision: "The review is graded Requires Improvement but no escalation decision is recorded; the protocol expects raising an escalation to be considered.",
    inadequateNotFormal: "The review is graded Inadequate but the escalation decision recorded is {{decision}}; where a case is inadequate the IRO must raise a formal challenge.",
    notShared: "The review is graded {{grade}} but is not recorded as shared with {{missing}}; the protocol asks that it be celebrated and shared with them.",
  },
  check(review, ctx) {
    const decision = review.escalationDecision;
    switch (review.grade) {
      case "Requires Improvement":
        if (!decision) ctx.report({ messageId: "noDecision", path: "/escalationDecision", severity: "warning" });
        return;
      case "Inadequate":
        if (decision && decision.decision !== "formal") {
          ctx.report({ messageId: "inadequateNotFormal", path: "/escalationDecision/decision", data: { decision: decision.decision === "none" ? "no escalation" : "an informal one" } });
        }
        return;
      case "Good":
      case "Outstanding": {
        if (review.form !== "iro") {
          ctx.notApplicable("sharing a good grade is asked of the IRO form");
          return;
        }
        const missing = missingRoles(SHARE_WITH, review.sharedWith);
        if (missing.length) ctx.report({ messageId: "notShared", path: "/sharedWith", data: { grade: review.grade, missing: listRoles(missing) } });
      }
    }
  },
});
