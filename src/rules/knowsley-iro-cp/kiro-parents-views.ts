/**
 * Knowsley IRO Standard 4.1 and 4.2 (Working with Parents):
 *   "1. IROs will ensure that parents are fully involved in the plans for their children.
 *    2. IRO to ensure, where appropriate, birth parents/others with parental responsibility are
 *    empowered to participate in their child's review."
 *
 * Each person with parental responsibility should have their views recorded (parents[].views). Where
 * the record gives a reason they could not be met or involved (notMetReason, for example whereabouts
 * unknown), no views is accepted: that is the "where appropriate". Otherwise a missing view is a
 * breach. A review that lists no parent or other person with parental responsibility at all is a
 * warning asking the IRO to check (every child has someone with parental responsibility, even if only
 * the local authority under a care order). Meeting a parent who could not attend is kiro-absent-parent-met.
 */
import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "kiro-parents-views",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "The views of each parent or other person with parental responsibility are recorded, or why they could not be.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "IRO Standard 4.1-4.2", requirement: "KIRO-4.1" },
  messages: {
    noParents: "The review record lists no parents or others with parental responsibility; please check whether any should have been involved.",
    noViews: "Parent {{n}} has parental responsibility but their views are not recorded, and no reason is given.",
  },
  check(review, ctx) {
    if (review.parents.length === 0) {
      ctx.report({ messageId: "noParents", path: "/parents", severity: "warning" });
      return;
    }
    review.parents.forEach((p, i) => {
      if (!p.parentalResponsibility) return;
      const hasViews = p.views !== undefined && p.views.trim() !== "";
      if (!hasViews && p.notMetReason === undefined) ctx.report({ messageId: "noViews", path: `/parents/${i}/views`, data: { n: i + 1 } });
    });
  },
});
