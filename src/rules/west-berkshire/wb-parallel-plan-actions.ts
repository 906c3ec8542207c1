/**
 * West Berkshire Standard 1, For children in our care, Parallel planning:
 *   "Confirm actions for the parallel plan to be implemented at first LAC Review to include FGC's,
 *   pre-adoption medicals, Best Interest decisions, parenting assessments, kinship assessments, needs
 *   and permanency planning meetings."
 *
 * Only the first review (reviewNumber 1) is checked; at later reviews the rule is not applicable.
 * Judgement calls:
 *  - A parallel plan recorded at the first review with no actions to carry it out is an error: the
 *    standard is that the actions are confirmed then.
 *  - No parallel plan at all at the first review is a warning, not an error: the standard assumes
 *    one, but a child whose plan is already settled (a return home agreed by the court, say) may
 *    rightly have none; the IRO should say so.
 *  - Actions listed without a parallel plan named are accepted: the actions are what the standard
 *    asks to be confirmed.
 */
import { defineRule } from "../define-rule.js";
import { longDate } from "../helpers/index.js";

export default defineRule({
  id: "wb-parallel-plan-actions",
  appliesTo: ["looked-after-review"],
  severity: "error",
  description: "At the child's first review, the actions for the parallel plan are confirmed.",
  source: { document: "002_eca72b624649d413.txt", paragraph: "Standard 1, Parallel planning", requirement: "WB-1.PP" },
  messages: {
    noActions:
      "A parallel plan is recorded at the first review on {{review}}, but no actions to carry it out are confirmed (for example a family group conference, parenting or kinship assessments, permanency planning meetings).",
    noParallelPlan:
      "No parallel plan or parallel plan actions are recorded at the first review on {{review}}. Please check whether a parallel plan is needed, and confirm its actions at this review.",
  },
  check(review, ctx) {
    if (review.reviewNumber !== 1) {
      ctx.notApplicable("not the first review");
      return;
    }
    const { parallelPlan, parallelPlanActions } = review.permanence;
    if ((parallelPlanActions?.length ?? 0) > 0) return;
    const data = { review: longDate(review.reviewDate) };
    if (parallelPlan !== undefined) ctx.report({ messageId: "noActions", path: "/permanence/parallelPlanActions", data });
    else ctx.report({ messageId: "noParallelPlan", path: "/permanence/parallelPlan", data, severity: "warning" });
  },
});
