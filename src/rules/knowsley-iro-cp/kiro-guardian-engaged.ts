/**
 * Knowsley IRO Standard 1.9 (Working in a Child Centred Manner):
 *   "The IRO will engage with the child's guardian in line with the Cafcass protocol in order to
 *   ensure effective communication about the child's care plan."
 *
 * A children's guardian is appointed only in care proceedings, so the duty applies where the review
 * records careProceedings: true. Then the guardian must be recorded and the IRO must have engaged
 * with them; either missing is a breach. An interim care order is made only within care proceedings,
 * so a child on one with proceedings recorded as absent or not at all is a contradiction the IRO is
 * asked to check (a warning). Otherwise there is nothing to check.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-guardian-engaged",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "Where there are care proceedings, the record names the child's guardian and shows the IRO engaged with them.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.9", requirement: "KIRO-1.9" },
  messages: {
    noGuardian: "There are care proceedings but the child's guardian is not recorded; the IRO engages with the guardian about the care plan.",
    notEngaged: "There are care proceedings and the record says the IRO has not engaged with the child's guardian about the care plan.",
    proceedingsUnclear: "The child is on an interim care order, which is made only in care proceedings, but the record does not show care proceedings; please check, and record the IRO's contact with the guardian.",
  },
  check(review, ctx) {
    if (review.careProceedings !== true) {
      if (review.legalStatus === "interim-care-order") {
        ctx.report({ messageId: "proceedingsUnclear", path: "/careProceedings", severity: "warning" });
      } else {
        ctx.notApplicable("no care proceedings");
      }
      return;
    }
    if (review.guardian === undefined) ctx.report({ messageId: "noGuardian", path: "/guardian/engaged" });
    else if (!review.guardian.engaged) ctx.report({ messageId: "notEngaged", path: "/guardian/engaged" });
  },
});
