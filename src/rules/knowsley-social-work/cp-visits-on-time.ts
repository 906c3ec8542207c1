/**
 * KSW-4.VIS — Knowsley Practice Standards, section 4:
 *   "Visits for child subject to a CP Plan take place at a minimum of every 4 weeks;"
 *
 * The first visit is due 4 weeks after the plan starts, each later one 4 weeks after the last.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-4.VIS.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "cp-visits-on-time",
  kinds: ["cp-visit"],
  description: "A child on a child protection plan is visited at least every {cp-visit}.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 4", requirement: "KSW-4.VIS" },
  owns: ["cp-visit"],
});
