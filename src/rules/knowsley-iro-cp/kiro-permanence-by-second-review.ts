/**
 * Knowsley IRO Standard 2.4 (Monitoring the Child's Plan to Permanence):
 *   "The IRO should be satisfied that plans for permanency have been identified by the second review."
 *
 * From review number 2 on, the record must show a permanence plan identified (permanence.planIdentified)
 * and which plan it is (permanence.plan). Not identified is a breach; "identified" with no plan named
 * is a warning at any review, since the record cannot show what was identified. At the first review
 * a plan not yet identified is not due: not applicable.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-permanence-by-second-review",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "A plan for permanence is identified by the child's second review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 2.4", requirement: "KIRO-2.4" },
  messages: {
    notIdentified: "This is review {{reviewNumber}} and no plan for permanence has been identified; it is expected by the second review.",
    planNotNamed: "The record says a plan for permanence was identified but does not say which plan.",
  },
  check(review, ctx) {
    const p = review.permanence;
    if (!p.planIdentified) {
      if (review.reviewNumber >= 2) {
        ctx.report({ messageId: "notIdentified", path: "/permanence/planIdentified", data: { reviewNumber: review.reviewNumber } });
      } else {
        ctx.notApplicable("first review: not yet due");
      }
      return;
    }
    if (p.plan === undefined) ctx.report({ messageId: "planNotNamed", path: "/permanence/plan", severity: "warning" });
  },
});
