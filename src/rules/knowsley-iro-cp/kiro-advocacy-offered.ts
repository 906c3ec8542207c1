/**
 * Knowsley IRO Standard 1.12 (Working in a Child Centred Manner):
 *   "Where necessary the IRO will take steps to assist children in pursuing their rights through, for
 *   example, access to advocacy service (NYAS)."
 *
 * "Where necessary" is read with the profile's advocacy policy: Knowsley's profile names NYAS and an
 * age (advocacy.minAge, 11, from Section 3 of its social work standards; its citation names this
 * standard too) from which children are referred. A child that age or older at the review who was
 * not offered an advocate is a breach (error); a younger child not offered one is a warning asking
 * the IRO to check it was not needed. Where advocacy was offered, the record should say what
 * happened: a referral date or the reason the child declined (a warning if neither). The child's age
 * is never put in the message.
 */
import { defineRule } from "../define-rule.js";
import { ageOn } from "../helpers/index.js";

export default defineRule({
  id: "kiro-advocacy-offered",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The child was offered an advocate (required from the profile's advocacy age, otherwise checked), and the referral or the child's choice is recorded.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.12", requirement: "KIRO-1.12" },
  messages: {
    notOfferedAge: "The child is {{minAge}} or older and was not offered an advocate from {{service}}; the IRO helps children pursue their rights through advocacy.",
    notOffered: "The child was not offered an advocate; please check an advocate from {{service}} was not needed.",
    noOutcome: "The child was offered an advocate but the record shows neither a referral date nor why the child declined: write referredOn, or declinedReason.",
  },
  check(review, ctx) {
    const a = review.advocacy;
    const { service, minAge } = ctx.profile.advocacy;
    if (!a.offered) {
      if (minAge !== undefined && ageOn(review.child.dateOfBirth, review.reviewDate) >= minAge) {
        ctx.report({ messageId: "notOfferedAge", path: "/advocacy/offered", data: { minAge, service } });
      } else {
        ctx.report({ messageId: "notOffered", path: "/advocacy/offered", data: { service }, severity: "warning" });
      }
      return;
    }
    if (a.referredOn === undefined && a.declinedReason === undefined) {
      ctx.report({ messageId: "noOutcome", path: "/advocacy/referredOn", severity: "warning" });
    }
  },
});
