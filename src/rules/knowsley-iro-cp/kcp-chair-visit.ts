/**
 * Knowsley CP Chair Standard 2.4 (Engaging with Children and Families):
 *   "CP Chairs will visit children who have been on a Child Protection Plan for 12 months plus."
 *
 * The 12 months live in the profile ("cp-chair-visit"). For each continuous time on a plan (case
 * file cpPlans and legal status "child-protection-plan", merged; read from the conferences when the
 * file states neither), the child has been on the plan 12 months on the day 12 calendar months
 * after it started. From that day the chair's visit is due: a "chair-visit" event on or after it,
 * while the child is still on the plan, meets the standard. Judgement calls:
 *  - A visit before the 12-month point does not count: the standard is about children whose plans
 *    have lasted a year, and the visit is the chair's look at why.
 *  - The standard sets no time to make the visit once due, so it is reported as soon as the
 *    12-month point has passed ctx.asOf with no visit (on the day itself it is not yet reported).
 *  - A plan that ended before 12 months needs no visit; one that ended after it without a visit is
 *    still reported, as a standard that was not met.
 *
 * This rule owns "cp-chair-visit" and reports the timeline's "cp-chair-visit" items, so `validate`
 * and `deadlines` give the same date: the visit is due on the day the child has been on the plan 12
 * months; none by then is overdue after it, and a visit made after that day is late (the rule used to
 * call a missing visit overdue from that day but accept any later visit as in time).
 */
import { defineRule } from "../define-rule.js";
import { reportOwnedItems, TIMELINE_MESSAGES } from "../timeline-rule.js";

export default defineRule({
  id: "kcp-chair-visit",
  appliesTo: ["case-file"],
  severity: "error",
  description: "The chair visits a child who has been on a child protection plan for 12 months or more.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 2.4", requirement: "KCP-2.4" },
  owns: ["cp-chair-visit"],
  messages: { late: TIMELINE_MESSAGES.late, overdue: TIMELINE_MESSAGES.overdue },
  check(caseFile, ctx) {
    if (!reportOwnedItems(caseFile, ctx, ["cp-chair-visit"])) ctx.notApplicable("no child protection plan");
  },
});
