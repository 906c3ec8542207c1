/**
 * Knowsley IRO Standard 1.2 (Working in a Child Centred Manner):
 *   "The IRO will ensure that each child knows who their IRO is and how to contact them between
 *   reviews and this should be clearly recorded in the record of the review."
 *
 * Both halves must be in the record: that the child knows who their IRO is (childKnowsIro.knows) and
 * how the child can reach them (childKnowsIro.howToContact, which the schema requires but which could
 * be left as spaces). A record saying the child does not know is a breach the IRO must put right, so
 * an error; the standard says "each child" and gives no age below which it does not apply.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-child-knows-iro",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The review record shows the child knows who their IRO is and how to contact them between reviews.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.2", requirement: "KIRO-1.2" },
  messages: {
    notKnown: "The review record says the child does not know who their IRO is; the IRO must make sure they do before the next review.",
    noContact: "The review record does not say how the child can contact their IRO between reviews.",
  },
  check(review, ctx) {
    if (!review.childKnowsIro.knows) ctx.report({ messageId: "notKnown", path: "/childKnowsIro/knows" });
    if (review.childKnowsIro.howToContact.trim() === "") ctx.report({ messageId: "noContact", path: "/childKnowsIro/howToContact" });
  },
});
