/**
 * KSW-5.CIN — Knowsley Practice Standards, section 5 (Children in Need and CIN meetings):
 *   "The CIN meeting has taken place in a timely manner (within 10 days of it becoming apparent that
 *   the child or young person is in need of a Plan);"
 *   "A date within 6 weeks has been set to review the Plan."
 *   "The frequency of CIN visits have been determined in the planning meetings and have taken place
 *   at least every 6 weeks."
 *
 * The need becoming apparent is the case file's "cin-start" event. Each plan review sets the next
 * within 6 weeks.
 *
 * The due dates come from the timeline (src/timeline), which this rule wraps: it reports each late or
 * overdue item of its kinds whose timescale the profile cites to KSW-5.CIN.
 */
import { timelineRule } from "../timeline-rule.js";

export default timelineRule({
  id: "child-in-need-timescales",
  kinds: ["cin-meeting", "cin-plan-review", "cin-visit"],
  description: "A child in need meeting is held within {cin-meeting}, the plan is reviewed within {cin-plan-review}, and visits are at least every {cin-visit}.",
  source: { document: "004_b07548fa3c53f1e2.txt", paragraph: "Section 5", requirement: "KSW-5.CIN" },
  owns: ["cin-meeting", "cin-plan-review", "cin-visit"],
});
