/**
 * Knowsley CP Chair Standard 2.4 (Engaging with Children and Families):
 *   "CP Chairs will visit children who have been on a Child Protection Plan for 12 months plus."
 *
 * The standard names the children the chair visits, not a date to visit by. The profile reading
 * "kcp-chair-visit-by-next-conference": for each continuous time on a plan (case file cpPlans and
 * legal status "child-protection-plan", merged; read from the conferences when the file states
 * neither), the visit falls due on the day the child has been on the plan 12 calendar months (the
 * profile's "cp-chair-visit") and is made by the first review conference held on or after that day,
 * the conference that decides whether the plan goes into its second year. Until that conference is
 * held, it is due by the day the conference is due (6 months after the one before, Working Together
 * 2023); never later than the day the plan ended. Judgement calls:
 *  - A visit before the 12-month day does not count: the standard is about children whose plans
 *    have lasted a year, and the visit is the chair's look at why.
 *  - A plan that ended before 12 months needs no visit; one that ended after it without a visit is
 *    reported, as a standard that was not met.
 *  - The 12-month day itself used to be the deadline, which left the chair one day: a visit the day
 *    after was "late". The next review conference is a date every such case file has or will have.
 *
 * This rule owns "cp-chair-visit" and reports the timeline's "cp-chair-visit" items, so `validate`
 * and `deadlines` give the same date.
 */
import { defineRule } from "../define-rule.js";
import { reportOwnedItems, TIMELINE_MESSAGES } from "../timeline-rule.js";

export default defineRule({
  id: "kcp-chair-visit",
  appliesTo: ["case-file"],
  severity: "error",
  description: "The chair visits a child who has been on a child protection plan for {cp-chair-visit}, by the next review conference.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 2.4", requirement: "KCP-2.4" },
  owns: ["cp-chair-visit"],
  messages: { late: TIMELINE_MESSAGES.late, overdue: TIMELINE_MESSAGES.overdue },
  check(caseFile, ctx) {
    if (!reportOwnedItems(caseFile, ctx, ["cp-chair-visit"])) ctx.notApplicable("no child protection plan");
  },
});
