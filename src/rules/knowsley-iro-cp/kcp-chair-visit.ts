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
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { cpPlanPeriods, describeTimescale, eventsOfType, longDate } from "../helpers/index.js";

export default defineRule({
  id: "kcp-chair-visit",
  appliesTo: ["case-file"],
  severity: "error",
  description: "The chair visits a child who has been on a child protection plan for 12 months or more.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 2.4", requirement: "KCP-2.4" },
  messages: {
    overdue:
      "The child has been on a child protection plan since {{start}}, {{limit}} on {{due}}, and there is no record of the chair visiting them since then (as of {{asOf}}).",
    overdueEnded:
      "The child was on a child protection plan from {{start}} to {{end}}, {{limit}} or more from {{due}}, and there is no record of the chair visiting them after {{due}}.",
  },
  check(caseFile, ctx) {
    const limit = describeTimescale(ctx.timescale("cp-chair-visit"));
    const visits = eventsOfType(caseFile, "chair-visit").map((e) => e.event.date);
    let checked = false;
    for (const period of cpPlanPeriods(caseFile)) {
      const due = ctx.dueDate(period.from, "cp-chair-visit");
      const last = period.to ?? ctx.asOf;
      // Not yet on the plan 12 months (or only reaching it today): nothing to check for this period.
      if (compareIsoDates(due, last) > 0 || compareIsoDates(due, ctx.asOf) >= 0) continue;
      checked = true;
      if (visits.some((v) => compareIsoDates(v, due) >= 0 && compareIsoDates(v, last) <= 0)) continue;
      const data = { start: longDate(period.from), due: longDate(due), limit, asOf: longDate(ctx.asOf) };
      if (period.to === undefined) ctx.report({ messageId: "overdue", path: "/events", data });
      else ctx.report({ messageId: "overdueEnded", path: "/events", data: { ...data, end: longDate(period.to) } });
    }
    if (!checked) ctx.notApplicable("no plan has lasted 12 months");
  },
});
