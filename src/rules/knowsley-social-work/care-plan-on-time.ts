/**
 * KSW-8.CP (timescale) — Knowsley Practice Standards, section 8:
 *   "There will be an up-to-date Care Plan recorded on ICS within 10 days of the start of placement"
 *
 * Counted from the first placement of each period in care, as CPPCR 2010 reg 4(2); "10 days" is
 * working days (profiles/knowsley.json says why). The permanency and pathway plan parts of KSW-8.CP
 * are permanency-and-pathway-plans.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-8.CP.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "care-plan-on-time",
  kinds: ["care-plan"],
  description: "An up-to-date care plan is recorded within {care-plan} of the start of placement.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 8", requirement: "KSW-8.CP" },
  overrides: ["care-plan"],
});
