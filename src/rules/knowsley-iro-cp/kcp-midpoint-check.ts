/**
 * Knowsley CP Chair Standard 1.6 (Monitoring the Child's Plan):
 *   "CP Chair to do a 3 months mid-point check on the child's Child Protection care plan as a
 *   minimum."
 *
 * The 3 months live in the profile ("cp-midpoint-check", from the conference that made or last
 * reviewed the plan). Review conferences come at most 6 months apart after the first at 3 months
 * (Working Together 2023), so the mid-point check is the chair's look at the plan half way between
 * conferences. Read "as a minimum" as: while a child is on a plan, the chair looks at it at least
 * every 3 months, by a conference or a mid-point check ("midway-check" events), whichever comes
 * first. So:
 *  - a first review conference within 3 months of the initial one needs no check before it;
 *  - between review conferences 6 months apart, a check is due 3 months after the last conference;
 *  - if the next conference is late, the plan has gone longer than 3 months unchecked, and that
 *    shows here too (the chair could have done a check in the meantime).
 * The clock starts on the day the plan started (the initial conference) and stops when the plan
 * ends (case file cpPlans or legal status; read from the conferences where the file states neither).
 * Conferences come from conference events and cp-conference records.
 */
import { defineRule } from "../define-rule.js";
import { compareIsoDates } from "../../calendar/index.js";
import { checkIntervals, conferencesOnFile, cpPlanPeriods, eventsOfType } from "../helpers/index.js";

export default defineRule({
  id: "kcp-midpoint-check",
  appliesTo: ["case-file"],
  severity: "error",
  description: "While a child is on a child protection plan, the chair checks the plan at least every 3 months, by a mid-point check or a conference.",
  source: { document: "000_e97c8872ca661401.txt", paragraph: "CP Chair Standard 1.6", requirement: "KCP-1.6" },
  messages: {
    gap: "The plan went from {{previous}} to {{done}} without a mid-point check or a conference; the chair's mid-point check was due by {{due}} (at least every {{limit}}).",
    overdue: "There has been no mid-point check or conference since {{previous}}; the chair's mid-point check was due by {{due}} (at least every {{limit}}).",
  },
  check(caseFile, ctx) {
    const periods = cpPlanPeriods(caseFile).filter((p) => compareIsoDates(p.from, ctx.asOf) <= 0);
    if (periods.length === 0) {
      ctx.notApplicable("the child has not been on a child protection plan");
      return;
    }
    const looks = [
      ...conferencesOnFile(caseFile).map((c) => c.date),
      ...eventsOfType(caseFile, "midway-check").map((e) => e.event.date),
    ];
    for (const period of periods) {
      checkIntervals(ctx, {
        start: period.from,
        dates: looks,
        end: period.to,
        timescale: "cp-midpoint-check",
        path: "/events",
        messages: { gap: "gap", overdue: "overdue" },
      });
    }
  },
});
