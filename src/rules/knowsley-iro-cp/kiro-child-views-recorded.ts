/**
 * Knowsley IRO Standard 1.6 (Working in a Child Centred Manner):
 *   "The IRO will ensure that the child's wishes, views and feelings are given full consideration."
 *
 * "Given full consideration" needs two things in the record: the child's wishes, views and feelings
 * (childViews.wishesAndFeelings) and how they were considered (childViews.howConsidered). The schema
 * requires both, so this rule catches text left as spaces. Recording the child's own words
 * (childViews.childsOwnWords) is good practice rather than part of the standard, so its absence is
 * info only.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-child-views-recorded",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The child's wishes, views and feelings, and how they were considered, are recorded.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 1.6", requirement: "KIRO-1.6" },
  messages: {
    noViews: "The child's wishes, views and feelings are not recorded.",
    notConsidered: "The record does not say how the child's wishes, views and feelings were considered in the decisions.",
    noOwnWords: "Good practice: record what the child said in their own words, as well as the summary of their views.",
  },
  check(review, ctx) {
    const v = review.childViews;
    if (v.wishesAndFeelings.trim() === "") ctx.report({ messageId: "noViews", path: "/childViews/wishesAndFeelings" });
    if (v.howConsidered.trim() === "") ctx.report({ messageId: "notConsidered", path: "/childViews/howConsidered" });
    if (v.childsOwnWords === undefined || v.childsOwnWords.trim() === "") {
      ctx.report({ messageId: "noOwnWords", path: "/childViews/childsOwnWords", severity: "info" });
    }
  },
});
