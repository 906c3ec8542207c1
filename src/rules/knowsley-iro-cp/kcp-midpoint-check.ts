/**
 * Knowsley CP Chair Standard 1.6 (Monitoring the Child's Plan):
 *   "CP Chair to do a 3 months mid-point check on the child's Child Protection care plan as a
 *   minimum."
 *
 * The 3 months live in the profile ("cp-midpoint-check", from the conference that made or last
 * reviewed the plan). Review conferences come at most 6 months apart after the first at 3 months
 * (Working Together 2023), so the mid-point check is the chair's look at the plan half way between
 * conferences: one check for each conference that made or reviewed the plan, due 3 months after it
 * ("midway-check" events). When the next conference comes first, it looks at the plan instead and
 * the check lapses; a first review conference within 3 months of the initial one needs no check.
 * "As a minimum" means the chair may look more often, not that the 3 months restart after each
 * check. This is the timeline's "cp-midpoint-check" item, which this rule owns and reports, so
 * `validate` and `deadlines` give the same due date (the rule used to restart the clock after each
 * check, a stricter reading the timeline did not share).
 */
import { defineRule } from "../define-rule.js";
import { reportOwnedItems, TIMELINE_MESSAGES } from "../timeline-rule.js";

export default defineRule({
  id: "kcp-midpoint-check",
  appliesTo: ["case-file"],
  severity: "error",
  description: "The chair checks a child protection plan {cp-midpoint-check} after each conference that made or reviewed it, unless the next conference comes first.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.6", requirement: "KCP-1.6" },
  owns: ["cp-midpoint-check"],
  messages: { gap: TIMELINE_MESSAGES.late, overdue: TIMELINE_MESSAGES.overdue },
  check(caseFile, ctx) {
    if (!reportOwnedItems(caseFile, ctx, ["cp-midpoint-check"], { late: "gap", overdue: "overdue" })) {
      ctx.notApplicable("no conference that made or reviewed a plan");
    }
  },
});
