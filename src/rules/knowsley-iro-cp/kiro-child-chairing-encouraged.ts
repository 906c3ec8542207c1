/**
 * Knowsley IRO Standard 1.8 (Working in a Child Centred Manner):
 *   "The IRO will encourage the child to chair their own review, where appropriate."
 *
 * "Where appropriate" means it will not suit every child, so this rule only ever warns: it asks the
 * IRO to record that chairing was considered (childParticipation.chairingConsidered), and points out
 * a record that says it was not. A child who chaired their review needs nothing more.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-child-chairing-encouraged",
  appliesTo: ["looked-after-review"],
  severity: "warning",
  description: "The record shows whether the IRO considered encouraging the child to chair their own review.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.8", requirement: "KIRO-1.8" },
  messages: {
    notRecorded: "The record does not say whether the child was encouraged to chair their own review; please record whether it was considered.",
    notConsidered: "The record says the child chairing their own review was not considered; where appropriate the IRO encourages it.",
  },
  check(review, ctx) {
    const p = review.childParticipation;
    if (p?.how === "chaired" || p?.chairingConsidered === true) return;
    ctx.report({
      messageId: p?.chairingConsidered === false ? "notConsidered" : "notRecorded",
      path: "/childParticipation/chairingConsidered",
    });
  },
});
